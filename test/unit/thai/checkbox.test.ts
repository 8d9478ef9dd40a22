import { parseTick } from "../../../src/domain/thai";
import { expectFailure, expectValue } from "./expect-parsed";
import { PLAN_ROWS } from "./seed-text";

/** The ticked box exactly as seed 001 writes it. */
const SEED_TICK = '<input checked="" type="checkbox"/>';

describe("parseTick: ticked", () => {
  test.each<unknown>([
    SEED_TICK,
    ` ${SEED_TICK}\u00A0`,
    '<input type="checkbox" checked=""/>',
    '<input type="checkbox" checked="checked">',
    "<input type='checkbox' checked='checked' />",
    "<input type=checkbox checked>",
    "<input checked type=checkbox/>",
    '<INPUT TYPE="CHECKBOX" CHECKED>',
    '<input checked="true" type="checkbox" disabled="disabled"/>',
    '<input type="checkbox" checked></input>',
    '<input\n  checked=""\n  type="checkbox"\n/>',
    "✓",
    "✓ ",
    "  ✓  ",
    "✔",
    "✔\uFE0F",
    "☑",
    "☒",
    "✅",
    "√",
    "/",
    "x",
    "X",
    "TRUE",
    "true",
    "True",
    true,
    "1",
    "๑",
    1,
    "ใช่",
  ])("%j", (input) => {
    expectValue(parseTick(input), true);
  });
});

describe("parseTick: unticked", () => {
  test.each<unknown>([
    '<input type="checkbox"/>',
    "<input type='checkbox'>",
    "<input type=checkbox />",
    '<INPUT TYPE="checkbox">',
    '<input disabled="" type="checkbox"/>',
    "☐",
    "□",
    "",
    "   ",
    "\u200B",
    null,
    undefined,
    "FALSE",
    "false",
    false,
    "0",
    "๐",
    0,
    "-",
    "–",
    "—",
    "ไม่ใช่",
  ])("%j", (input) => {
    expectValue(parseTick(input), false);
  });
});

describe("parseTick: refused", () => {
  test.each<[unknown, string, string]>([
    ["✗", "tick.invalid", "✗"],
    ["yes", "tick.invalid", "yes"],
    ["2", "tick.invalid", "2"],
    ["xx", "tick.invalid", "xx"],
    ["ดำเนินการ", "tick.invalid", "ดำเนินการ"],
    ['<input checked="" type="radio"/>', "tick.invalid", 'type="radio"'],
    ["<input checked>", "tick.invalid", "<input checked>"],
    ['<input checked="false" type="checkbox"/>', "tick.invalid", 'checked="false"'],
    [`${SEED_TICK} ดำเนินการ`, "tick.invalid", "ดำเนินการ"],
    [`${SEED_TICK}${SEED_TICK}`, "tick.invalid", SEED_TICK],
    ["<p>✓</p>", "tick.invalid", "<p>✓</p>"],
    [2, "tick.invalid", "2"],
    [0.5, "tick.invalid", "0.5"],
    [NaN, "tick.invalid", "NaN"],
    [{}, "tick.invalid", "[object Object]"],
    ["#REF!", "cell.error", "#REF!"],
    [{ error: "#N/A" }, "cell.error", "#N/A"],
  ])("%j with %s", (input, code, shown) => {
    expectFailure(parseTick(input), code, shown);
  });
});

describe("the plan of seed 001", () => {
  test("writes its ticks exactly as SEED_TICK", () => {
    expect(PLAN_ROWS[0]?.split("\t")[4]).toBe(SEED_TICK);
  });

  test("its ticks count 4, 5, 4 and 3 projects per quarter, as its total row says", () => {
    const rows = PLAN_ROWS.map((row) => row.split("\t"));
    const projects = rows.slice(0, -1);
    const isTicked = (cell: string | undefined): boolean => {
      const tick = parseTick(cell);
      return tick.ok && tick.value;
    };
    const perQuarter = [4, 5, 6, 7].map((column) => projects.filter((row) => isTicked(row[column])).length);
    const totals = rows.at(-1)?.slice(4, 8).map(Number);
    expect(perQuarter).toEqual([4, 5, 4, 3]);
    expect(perQuarter).toEqual(totals);
    expect(projects.every((row) => [4, 5, 6, 7].every((column) => parseTick(row[column]).ok))).toBe(true);
  });
});
