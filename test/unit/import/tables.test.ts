import { importGrid, importText, toScoreInput } from "../../../src/domain/import";
import { frameworkFor } from "../../../src/domain/frameworks";
import { roundHalfUp } from "../../../src/domain/round";
import { score } from "../../../src/domain/scoring";
import { codes, PLAN_HEADER, rowsOf, TICK, tsv } from "./helpers";

describe("plans", () => {
  it("reads a four-year plan: one budget column per fiscal year under งบประมาณ", () => {
    const text = tsv(
      ["ที่", "โครงการ/กิจกรรม", "มิติ", "งบประมาณ", "", "", "", "ผู้รับผิดชอบ"],
      ["", "", "", "ปี 2566", "2567", "2568", "พ.ศ. 2569", ""],
      ["1", "โครงการ ก", "1", "10,000", "10,000", "-", "ดำเนินการโดยไม่ใช้งบประมาณ", "สำนักปลัด"],
      ["2", "โครงการ ข", "2", "", "5,000", "5,000", "5,000", "กองคลัง"],
      ["รวม", "", "", "10,000", "15,000", "5,000", "5,000", ""],
    );
    const result = importText(text);
    const rows = rowsOf(result, "plan");
    expect(
      rows.map((r) => [
        r.values.budget_2566,
        r.values.budget_2567,
        r.values.budget_2568,
        r.values.budget_2569,
      ]),
    ).toEqual([
      [10000, 10000, 0, 0],
      [null, 5000, 5000, 5000],
    ]);
    expect(rows.map((r) => r.values.budget)).toEqual([20000, 15000]);
    expect(rows.map((r) => [r.values.q1, r.values.owner])).toEqual([
      [null, "สำนักปลัด"],
      [null, "กองคลัง"],
    ]);
    expect(result.tables[0]!.stated).toEqual({ budget: 35000, source: { line: 5, column: 1 } });
    expect(result.problems).toEqual([]);
  });

  it("reads quarters written as text, statuses and spending", () => {
    const text = tsv(
      ["ลำดับ", "ชื่อโครงการ", "มิติ", "งบประมาณ (บาท)", "ไตรมาส", "เบิกจ่ายจริง", "สถานะ", "หมายเหตุ"],
      ["1", "โครงการ ก", "มิติที่ ๑", "๒๐,๐๐๐", "1-2", "15,000", "ดำเนินการแล้ว", ""],
      ["2", "โครงการ ข", "3", "0", "ทุกไตรมาส", "", "อยู่ระหว่างดำเนินการ (ร้อยละ 50)", "ต่อเนื่อง"],
      ["3", "โครงการ ค", "4", "0", "ไตรมาสที่ ๓", "", "", ""],
      ["4", "โครงการ ง", "2", "0", "ตลอด", "", "", ""],
      ["รวมทั้งสิ้น", "", "", "20,000", "2", "3", "3", ""],
    );
    const result = importText(text);
    const rows = rowsOf(result, "plan");
    expect(rows.map((r) => [r.values.q1, r.values.q2, r.values.q3, r.values.q4])).toEqual([
      [true, true, false, false],
      [true, true, true, true],
      [false, false, true, false],
      [null, null, null, null],
    ]);
    expect(rows.map((r) => r.values.status)).toEqual(["ดำเนินการแล้ว", "อยู่ระหว่างดำเนินการ", null, null]);
    expect(rows[0]!.values).toMatchObject({ dimension: 1, budget: 20000, spent: 15000 });
    expect(codes(result)).toEqual(["import.value.tick"]);
    expect(result.tables[0]!.stated).toEqual({ budget: 20000, source: { line: 6, column: 4 } });
  });

  it("takes a dimension from a row naming it, and joins a row broken across pages", () => {
    const text = tsv(
      ...PLAN_HEADER,
      ["มิติที่ 1 การสร้างวัฒนธรรมสุจริต", "", "", "", "", "", "", "", ""],
      ["1", "โครงการส่งเสริม", "", "0.00", TICK, "", "", "", ""],
      ["", "การปฏิบัติงานตามประมวลจริยธรรม", "", "", "", "", "", "", "ต่อ"],
      ["การบริหารราชการด้วยความโปร่งใส", "", "", "", "", "", "", "", ""],
      ["2", "มาตรการ NO Gift Policy", "", "0.00", "", TICK, "", "", ""],
    );
    const result = importText(text);
    const rows = rowsOf(result, "plan");
    expect(rows.map((r) => [r.values.name, r.values.dimension, r.values.remarks])).toEqual([
      ["โครงการส่งเสริม\nการปฏิบัติงานตามประมวลจริยธรรม", 1, "ต่อ"],
      ["มาตรการ NO Gift Policy", 2, null],
    ]);
    expect(rows[0]!.sources.dimension).toEqual({ line: 3, column: 1 });
    expect(rows[0]!.sources.remarks).toEqual({ line: 5, column: 9 });
    expect(result.problems).toEqual([]);
  });

  it("recognises a header with a typo, and a dimension heading above the table", () => {
    const text = tsv(
      ["มิติที่ 3 การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน"],
      ["ลำดบ", "รายการโครงการ", "มิต", "งบประมาน (บาท)", "ไตรมาส 1", "ไตรมาส 2", "ไตรมาส 3", "ไตรมาส 4"],
      ["1", "โครงการ ก", "", "500", "✓", "", "", ""],
    );
    const rows = rowsOf(importText(text), "plan");
    expect(rows.map((r) => [r.values.seq, r.values.dimension, r.values.budget, r.values.q1])).toEqual([
      ["1", 3, 500, true],
    ]);
  });

  it("names the document in its problems", () => {
    const result = importText(tsv(...PLAN_HEADER, ["1", "โครงการ", "1", "ห้าพัน", "", "", "", "", ""]), {
      name: "แผน.txt",
    });
    expect(result.problems[0]).toMatchObject({
      code: "import.value.number",
      sheet: "แผน.txt",
      line: 3,
      col: 4,
      column: "budget",
    });
  });
});

