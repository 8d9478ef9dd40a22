/** @jest-environment jsdom */
/**
 * The preview's download of a workbook that holds parts ExcelJS cannot write back (the chart
 * fixture of test/fixtures/parts): a dialog names each part, Cancel is the default and downloads
 * nothing, Continue downloads a copy under another name.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { copyName } from "../../src/taskpane/preview/PreviewHost";
import { installMatchMedia, now } from "./support";

const CHART = readFileSync(path.resolve(__dirname, "../fixtures/parts/chart.xlsx"));

async function openChart(name = "แผน.xlsx") {
  installMatchMedia();
  window.localStorage.clear();
  render(<App environment={{ status: "preview", dark: null }} now={now} />);
  const input = await screen.findByTestId("open-file");
  const file = new File([new Uint8Array(CHART)], name, {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
  fireEvent.change(input, { target: { files: [file] } });
  await screen.findByText(`ไฟล์: ${name}`, {}, { timeout: 5000 });
}

let clicked: string[];
beforeEach(() => {
  Object.assign(URL, { createObjectURL: jest.fn(() => "blob:ita"), revokeObjectURL: jest.fn() });
  clicked = [];
  jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push(this.download);
  });
});
afterEach(() => jest.restoreAllMocks());

describe("downloading a workbook that would lose parts", () => {
  it("asks first, naming each part; Cancel is the default and downloads nothing", async () => {
    await openChart();
    await userEvent.click(screen.getByRole("button", { name: "ดาวน์โหลด .xlsx" }));
    const dialog = await screen.findByRole("alertdialog", {}, { timeout: 5000 });
    expect(dialog.textContent).toContain("แผน.xlsx");
    expect(screen.getByTestId("loss-parts").textContent).toContain("แผนภูมิ xl/charts/chart1.xml");
    expect(screen.getByTestId("loss-parts").querySelectorAll("li")).toHaveLength(2);
    expect(dialog.textContent).toContain("แผน (สำเนา ITA).xlsx");
    const cancel = screen.getByRole("button", { name: "ยกเลิก" });
    await waitFor(() => expect(document.activeElement).toBe(cancel));
    await userEvent.keyboard("{Enter}");
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    expect(clicked).toEqual([]);
    expect(URL.createObjectURL).not.toHaveBeenCalled();
  });

  it("Escape cancels too", async () => {
    await openChart();
    await userEvent.click(screen.getByRole("button", { name: "ดาวน์โหลด .xlsx" }));
    await screen.findByRole("alertdialog", {}, { timeout: 5000 });
    await userEvent.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    expect(clicked).toEqual([]);
  });

  it("Continue downloads a copy under another name, never the original's", async () => {
    await openChart();
    await userEvent.click(screen.getByRole("button", { name: "ดาวน์โหลด .xlsx" }));
    await screen.findByRole("alertdialog", {}, { timeout: 5000 });
    await userEvent.click(screen.getByRole("button", { name: "ดาวน์โหลดสำเนา" }));
    expect(await screen.findByText("ดาวน์โหลด แผน (สำเนา ITA).xlsx แล้ว", {}, { timeout: 5000 })).toBeTruthy();
    expect(clicked).toEqual(["แผน (สำเนา ITA).xlsx"]);
    expect(screen.queryByRole("alertdialog")).toBeNull();
  });

  it("names the copy after the file, whatever its extension", () => {
    expect(copyName("ita-2567.xlsx")).toBe("ita-2567 (สำเนา ITA).xlsx");
    expect(copyName("macro.XLSM")).toBe("macro (สำเนา ITA).xlsx");
    expect(copyName("no-extension")).toBe("no-extension (สำเนา ITA).xlsx");
  });
});
