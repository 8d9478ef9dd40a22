/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { toBytes } from "../../src/workbook/xlsx";
import { installMatchMedia, now, sampleSession } from "./support";

function renderPreview() {
  installMatchMedia();
  window.localStorage.clear();
  return render(<App environment={{ status: "preview", dark: null }} now={now} />);
}

const fileOf = (bytes: Uint8Array, name: string) =>
  new File([bytes.slice()], name, {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });

describe("the browser preview", () => {
  beforeEach(() => {
    Object.assign(URL, { createObjectURL: jest.fn(() => "blob:ita"), revokeObjectURL: jest.fn() });
  });

  it("loads the bundled sample: 84.14, ต้องปรับปรุง, and seed 001's plan", async () => {
    renderPreview();
    expect(await screen.findByText("โหมดแสดงตัวอย่าง (ไม่ได้เปิดใน Excel)")).toBeTruthy();
    await userEvent.click(await screen.findByRole("button", { name: "โหลดสมุดงานตัวอย่าง" }));
    expect((await screen.findByTestId("overall", {}, { timeout: 5000 })).textContent).toBe("84.14");
    expect(screen.getByTestId("level").textContent).toBe("ต้องปรับปรุง");
    expect(screen.getByText("ไฟล์: ita-ตัวอย่าง.xlsx")).toBeTruthy();
    await userEvent.click(screen.getByRole("tab", { name: "แผน" }));
    expect((await screen.findByTestId("plan-summary")).textContent).toContain("16 โครงการ");
  });

  it("downloads the workbook through a Blob, an object URL and a link", async () => {
    renderPreview();
    await userEvent.click(await screen.findByRole("button", { name: "โหลดสมุดงานตัวอย่าง" }));
    await screen.findByTestId("overall", {}, { timeout: 5000 });
    const clicked: string[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(`${this.download} ${this.href}`);
    });
    await userEvent.click(screen.getByRole("button", { name: "ดาวน์โหลด .xlsx" }));
    expect(await screen.findByText("ดาวน์โหลด ita-ตัวอย่าง.xlsx แล้ว", {}, { timeout: 5000 })).toBeTruthy();
    expect(clicked).toEqual(["ita-ตัวอย่าง.xlsx blob:ita"]);
    const blob = (URL.createObjectURL as jest.Mock).mock.calls[0]![0] as Blob;
    expect(blob.size).toBeGreaterThan(5000);
    click.mockRestore();
  });

  it("opens an .xlsx chosen with the file input or dropped on the pane", async () => {
    const bytes = await toBytes((await sampleSession()).workbook);
    renderPreview();
    const input = await screen.findByTestId("open-file");
    fireEvent.change(input, { target: { files: [fileOf(bytes, "คลองเกตุ.xlsx")] } });
    expect((await screen.findByTestId("overall", {}, { timeout: 5000 })).textContent).toBe("84.14");
    expect(screen.getByText("ไฟล์: คลองเกตุ.xlsx")).toBeTruthy();

    fireEvent.drop(screen.getByText("หรือลากไฟล์ .xlsx มาวางที่นี่"), {
      dataTransfer: { files: [fileOf(bytes, "dropped.xlsx")] },
    });
    expect(await screen.findByText("ไฟล์: dropped.xlsx", {}, { timeout: 5000 })).toBeTruthy();
  });

  it("says what to do with a file that is not an .xlsx", async () => {
    renderPreview();
    const input = await screen.findByTestId("open-file");
    fireEvent.change(input, {
      target: { files: [new File(["a,b\n1,2\n"], "scores.csv", { type: "text/csv" })] },
    });
    expect(await screen.findByText("เปิดไฟล์นี้ไม่ได้", {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText(/scores\.csv is not a readable \.xlsx workbook/)).toBeTruthy();
    expect(screen.getByText(/บันทึกเป็น \.xlsx ก่อน/)).toBeTruthy();
  });

  it("starts an empty workbook that the first run fills", async () => {
    renderPreview();
    await userEvent.click(await screen.findByRole("button", { name: "สมุดงานเปล่า" }));
    await userEvent.click(await screen.findByRole("button", { name: "สร้างชีต ITA" }, { timeout: 5000 }));
    await waitFor(() => expect(screen.getByRole("tablist")).toBeTruthy(), { timeout: 5000 });
  });
});