describe("measures", () => {
  it("reads follow-up round columns into round and result", () => {
    const text = tsv(
      ["ลำดับ", "มาตรการ/กิจกรรม", "วิธีดำเนินการ", "ผู้รับผิดชอบ", "รอบ 6 เดือน", "รอบ 12 เดือน", "สถานะ"],
      ["1", "จัดทำคู่มือ", "ประชุม", "สำนักปลัด", "ร่างคู่มือแล้ว", "เผยแพร่แล้ว", "ดำเนินการแล้ว"],
      ["2", "เปิดเผยข้อมูล", "ปรับเว็บไซต์", "งานธุรการ", "อยู่ระหว่างปรับปรุง", "", ""],
    );
    const rows = rowsOf(importText(text), "measures");
    expect(rows.map((r) => [r.values.round, r.values.result, r.values.status])).toEqual([
      ["6, 12", "รอบ 6 เดือน: ร่างคู่มือแล้ว\nรอบ 12 เดือน: เผยแพร่แล้ว", "ดำเนินการแล้ว"],
      ["6", "รอบ 6 เดือน: อยู่ระหว่างปรับปรุง", null],
    ]);
    expect(rows[0]!.sources.result).toEqual({ line: 2, column: 5 });
  });

  it("reads a pasted grid with a group column, headings in column A and a round column", () => {
    const grid = [
      ["ประเด็น", "มาตรการ", "วิธีการดำเนินการ", "รอบติดตาม", "ผลการดำเนินการ"],
      ["๑. ด้านนโยบาย", null, null, null, null],
      [null, "๑.๑ กำหนดนโยบาย", "ประกาศ", "รอบ 6 เดือน", "ประกาศแล้ว"],
      ["ด้านการเปิดเผยข้อมูล", "๒.๑ ศูนย์ข้อมูล", "จัดตั้ง", "ทุกไตรมาส", ""],
      [null, "๒.๒ เว็บไซต์", "ปรับปรุง", "", ""],
      [null, null, "และติดตาม", null, null],
    ];
    const rows = rowsOf(importGrid(grid, { sheet: "มาตรการ" }), "measures");
    expect(
      rows.map((r) => [r.values.seq, r.values.group, r.values.measure, r.values.method, r.values.round]),
    ).toEqual([
      ["๑.๑", "๑. ด้านนโยบาย", "กำหนดนโยบาย", "ประกาศ", "6"],
      ["๒.๑", "ด้านการเปิดเผยข้อมูล", "ศูนย์ข้อมูล", "จัดตั้ง", "ทุกไตรมาส"],
      ["๒.๒", "ด้านการเปิดเผยข้อมูล", "เว็บไซต์", "ปรับปรุง\nและติดตาม", null],
    ]);
    expect(rows[0]!.sources.group).toEqual({ sheet: "มาตรการ", cell: "A2" });
  });
});

