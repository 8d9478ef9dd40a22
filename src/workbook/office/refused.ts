/** The error both adapters reject a patch with (shared, so Excel's bundle never pulls ExcelJS in). */
export { PatchRefusedError } from "../errors";
