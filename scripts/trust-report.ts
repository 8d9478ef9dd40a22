/** Writes test/fixtures/bad/REPORT.md: every bad-input case run through the CLI, with its message. */
import { writeFileSync } from "node:fs";
import { REPORT_PATH, reportMarkdown, runCorpus } from "../test/trust/runner";

runCorpus().then(
  (outcomes) => {
    writeFileSync(REPORT_PATH, reportMarkdown(outcomes));
    process.stdout.write(`${REPORT_PATH}: ${outcomes.length} cases\n`);
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
