/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { listBackups } from "../../src/workbook/ops/backup";
import { renderPane, sampleSession, write } from "./support";

jest.setTimeout(60_000);

const planRows = async (session: Awaited<ReturnType<typeof sampleSession>>) =>
  (await session.read()).tables.find((t) => t.name === "ITA_Plan")!.rows;

describe("the Restore section of the review view", () => {
  it("lists each backup with its op, tables and rows, and restores one after a confirmation", async () => {
    const session = await sampleSession();
    const before = await planRows(session);
    await write(session, [
      { table: "ITA_Plan", rows: [{ seq: "1", name: "แทนที่แล้ว", budget: 1 }], how: { mode: "replace" } },
    ]);
    const [backup] = listBackups(await session.read({ backups: true }));
    expect(backup).toBeDefined();

    renderPane(session, { view: "review" });
    const section = await screen.findByRole("region", { name: "สำเนาสำรองและการนำกลับ" }, { timeout: 10_000 });
    const list = await within(section).findByRole("list", {}, { timeout: 10_000 });
    const entry = within(list).getAllByRole("listitem")[0]!;
    expect(entry.textContent).toContain(backup!.sheet);
    expect(entry.textContent).toContain(`ITA_Plan ${before.length} แถว`);
    expect(entry.textContent).toContain("writeRows");

    // Nothing happens before the confirmation; cancelling leaves the table as it is.
    await userEvent.click(within(entry).getByRole("button", { name: `นำกลับสำเนา ${backup!.sheet}` }));
    await userEvent.click(within(entry).getByRole("button", { name: "ยกเลิก" }));
    expect(await planRows(session)).toHaveLength(1);

    await userEvent.click(within(entry).getByRole("button", { name: `นำกลับสำเนา ${backup!.sheet}` }));
    expect(within(entry).getByText(/แถวที่มีอยู่ตอนนี้จะถูกสำรองไว้ก่อน/)).toBeTruthy();
    await userEvent.click(within(entry).getByRole("button", { name: "ยืนยันการนำกลับ" }));
    expect(await screen.findByText(`นำแถวจาก ${backup!.sheet} กลับแล้ว`, {}, { timeout: 10_000 })).toBeTruthy();
    expect(await planRows(session)).toEqual(before);

    // The restore backed up the one row it replaced: it is listed first, and can be undone.
    await waitFor(() => expect(within(section).getAllByRole("listitem")).toHaveLength(2));
    const newest = within(section).getAllByRole("listitem")[0]!;
    expect(newest.textContent).toContain("restore");
    expect(newest.textContent).toContain("ITA_Plan 1 แถว");
  });

  it("says when there is no backup", async () => {
    const session = await sampleSession();
    renderPane(session, { view: "review" });
    const section = await screen.findByRole("region", { name: "สำเนาสำรองและการนำกลับ" }, { timeout: 10_000 });
    expect(await within(section).findByText("ยังไม่มีสำเนาสำรอง", {}, { timeout: 10_000 })).toBeTruthy();
  });

  it("shows a damaged backup without letting it be restored", async () => {
    const session = await sampleSession();
    await write(session, [
      { table: "ITA_Plan", rows: [{ seq: "1", name: "x", budget: 1 }], how: { mode: "replace" } },
    ]);
    const [backup] = listBackups(await session.read({ backups: true }));
    session.workbook.getWorksheet(backup!.sheet)!.getCell("B3").value = "แก้ไขแล้ว";
    renderPane(session, { view: "review" });
    const section = await screen.findByRole("region", { name: "สำเนาสำรองและการนำกลับ" }, { timeout: 10_000 });
    expect(await within(section).findByText("สำเนานี้ถูกแก้ไขหรือเสียหาย จึงนำกลับไม่ได้")).toBeTruthy();
    const button = within(section).getByRole("button", { name: `นำกลับสำเนา ${backup!.sheet}` });
    expect(button.hasAttribute("disabled") || button.getAttribute("aria-disabled") === "true").toBe(true);
  });
});
