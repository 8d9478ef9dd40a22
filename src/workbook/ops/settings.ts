import {
  applyOverride,
  FRAMEWORKS,
  frameworkFor,
  type Framework,
  type FrameworkOverride,
} from "../../domain/frameworks";
import { reportProblem, type Problem } from "../../domain/problem";
import { parseTick } from "../../domain/thai/checkbox";
import { parseNumber } from "../../domain/thai/number";
import { toProblem } from "../../domain/thai/parsed";
import type { CellWrite } from "../model";
import type { Language } from "../schema";
import { rawRows, type FoundTable } from "./tables";
import { trustProblem } from "./trust-messages";

/** What ITA_Settings holds. */
export interface Settings {
  organisation: string;
  /** Fiscal year assessed (BE). */
  fiscalYear: number;
  /** Year whose framework applies (BE); usually the fiscal year. */
  frameworkYear: number;
  passMark: number;
  weights: { IIT: number; EIT: number; OIT: number };
  language: Language;
  thaiDigits: boolean;
}

type SettingKey = keyof Omit<Settings, "weights"> | "weightIIT" | "weightEIT" | "weightOIT";

interface SettingDef {
  key: SettingKey;
  th: string;
  en: string;
}

/** The rows of ITA_Settings, in order. Their keys (column รหัส / Key) are what the formulas look up. */
export const SETTING_ROWS: readonly SettingDef[] = [
  { key: "organisation", th: "ชื่อหน่วยงาน", en: "Organisation" },
  { key: "fiscalYear", th: "ปีงบประมาณที่ประเมิน (พ.ศ.)", en: "Fiscal year assessed (BE)" },
  { key: "frameworkYear", th: "ปีของเกณฑ์การประเมิน (พ.ศ.)", en: "Framework year (BE)" },
  { key: "passMark", th: "เกณฑ์ผ่าน (คะแนน)", en: "Pass mark" },
  { key: "weightIIT", th: "น้ำหนัก IIT", en: "Weight of IIT" },
  { key: "weightEIT", th: "น้ำหนัก EIT", en: "Weight of EIT" },
  { key: "weightOIT", th: "น้ำหนัก OIT", en: "Weight of OIT" },
  { key: "language", th: "ภาษาของหัวตาราง (th/en)", en: "Header language (th/en)" },
  { key: "thaiDigits", th: "แสดงเลขไทย", en: "Thai digits" },
];

export function defaultSettings(fiscalYear: number, framework: Framework, organisation = ""): Settings {
  const weight = (id: "IIT" | "EIT" | "OIT") => framework.tools.find((t) => t.id === id)!.weight;
  return {
    organisation,
    fiscalYear,
    frameworkYear: fiscalYear,
    passMark: framework.passMark,
    weights: { IIT: weight("IIT"), EIT: weight("EIT"), OIT: weight("OIT") },
    language: "th",
    thaiDigits: false,
  };
}

const valueFor = (s: Settings, key: SettingKey): CellWrite => {
  if (key === "weightIIT") return s.weights.IIT;
  if (key === "weightEIT") return s.weights.EIT;
  if (key === "weightOIT") return s.weights.OIT;
  return s[key];
};

/** ITA_Settings body rows for a language: label, value, key. */
export const settingsRows = (s: Settings, language: Language): CellWrite[][] =>
  SETTING_ROWS.map((d) => [d[language], valueFor(s, d.key), d.key]);

export interface SettingsRead {
  settings: Settings;
  framework: Framework;
  problems: Problem[];
}

/**
 * Settings from the table (missing rows keep their defaults, bad values are problems at their
 * cell), and the framework of the framework year with the workbook's pass mark and weights.
 */
export function readSettings(found: FoundTable | undefined, fallbackYear: number): SettingsRead {
  const problems: Problem[] = [];
  const byKey = new Map<string, { value: unknown; where: ReturnType<typeof rawRows>[number] }>();
  for (const raw of found ? rawRows(found) : []) {
    const key = String(raw.values.key ?? "").trim();
    if (key !== "") byKey.set(key, { value: raw.values.value, where: raw });
  }
  const number = (key: SettingKey): number | undefined => {
    const entry = byKey.get(key);
    if (!entry || entry.value === null || entry.value === "") return undefined;
    const parsed = parseNumber(entry.value);
    const where = { sheet: entry.where.sheet, cell: entry.where.cells?.value, column: key };
    if (!parsed.ok) problems.push(toProblem(parsed, where));
    return parsed.ok && parsed.value !== null ? parsed.value : undefined;
  };
  /** A Common Era year (2023) where a BE one is expected is read as BE (+543), with a warning. */
  const year = (key: SettingKey) => {
    const value = number(key);
    if (value === undefined || value < 1957 || value > 2157) return value;
    problems.push(
      trustProblem("warning", "settings.yearCE", { value, year: value + 543 }, whereOf(byKey, key)),
    );
    return value + 543;
  };
  for (const [key, { where }] of byKey)
    if (!SETTING_ROWS.some((d) => d.key === key))
      problems.push(
        trustProblem(
          "warning",
          "settings.unknownKey",
          { key },
          { sheet: where.sheet, cell: where.cells?.key },
        ),
      );
  const fiscalYear = year("fiscalYear") ?? fallbackYear;
  const frameworkYear = year("frameworkYear") ?? fiscalYear;
  const lookup = frameworkFor(frameworkYear);
  problems.push(...lookup.problems.map((p) => ({ ...p, ...whereOf(byKey, "frameworkYear") })));
  // An unknown year is an error above; the newest framework still lets the rest be checked.
  const base = lookup.ok ? lookup.framework : FRAMEWORKS[FRAMEWORKS.length - 1]!;
  const defaults = defaultSettings(fiscalYear, base);
  const override: FrameworkOverride = {};
  const passMark = number("passMark");
  if (passMark !== undefined) override.passMark = passMark;
  const weights = { IIT: number("weightIIT"), EIT: number("weightEIT"), OIT: number("weightOIT") };
  if (Object.values(weights).some((w) => w !== undefined)) {
    override.weights = Object.fromEntries(Object.entries(weights).filter(([, w]) => w !== undefined));
  }
  const applied = applyOverride(base, override);
  problems.push(
    ...applied.problems.map((p) => ({
      ...p,
      ...whereOf(byKey, p.code.includes("pass") ? "passMark" : "weightIIT"),
    })),
  );
  const language =
    String(byKey.get("language")?.value ?? "th")
      .trim()
      .toLowerCase() === "en"
      ? "en"
      : "th";
  const digits = byKey.get("thaiDigits")?.value;
  const tick = digits === undefined || digits === null || digits === "" ? undefined : parseTick(digits);
  const settings: Settings = {
    ...defaults,
    organisation: String(byKey.get("organisation")?.value ?? "").trim(),
    frameworkYear,
    passMark: applied.framework.passMark,
    weights: Object.fromEntries(applied.framework.tools.map((t) => [t.id, t.weight])) as Settings["weights"],
    language,
    thaiDigits: tick?.ok ? tick.value : false,
  };
  if (!found) problems.push(reportProblem("warning", "settings.missing", { year: fiscalYear }));
  return { settings, framework: applied.framework, problems };
}

function whereOf(byKey: Map<string, { where: ReturnType<typeof rawRows>[number] }>, key: string) {
  const raw = byKey.get(key)?.where;
  return raw ? { sheet: raw.sheet, cell: raw.cells?.value } : { sheet: "ITA_Settings" };
}