describe("progress tables", () => {
  it("reads indicator progress with status boxes on a sub-header line, several approaches per indicator", () => {
    const text = tsv(
      ["ตัวชี้วัด", "แนวทางในการยกระดับ", "ผู้รับผิดชอบ", "ระยะเวลา", "ความก้าวหน้า", "", ""],
      ["", "", "", "", "ยังไม่ได้ดำเนินการ", "อยู่ระหว่างดำเนินการ", "ดำเนินการ"],
      ["ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่", "จัดอบรม", "สำนักปลัด", "ต.ค.–ธ.ค. 66", "", TICK, ""],
      ["", "ทำคู่มือ", "สำนักปลัด", "ม.ค. 67", "", "", "✓"],
      ["", "และเผยแพร่", "", "", "", "", ""],
      ["ตัวชี้วัดที่ 11", "ไม่มี", "", "", "☐", "", ""],
    );
    const result = importText(text);
    const rows = rowsOf(result, "indicatorProgress");
    expect(rows.map((r) => [r.values.indicator, r.values.approach, r.values.status])).toEqual([
      [1, "จัดอบรม", "อยู่ระหว่างดำเนินการ"],
      [1, "ทำคู่มือ\nและเผยแพร่", "ดำเนินการแล้ว"],
      [null, "ไม่มี", null],
    ]);
    expect(result.problems.map((p) => [p.code, p.line, p.col])).toEqual([["import.value.range", 6, 1]]);
  });

  it("reads OIT progress: ids 01…043, statuses named in the header, a status written as a list of boxes", () => {
    const text = tsv(
      [
        "ข้อ",
        "ข้อมูล",
        "องค์ประกอบด้านข้อมูล",
        "ผู้รับผิดชอบ",
        "ความก้าวหน้า (ยังไม่ได้ดำเนินการ / อยู่ระหว่างดำเนินการ / ดำเนินการ)",
        "",
        "",
        "ลิงก์",
      ],
      ["01", "โครงสร้าง", "แผนผัง", "สำนักปลัด", "", "", TICK, "https://example.go.th/o1"],
      ["", "", "<ul><li>- ตำแหน่ง</li></ul>", "", "", "", "", ""],
      ["043", "การดำเนินการตามมาตรการ", "รายงานผล", "สำนักปลัด", `${TICK} ดำเนินการแล้ว`, "", "", ""],
    );
    const rows = rowsOf(importText(text), "oitProgress");
    expect(rows.map((r) => [r.values.id, r.values.component, r.values.status, r.values.evidence])).toEqual([
      ["o1", "แผนผัง\n- ตำแหน่ง", "ดำเนินการแล้ว", "https://example.go.th/o1"],
      ["o43", "รายงานผล", "ดำเนินการแล้ว", null],
    ]);
  });
});

