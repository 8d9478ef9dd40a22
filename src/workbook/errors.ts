import { describeLocation, type Problem } from "../domain/problem";

/**
 * A patch an adapter refused before writing anything (a co-author's edit, a user's cell in the
 * way…). Shared by the ExcelJS and Office.js adapters, so callers handle one error type.
 */
export class PatchRefusedError extends Error {
  constructor(readonly problems: Problem[]) {
    const lines = problems.map((p) => `${describeLocation(p)}: ${p.en}`);
    super(`The patch was refused; nothing was written.\n${lines.join("\n")}`);
    this.name = "PatchRefusedError";
  }
}
