/**
 * Profiling helper, not a section: repeats the 100,000-row plan read (`plan`) or the whole workbook
 * model (`model`) and prints wall and CPU milliseconds of each run (CPU time is steadier on a shared
 * machine). With a CPU profile: `node --import tsx --cpu-prof --cpu-prof-dir=/tmp/prof bench/profile.ts plan`.
 */
import { documentPlanRows, workbookSnapshot } from "./core";
import { readPlanRows, planTotals, checkStatedTotals } from "../src/domain";
import { readWorkbookModel } from "../src/workbook/ops/read-model";
const which = process.argv[2];
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
function t(fn: () => void) {
  const c = cpu();
  const w = performance.now();
  fn();
  console.log(`wall ${(performance.now() - w).toFixed(0)} cpu ${(cpu() - c).toFixed(0)}`);
}
if (which === "plan") {
  const rows = documentPlanRows(100000);
  for (let i = 0; i < 7; i++)
    t(() => {
      const r = readPlanRows(rows);
      checkStatedTotals(planTotals(r.projects), r.stated!);
    });
} else {
  const s = workbookSnapshot(100000);
  for (let i = 0; i < 5; i++) t(() => readWorkbookModel(s, 2566));
}