describe("scores", () => {
  it("reads question tables with part columns in the header, bare OIT numbers and a part column", () => {
    const wide = tsv(
      ["ลำดับ", "เครื่องมือ", "ข้อคำถาม", "คะแนน ส่วนที่ 1", "คะแนน ส่วนที่ 2"],
      ["1", "EIT", "e1", "70", "80"],
      ["", "OIT", "043", "100", ""],
      ["", "", "ข้อ o42", "0", "50"],
    );
    const rows = rowsOf(importText(wide), "questionScores");
    expect(rows.map((r) => [r.values.id, r.values.part, r.values.score])).toEqual([
      ["e1", 1, 70],
      ["e1", 2, 80],
      ["o43", null, 100],
      ["o42", null, 0],
    ]);
    const long = tsv(["ข้อ", "ส่วนที่", "คะแนน"], ["e2", "2", "81.5"], ["i3", "", "๙๐.๒๕"]);
    expect(
      rowsOf(importText(long), "questionScores").map((r) => [r.values.id, r.values.part, r.values.score]),
    ).toEqual([
      ["e2", 2, 81.5],
      ["i3", null, 90.25],
    ]);
  });

  it("reads a memo's sentences: ผ่านดี, not ผ่านดีเยี่ยม, and the core agrees", () => {
    const memo = [
      "ตัวชี้วัดที่ 1 ของ IIT ได้ 98.50 คะแนน",
      "ผลการประเมินแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) คะแนนรวม 99.40 คะแนน",
      "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) คะแนนรวม ๙๓.๔๐ คะแนน",
      "แบบตรวจการเปิดเผยข้อมูลสาธารณะ ได้ 93.75 คะแนน",
      "ทั้งนี้ อบต. มีคะแนน 95.34 คะแนน อยู่ในระดับ ผ่านดี",
      "โดยมีเป้าหมายให้ได้ไม่น้อยกว่า 85 คะแนน",
    ].join("\n");
    const result = importText(memo);
    expect(rowsOf(result, "toolSummary").map((r) => r.values)).toEqual([
      { key: "IIT", score: 99.4, level: null, decimals: 2 },
      { key: "EIT", score: 93.4, level: null, decimals: 2 },
      { key: "OIT", score: 93.75, level: null, decimals: 2 },
      { key: "overall", score: 95.34, level: "ผ่านดี", decimals: 2 },
    ]);
    const lookup = frameworkFor(2566);
    if (!lookup.ok) throw new Error("no framework");
    const scored = score(lookup.framework, toScoreInput(result));
    expect(roundHalfUp(scored.overall!, 2)).toBe(95.34);
    expect(scored.level?.th).toBe("ผ่านดี");
    expect(scored.problems.map((p) => p.code)).not.toContain("level.mismatch");
  });

  it("reads a tool summary printed as a table", () => {
    const text = tsv(
      ["เครื่องมือ", "คะแนน", "ระดับ"],
      ["IIT", "84.81", ""],
      ["EIT", "", ""],
      ["- ส่วนที่ 1", "75.54", ""],
      ["- ส่วนที่ 2", "80.77", ""],
      ["OIT", "88.13", ""],
      ["ภาพรวม", "84.1", "ต้องปรับปรุง"],
      ["อื่น ๆ", "12", ""],
      ["OIT", "ดี", ""],
    );
    const result = importText(text);
    expect(
      rowsOf(result, "toolSummary").map((r) => [
        r.values.key,
        r.values.score,
        r.values.level,
        r.values.decimals,
      ]),
    ).toEqual([
      ["IIT", 84.81, null, 2],
      ["EIT1", 75.54, null, 2],
      ["EIT2", 80.77, null, 2],
      ["OIT", 88.13, null, 2],
      ["overall", 84.1, "ต้องปรับปรุง", 1],
    ]);
    expect(codes(result)).toEqual(["import.cell.unmapped", "import.value.number"]);
  });

  it("keeps the first of two indicator tables and fills a blank score from a repeat", () => {
    const text = tsv(
      ["ตัวชี้วัดที่", "ตัวชี้วัด", "คะแนน"],
      ["1", "การปฏิบัติหน้าที่", ""],
      ["1", "การปฏิบัติหน้าที่", "93.88"],
      ["", "ไม่มีเลข", "50"],
    );
    const result = importText(text);
    expect(rowsOf(result, "indicatorScores").map((r) => [r.values.no, r.values.score])).toEqual([[1, 93.88]]);
    expect(codes(result)).toEqual(["import.indicator.unknown"]);
  });
});
