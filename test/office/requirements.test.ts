import { OfficeAdapterError, OfficeSession } from "../../src/workbook/office";
import { newWorkbook, type FakeExcel } from "./fake-excel";
import { command, flagWeak, importRows, init, planRows, questionRows, summary, type Runner } from "./support";

/** A host whose requirement-set checker says no to some versions; the fake's API stays complete. */
function host(excel: FakeExcel, missing: readonly string[]): Runner & { session: OfficeSession } {
  const session = new OfficeSession({
    run: excel.run,
    runIn: excel.runIn,
    isSetSupported: (name, version) => !missing.includes(version) && excel.isSetSupported(name, version),
  });
  return { session, read: () => session.read(), apply: async (p, s) => (await session.apply(p, s)).warnings };
}

describe("features this Excel lacks are skipped with a warning, the rest applied", () => {
  it("conditional formats (ExcelApi 1.6)", async () => {
    const excel = newWorkbook();
    const runner = host(excel, ["1.6"]);
    await command(runner, init);
    await command(runner, importRows("ITA_QuestionScores", questionRows()));
    const { warnings } = await command(runner, flagWeak);
    expect(warnings).toEqual([
      expect.objectContaining({
        severity: "warning",
        code: "office.unsupported",
        sheet: "ITA_IndicatorScores",
      }),
    ]);
    const [warning] = warnings;
    expect(warning!.en).toContain("conditional formats");
    expect(warning!.en).toContain("ITA_IndicatorScores, ITA_QuestionScores, ITA_ToolScores");
    expect(warning!.en).toContain("ExcelApi 1.6: Excel 2019 or later");
    expect(warning!.th).toContain("การจัดรูปแบบตามเงื่อนไข");
    expect(warning!.th).toContain("ExcelApi 1.6");
    expect(excel.sheets.flatMap((s) => s.conditionalFormats)).toEqual([]);
    // The rest of the patch: its log entries.
    const log = excel.findTable("ITA_Log")!;
    expect(excel.cell("_ita_log", `B${log.box.bottom}`).value).toBe("flagWeak");
  });

  it("data validation (1.8) and page setup (1.9) on init; reading falls back without special cells (1.9)", async () => {
    const excel = newWorkbook();
    const runner = host(excel, ["1.8", "1.9"]);
    const { warnings } = await command(runner, init);
    expect(warnings.map((w) => w.code)).toEqual(["office.unsupported", "office.unsupported"]);
    expect(warnings[0]!.en).toContain("data validation");
    expect(warnings[1]!.en).toContain("page setup");
    expect(warnings[1]!.en).toContain("ExcelApi 1.9: Excel 2021 or later");
    expect(excel.cell("ITA_Plan", "C2").validation).toBeUndefined();
    expect(excel.sheet("ITA_Plan").pageLayout.orientation).toBe("Portrait");
    expect(excel.sheet("ITA_Plan").freezeRows).toBe(1);
    await command(runner, importRows("ITA_Plan", planRows(3)));
    await command(runner, summary);
    const snapshot = await runner.read();
    expect(snapshot.tables.find((t) => t.name === "ITA_Plan")!.rows).toHaveLength(3);
    expect(snapshot.looseCells["สรุป"]!.A1).toBe("ITA Workbook · สรุปผล / Summary");
  });

  it("with every set, the same init writes validation, page setup and frozen headers", async () => {
    const excel = newWorkbook();
    const runner = host(excel, []);
    expect((await command(runner, init)).warnings).toEqual([]);
    expect(excel.cell("ITA_Plan", "C2").validation?.rule).toEqual({
      wholeNumber: { formula1: 1, formula2: 4, operator: "Between" },
    });
    expect(excel.cell("ITA_Plan", "C2").validation?.alert).toMatchObject({ style: "Stop", showAlert: true });
    expect(excel.sheet("ITA_Plan").pageLayout).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    });
  });

  it("stops with a message in both languages where Excel is too old to read tables (ExcelApi 1.4)", async () => {
    const excel = newWorkbook();
    const runner = host(excel, ["1.4"]);
    const error = await runner.read().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OfficeAdapterError);
    expect((error as OfficeAdapterError).message).toContain("ExcelApi 1.4");
    expect((error as OfficeAdapterError).th).toContain("ExcelApi 1.4");
  });
});
