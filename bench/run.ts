/**
 * `npm run bench`: runs the benchmark sections, prints a readable table and ONE JSON object, and
 * writes bench/results/latest.json. `npm run bench -- core syncs` runs a subset (the other sections
 * of latest.json are kept from the previous run). A section that throws makes the exit code 1.
 * Figures only; no test asserts on time.
 *
 * Each section is bench/<name>.ts exporting `run(): Promise<Figures>`. `workbooks` and `batch` may
 * be absent from a checkout; they are then reported as "not present".
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { formatTable, type Figures, type Section } from "./lib";

export const SECTIONS = ["core", "import", "functions", "syncs", "pane", "workbooks", "batch"] as const;
type SectionName = (typeof SECTIONS)[number];

const RESULTS = path.join(__dirname, "results", "latest.json");

interface Results {
  date: string;
  machine: { node: string; cpus: number; cpu: string; load: number[] };
  sections: Record<string, Figures & { "section.seconds"?: number; "section.date"?: string }>;
}

async function runSection(name: SectionName): Promise<{ figures: Figures; failed: boolean }> {
  if (!existsSync(path.join(__dirname, `${name}.ts`)))
    return { figures: { status: "not present" }, failed: false };
  const started = Date.now();
  try {
    const section = (await import(`./${name}`)) as Section;
    const figures = await section.run();
    return {
      figures: { ...figures, "section.seconds": Math.round((Date.now() - started) / 100) / 10 },
      failed: false,
    };
  } catch (error) {
    console.error(`section ${name} failed:`, error);
    return {
      figures: { status: `failed: ${error instanceof Error ? error.message : String(error)}` },
      failed: true,
    };
  }
}

function previous(): Results["sections"] {
  try {
    return (JSON.parse(readFileSync(RESULTS, "utf8")) as Results).sections ?? {};
  } catch {
    return {};
  }
}

async function main(argv: string[]): Promise<number> {
  const unknown = argv.filter((a) => !(SECTIONS as readonly string[]).includes(a));
  if (unknown.length > 0) {
    console.error(`unknown section(s): ${unknown.join(", ")}; known: ${SECTIONS.join(", ")}`);
    return 2;
  }
  const chosen = argv.length > 0 ? SECTIONS.filter((s) => argv.includes(s)) : [...SECTIONS];
  const ran: Record<string, Figures> = {};
  let failed = false;
  for (const name of chosen) {
    console.error(`bench: ${name}…`);
    const result = await runSection(name);
    ran[name] = { ...result.figures, "section.date": new Date().toISOString() };
    failed ||= result.failed;
  }
  const results: Results = {
    date: new Date().toISOString(),
    machine: {
      node: process.version,
      cpus: os.cpus().length,
      cpu: os.cpus()[0]?.model ?? "unknown",
      load: os.loadavg().map((l) => Math.round(l * 100) / 100),
    },
    sections: { ...previous(), ...ran },
  };
  console.log(formatTable(ran));
  console.log(JSON.stringify({ date: results.date, machine: results.machine, sections: ran }));
  mkdirSync(path.dirname(RESULTS), { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
