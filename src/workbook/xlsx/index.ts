/** The .xlsx adapter: read a snapshot from an ExcelJS workbook, apply a patch to it, save it. */
export { applyPatch, PatchRefusedError, type ApplyReport } from "./apply";
export { WorkbookReadError, loadWorkbook } from "./package";
export { readSnapshot, readTable, readWorkbook } from "./read";
export { toBuffer, toBytes, writeWorkbook } from "./save";
export { XlsxSession } from "./session";
export { describeLostPart, lostParts, type LostKind, type LostPart } from "./lost-parts";
