/**
 * The read-only path of the command line: the fast reader when it can reproduce the ExcelJS read
 * exactly, the ExcelJS read otherwise (and for every error message about a file that is not a
 * readable .xlsx, which the ExcelJS path words).
 */
import { describeFsError, readBytes } from "../file";
import { WorkbookReadError } from "../package";
import { readWorkbook } from "../read";
import { readTablesFast, type TablesSnapshot } from "./read";
import { Unsupported } from "./unsupported";

export { readTablesFast, type TablesSnapshot } from "./read";
export { Unsupported } from "./unsupported";

export interface TablesRead {
  snapshot: TablesSnapshot;
  /** Why the ExcelJS read was used, when it was. */
  fallback?: string;
}

/** The candidate tables of a workbook (a path or its bytes), read without building the whole workbook. */
export async function readWorkbookTables(
  input: string | Uint8Array,
  name: string = typeof input === "string" ? input : "The workbook",
): Promise<TablesRead> {
  let bytes: Uint8Array;
  try {
    bytes = typeof input === "string" ? await readBytes(input) : input;
  } catch (e) {
    throw new WorkbookReadError(name, describeFsError(e), { cause: e });
  }
  try {
    return { snapshot: await readTablesFast(bytes) };
  } catch (e) {
    // Only what the fast reader knows it cannot do; a bug must show, not hide behind the slow path.
    if (!(e instanceof Unsupported)) throw e;
    const { snapshot } = await readWorkbook(bytes, name);
    const { tables, sheets, looseCells } = snapshot;
    return { snapshot: { tables, sheets, looseCells }, fallback: e.message };
  }
}
