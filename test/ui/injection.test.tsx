/** @jest-environment jsdom */
/**
 * Formula-like text pasted into the pane's Import view (the .xlsx adapter of the browser preview)
 * lands as text: a string in every cell, no <f> element in the saved sheet, and the pane shows it
 * as text, never as markup. The Office adapter's side is test/office/text-safety.test.ts.
 */
import { fireEvent, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import JSZip from "jszip";
import { initOp } from "../../src/workbook/ops/init";
import { toBytes } from "../../src/workbook/xlsx";
import { expectSafe, PAYLOADS } from "../fixtures/payloads";
import { emptySession, NOW, renderPane } from "./support";

jest.setTimeout(30_000);

describe("pasted formula-like text in the pane", () => {
  it(`imports ${PAYLOADS.length} payloads as project names, all text`, async () => {
    const session = emptySession();
    const snapshot = await session.read();
    await session.apply(initOp(snapshot, { fiscalYear: 2567, now: NOW }).patch, snapshot);
    renderPane(session, { view: "import" });
    const text = [
      "ลำดับ\tรายการโครงการ\tมิติ\tงบประมาณ (บาท)",
      ...PAYLOADS.map((p, i) => `${i + 1}\t${p}\t1\t100.00`),
    ].join("\n");
    fireEvent.change(await screen.findByLabelText("ข้อความจากเอกสาร"), { target: { value: text } });
    await userEvent.click(screen.getByRole("button", { name: "อ่านข้อความ" }));
    await screen.findByTestId("import-found");
    await userEvent.click(screen.getByRole("button", { name: "ยืนยันและเขียนลงสมุดงาน" }));
    expect(await screen.findByText(`นำเข้า ${PAYLOADS.length} แถวจาก 1 ตารางแล้ว`)).toBeTruthy();
    // Nothing the document said became an element of the page.
    expect(document.querySelector("script, img[onerror]")).toBeNull();

    const plan = session.workbook.getWorksheet("ITA_Plan")!;
    const names = PAYLOADS.map((_, i) => {
      const cell = plan.getCell(`B${i + 2}`);
      return cell.formula ? { formula: cell.formula } : cell.value;
    });
    names.forEach((name, i) => expectSafe(name, PAYLOADS[i]!));

    const zip = await JSZip.loadAsync(await toBytes(session.workbook));
    const index = session.workbook.worksheets.indexOf(plan) + 1;
    const xml = await zip.file(`xl/worksheets/sheet${index}.xml`)!.async("string");
    expect(xml.match(/<f[\s>]/g)).toBeNull();
  });
});
