import fc from "fast-check";
import type ExcelJS from "exceljs";
import { cellAddress, parseRange } from "../../src/workbook/address";
import { validationRanges } from "../../src/workbook/xlsx/validation-ranges";

type Model = Record<string, ExcelJS.DataValidation | undefined>;

const list = (values: string): ExcelJS.DataValidation => ({ type: "list", formulae: [`"${values}"`] });

/** Every cell of every range, with the rule it gets; throws when two ranges cover one cell. */
function cells(model: Model): Map<string, string> {
  const out = new Map<string, string>();
  for (const [ref, v] of Object.entries(model)) {
    const box = parseRange(ref);
    for (let r = box.top; r <= box.bottom; r++)
      for (let c = box.left; c <= box.right; c++) {
        const address = cellAddress(r, c);
        if (out.has(address)) throw new Error(`${address} is in two ranges`);
        out.set(address, JSON.stringify(v));
      }
  }
  return out;
}

describe("validationRanges", () => {
  it("turns a column of per-cell rules into one range, and equal neighbouring columns into a rectangle", () => {
    const a = list("a,b");
    const b = list("x,y");
    const model: Model = {};
    for (let r = 2; r <= 1001; r++) {
      model[`C${r}`] = a; // one object, as ExcelJS reads a range
      model[`D${r}`] = list("a,b"); // equal but distinct objects, as written per cell
      model[`F${r}`] = b;
    }
    model.F500 = undefined; // removed
    model.H7 = a;
    expect(validationRanges(model)).toEqual({
      "C2:D1001": a,
      "F2:F499": b,
      "F501:F1001": b,
      H7: a,
    });
  });

  it("keeps a range key as it is", () => {
    const a = list("a");
    expect(validationRanges({ "B2:B9": a, B10: a })).toEqual({ "B2:B9": a, B10: a });
  });

  it("gives every cell the rule it had, each cell in one range", () => {
    const rules = [list("a"), list("b"), list("a")];
    const grid = fc.array(
      fc.tuple(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 24, max: 30 }),
        fc.integer({ min: 0, max: 3 }),
      ),
    );
    fc.assert(
      fc.property(grid, (entries) => {
        const model: Model = {};
        for (const [row, column, rule] of entries) model[cellAddress(row, column)] = rules[rule];
        const before = new Map(
          Object.entries(model)
            .filter(([, v]) => v)
            .map(([k, v]) => [k, JSON.stringify(v)]),
        );
        expect(cells(validationRanges(model))).toEqual(before);
      }),
    );
  });
});
