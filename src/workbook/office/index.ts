/** The Office.js adapter: read a snapshot from the workbook open in Excel, apply a patch to it. */
export type { ExcelContext } from "./api";
export { applyPatch, type ApplyOptions, type ApplyResult } from "./apply";
export { excelHost, type OfficeHost } from "./host";
export type { Layout } from "./layout";
export { OfficeAdapterError } from "./messages";
export { layoutOf, readSnapshot, type ReadOptions } from "./read";
export { PatchRefusedError } from "./refused";
export { FEATURES, supportsAll, type Supports } from "./requirements";
export { debounce, OfficeSession, type SessionOptions, type Timer } from "./session";
