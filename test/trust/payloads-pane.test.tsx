/** @jest-environment jsdom */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fireEvent, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { initOp } from "../../src/workbook/ops/init";
import { PAYLOADS } from "../fixtures/bad/payloads";
import { PLAN_HEADER, TICK } from "../unit/import/helpers";
import { emptySession, NOW, renderPane } from "../ui/support";

/**
 * The pane shows text from documents and cells as text: pasted payloads (scripts, event
 * handlers, javascript: links, formulas) never become elements or attributes, and the pane's
 * source never builds markup from strings.
 */

jest.setTimeout(60_000);

const ONE_LINE = PAYLOADS.filter((p) => !/[\t\r\n]/.test(p.text) && p.text.length < 200);
const text = [
  ...PLAN_HEADER.map((l) => l.join("\t")),
  ...ONE_LINE.map((p, i) => [String(i + 1), p.text, "1", "0.00", TICK, "", "", "", ""].join("\t")),
].join("\n");

/** Elements or attributes a payload would have created had it become markup. */
const INJECTED =
  'script, iframe, object, embed, img, [onerror], [onload], [onclick], a[href^="javascript:"], svg[onload]';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe("payloads in the pane", () => {
  it("pasted into Import, shown as found and as problems, and written: nothing becomes markup", async () => {
    const session = emptySession();
    const snapshot = await session.read();
    await session.apply(initOp(snapshot, { fiscalYear: 2567, now: NOW }).patch, snapshot);
    const { container } = renderPane(session, { view: "import" });
    fireEvent.change(await screen.findByLabelText("ข้อความจากเอกสาร"), { target: { value: text } });
    await userEvent.click(screen.getByRole("button", { name: "อ่านข้อความ" }));
    expect(await screen.findByTestId("import-found")).toBeTruthy();
    // The formula-like names are quoted back in the problems list, as text.
    expect(container.textContent).toContain("=SUM(1+1)");
    expect(container.textContent).toContain("@SUM(1+1)*cmd|' /C calc'!A0");
    expect(container.querySelectorAll(INJECTED)).toHaveLength(0);

    await userEvent.click(screen.getByRole("button", { name: "ยืนยันและเขียนลงสมุดงาน" }));
    expect(await screen.findByText(/นำเข้า \d+ แถวจาก 1 ตารางแล้ว/)).toBeTruthy();
    for (const tab of ["แผน", "ตรวจทาน"]) {
      await userEvent.click(screen.getByRole("tab", { name: tab }));
      expect({ tab, injected: container.querySelectorAll(INJECTED).length }).toEqual({ tab, injected: 0 });
    }
    const names = session.workbook.getWorksheet("ITA_Plan")!.getColumn(2).values.slice(2);
    expect(names).toContain("=SUM(1+1)");
    expect(names.some((v) => typeof v === "object" && v !== null && "formula" in v)).toBe(false);
  });

  it("the pane's code never builds markup or code from strings", () => {
    const files = sourceFiles(join(__dirname, "../../src"));
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const source = readFileSync(file, "utf8");
      expect({
        file,
        found:
          /dangerouslySetInnerHTML|\.innerHTML\s*=|\beval\(|new Function\(|insertAdjacentHTML|document\.write\(/.exec(
            source,
          )?.[0],
      }).toEqual({ file, found: undefined });
    }
  });
});
