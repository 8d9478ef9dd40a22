import { importGrid, importText, plainText } from "../../../src/domain/import";
import { codes, rowsOf, TICK } from "./helpers";

describe("plainText: cell text as a person reads it", () => {
  it.each([
    ["<p>หนึ่ง</p><p>สอง</p>", "หนึ่ง\nสอง"],
    ['<ul style="list-style-type: none"> <li>- ก</li> <li>- ข</li> </ul>', "- ก\n- ข"],
    ["บรรทัดแรก<br>บรรทัดสอง<br/>สาม", "บรรทัดแรก\nบรรทัดสอง\nสาม"],
    ["ก&nbsp;&nbsp;ข &amp; ค &lt;ง&gt; &#3585; &#x0E01; &bogus;", "ก ข & ค <ง> ก ก &bogus;"],
    ["**ตัวหนา** ปกติ", "ตัวหนา ปกติ"],
    ["### เรื่องเดิม", "เรื่องเดิม"],
    [TICK, "☑"],
    ['<input type="checkbox"/>', "☐"],
    ['<input type="checkbox" checked="false"/>', "?"],
    ['<input type="text" value="x"/>ข้อความ', "ข้อความ"],
    ["<script>alert(1)</script>", "alert(1)"],
    ["<!-- comment -->ข้อความ", "ข้อความ"],
    ['ข้อความ <span style="color:', "ข้อความ"],
    ["ดู <https://ggde.nacc.go.th>", "ดู https://ggde.nacc.go.th"],
    ["a\u0000b\u0007c", "abc"],
    ["  ช่อง  ว่าง  ", "ช่อง ว่าง"],
    ["5 < 10", "5 < 10"],
  ])("%j → %j", (raw, text) => {
    expect(plainText(raw)).toBe(text);
  });

  it("cleans long marked-up cells too", () => {
    const long = `<p>${"ก".repeat(100)}</p><p>ข</p>`;
    expect(plainText(long)).toBe(`${"ก".repeat(100)}\nข`);
  });
});

describe("importGrid: a pasted 2-D grid", () => {
  const header = [
    "ลำดับ",
    "รายการโครงการ",
    "มิติ",
    "งบประมาณ (บาท)",
    "ไตรมาส 1",
    "ไตรมาส 2",
    "ไตรมาส 3",
    "ไตรมาส 4",
  ];

  it("reads numbers, booleans, rich text, formulas' results and Excel errors", () => {
    const grid = [
      header,
      [1, { richText: [{ text: "โครงการ " }, { text: "ก" }] }, 1, 5000, true, false, null, undefined],
      [2, "โครงการ ข", { formula: "1+1", result: 2 }, { error: "#REF!" }, false, true, false, false],
      [3, "โครงการ ค", "3", "๒,๕๐๐.๕๐", "", "", "✓", ""],
    ];
    const result = importGrid(grid, { sheet: "วาง", topLeft: "C3" });
    const rows = rowsOf(result, "plan");
    expect(
      rows.map((r) => [r.values.name, r.values.dimension, r.values.budget, r.values.q1, r.values.q3]),
    ).toEqual([
      ["โครงการ ก", 1, 5000, true, false],
      ["โครงการ ข", 2, null, false, false],
      ["โครงการ ค", 3, 2500.5, false, true],
    ]);
    expect(rows[0]!.sources.budget).toEqual({ sheet: "วาง", cell: "F4" });
    expect(result.problems.map((p) => [p.code, p.cell])).toEqual([["import.value.number", "F5"]]);
    expect(result.problems[0]!.en).toContain("#REF!");
  });

  it("falls back to A1 for an unreadable top-left address and survives ragged rows", () => {
    const result = importGrid([header, [1, "โครงการ"], "not a row" as unknown as unknown[]], {
      sheet: "S",
      topLeft: "??",
    });
    expect(rowsOf(result, "plan")[0]!.sources.name).toEqual({ sheet: "S", cell: "B2" });
    expect(codes(result)).toEqual(["import.row.short"]);
  });

  it("reports progress every thousand lines and at the end", () => {
    const calls: [number, number][] = [];
    const text = Array.from({ length: 2500 }, () => "ข้อความ").join("\n");
    importText(text, { onProgress: (done, total) => calls.push([done, total]) });
    expect(calls).toEqual([
      [0, 2500],
      [1000, 2500],
      [2000, 2500],
      [2500, 2500],
    ]);
  });
});
