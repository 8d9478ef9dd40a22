/**
 * Syncs section: `context.sync()` round trips of each command the task pane runs, at 10, 1,000,
 * 10,000 and 50,000 plan rows, counted on the recording fake of the Excel API (test/office), with
 * the largest request and response of one sync against Excel on the web's 5 MB limit.
 *
 * The minimum is one read and one write. Commands that write add one sync between them: the
 * co-author check reads the target ranges again just before writing (another author may have typed
 * there since the read), so nothing the user wrote is ever overwritten. The first command of a
 * session lists the sheets in its read's sync (a fresh workbook has nothing managed to load). Past ~4 MB a read or a write is split
 * (REQUEST_BUDGET, under the 5 MB limit), so from ~10,000 rows the counts grow with the bytes, not
 * the rows: at 50,000 rows a read is 1 + 5 syncs of ~3.8 MB, and a re-import also re-reads the
 * table it replaces (the co-author check: the backup must hold what is there now) before writing the
 * backup and the new rows, ~17.5 MB each, in ~3.5 MB requests.
 */
import { REQUEST_BUDGET } from "../src/workbook/office/payload";
import { newWorkbook } from "../test/office/fake-excel";
import {
  command,
  flagWeak,
  importRows,
  init,
  officeRunner,
  planRows,
  questionRows,
  summary,
} from "../test/office/support";
import { type Figures } from "./lib";

const SIZES = (process.env.ITA_BENCH_SYNC_SIZES ?? "10,1000,10000,50000").split(",").map(Number);
const EXCEL_WEB_LIMIT = 5 * 1024 * 1024;

type Op = Parameters<typeof command>[1];

const COMMANDS: [string, (size: number) => Op][] = [
  ["init", () => init],
  ["importQuestions", () => importRows("ITA_QuestionScores", questionRows())],
  ["import", (size) => importRows("ITA_Plan", planRows(size))],
  ["summary", () => summary],
  ["flagWeak", () => flagWeak],
  ["reimport", (size) => importRows("ITA_Plan", planRows(size))],
];

export async function run(): Promise<Figures> {
  const out: Figures = {};
  let largestRequest = 0;
  let largestResponse = 0;
  for (const size of SIZES) {
    const excel = newWorkbook();
    const office = officeRunner(excel);
    for (const [name, make] of COMMANDS) {
      const before = excel.syncs.length;
      await command(office, make(size));
      const largest = excel.largest(before);
      out[`${name}.${size}rows.syncs`] = excel.syncs.length - before;
      out[`${name}.${size}rows.largestRequestKB`] = Math.round(largest.request / 1024);
      largestRequest = Math.max(largestRequest, largest.request);
      largestResponse = Math.max(largestResponse, largest.response);
    }
  }
  out["largestRequest.MB"] = Math.round((largestRequest / 1024 / 1024) * 100) / 100;
  out["largestResponse.MB"] = Math.round((largestResponse / 1024 / 1024) * 100) / 100;
  out["excelWebLimit.MB"] = EXCEL_WEB_LIMIT / 1024 / 1024;
  out["splitBudget.MB"] = Math.round((REQUEST_BUDGET / 1024 / 1024) * 100) / 100;
  out["minimum.syncs"] = "2 (read + write); 3 where the co-author check re-reads before writing";
  return out;
}
