/** @jest-environment jsdom */
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MESSAGES, type Texts } from "../../src/taskpane/i18n";
import { PREVIEW_TEXTS } from "../../src/taskpane/preview/preview-text";
import { IMPORT_TEXTS } from "../../src/taskpane/views/import-text";
import { MEASURES_TEXTS } from "../../src/taskpane/views/measures-text";
import { PLAN_TEXTS } from "../../src/taskpane/views/plan-text";
import { RESTORE_TEXTS } from "../../src/taskpane/views/restore-text";
import { REVIEW_TEXTS } from "../../src/taskpane/views/review-text";
import { SETTINGS_TEXTS } from "../../src/taskpane/views/settings-text";
import { renderApp, sampleSession, THAI } from "./support";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/**
 * The pane's text without the workbook's own data (its organisation's name, the summary sheet's
 * name สรุป) and the language switch, which names Thai in Thai (lang="th") as language pickers do.
 */
const paneText = () => (document.body.textContent ?? "").replace(/อบต\.ตัวอย่าง|ภาษาไทย|สรุป/g, "");

describe("the pane's languages", () => {
  // The pane's own texts and those that load with each lazy view.
  const dictionaries: Texts<string>[] = [
    MESSAGES,
    PLAN_TEXTS,
    IMPORT_TEXTS,
    REVIEW_TEXTS,
    RESTORE_TEXTS,
    SETTINGS_TEXTS,
    MEASURES_TEXTS,
    PREVIEW_TEXTS,
  ];

  it("has every text in Thai and in English, with the same parameters", () => {
    for (const texts of dictionaries) {
      const keys = Object.keys(texts.th);
      expect(Object.keys(texts.en).sort()).toEqual([...keys].sort());
      for (const key of keys) {
        expect([key, texts.th[key]!.trim() !== "", texts.en[key]!.trim() !== ""]).toEqual([key, true, true]);
        expect([key, placeholders(texts.en[key]!)]).toEqual([key, placeholders(texts.th[key]!)]);
      }
    }
  });

  it("gives each key to one dictionary only, so a view's words never shadow another's", () => {
    const keys = dictionaries.flatMap((texts) => Object.keys(texts.th));
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
    expect(keys.length).toBeGreaterThan(200);
  });

  it("opens in Thai and switches every label of every view to English", async () => {
    const session = await sampleSession();
    renderApp(session);
    expect((await screen.findByTestId("overall")).textContent).toBe("84.14");
    expect(document.documentElement.lang).toBe("th");
    expect(screen.getByRole("tab", { name: "ภาพรวม" })).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "English" }));
    expect(document.documentElement.lang).toBe("en");
    expect(screen.getByTestId("level").textContent).toBe("Needs improvement");
    expect(screen.getByText("Indicator 7 to 85 → overall +0.82")).toBeTruthy();
    const views = ["Dashboard", "Plan", "Import", "Review", "Settings"];
    for (const view of views) {
      await userEvent.click(screen.getByRole("tab", { name: view }));
      await waitFor(() => expect(screen.queryByText("Loading the view…")).toBeNull());
      await screen.findByRole("tabpanel");
      expect([view, paneText().match(THAI)?.[0]]).toEqual([view, undefined]);
    }
    await userEvent.click(screen.getByRole("button", { name: "ภาษาไทย" }));
    expect(screen.getByRole("tab", { name: "ตั้งค่า" })).toBeTruthy();
    expect(window.localStorage.getItem("ita.locale")).toBe("th");
  });

  it("moves between the views with the arrow keys (one tab stop)", async () => {
    renderApp(await sampleSession());
    const dashboard = await screen.findByRole("tab", { name: "ภาพรวม" });
    expect(dashboard.getAttribute("tabindex")).toBe("0");
    expect(screen.getByRole("tab", { name: "แผน" }).getAttribute("tabindex")).toBe("-1");
    dashboard.focus();
    await userEvent.keyboard("{ArrowRight}");
    const plan = screen.getByRole("tab", { name: "แผน" });
    expect(document.activeElement).toBe(plan);
    expect(plan.getAttribute("aria-selected")).toBe("true");
    expect(await screen.findByTestId("plan-summary")).toBeTruthy();
    await userEvent.keyboard("{End}");
    expect(screen.getByRole("tab", { name: "ตั้งค่า" }).getAttribute("aria-selected")).toBe("true");
    await userEvent.keyboard("{Home}{ArrowLeft}");
    expect(screen.getByRole("tab", { name: "ตั้งค่า" }).getAttribute("aria-selected")).toBe("true");
  });
});
