import { run } from "../../src/cli/main";

/** Runs the CLI in `cwd` with a fixed clock (2026-11-22 unless `now`: fiscal year 2570), capturing its output. */
export async function runCli(
  cwd: string,
  argv: string[],
  now = new Date("2026-11-22T03:00:00Z"),
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await run(argv, {
    cwd,
    now: () => now,
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    isTTY: false,
  });
  return { code, stdout, stderr };
}
