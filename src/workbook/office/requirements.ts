import type { Problem } from "../../domain/problem";
import { OfficeAdapterError, skipped, type Feature } from "./messages";

/**
 * The ExcelApi requirement sets behind each feature the adapter uses. In Excel the checker is
 * `(v) => Office.context.requirements.isSetSupported("ExcelApi", v)`; tests pass their own.
 * A formatting feature the host lacks is skipped with a warning; what the adapter cannot work
 * without (ExcelApi 1.4) stops it with an OfficeAdapterError.
 */

export type Supports = (version: string) => boolean;

export const FEATURES = {
  base: { version: "1.4", th: "การอ่านและเขียนตาราง", en: "reading and writing tables" },
  conditionalFormats: { version: "1.6", th: "การจัดรูปแบบตามเงื่อนไข", en: "the conditional formats" },
  tabColor: { version: "1.7", th: "สีแท็บชีต", en: "the sheet tab colour" },
  freezePanes: { version: "1.7", th: "การตรึงแถวหัวตาราง", en: "freezing the header rows" },
  events: { version: "1.7", th: "การติดตามการแก้ไขชีต", en: "watching the sheets for edits" },
  dataValidation: {
    version: "1.8",
    th: "การตรวจค่าที่ป้อน (รายการให้เลือกและช่วงตัวเลข)",
    en: "the data validation (drop-down lists and number checks)",
  },
  pageLayout: {
    version: "1.9",
    th: "การตั้งค่าหน้ากระดาษ (A4 แนวนอน พอดีหนึ่งหน้ากว้าง)",
    en: "the page setup (A4 landscape, one page wide)",
  },
  specialCells: { version: "1.9", th: "การหาเซลล์สูตร", en: "finding formula cells" },
  rangeAreas: { version: "1.9", th: "การจัดรูปแบบหลายช่วงพร้อมกัน", en: "formatting several ranges at once" },
  multiAreaFormats: {
    version: "1.9",
    th: "การจัดรูปแบบตามเงื่อนไขที่ครอบคลุมหลายช่วง",
    en: "conditional formats over several ranges",
  },
  tableResize: { version: "1.13", th: "การปรับขนาดตาราง", en: "resizing a table" },
} satisfies Record<string, Feature>;

export type FeatureName = keyof typeof FEATURES;

/** Asks the host once per feature; collects one warning per skipped feature, naming the sheets. */
export class Features {
  private answers = new Map<string, boolean>();
  private skips = new Map<FeatureName, string[]>();
  constructor(private readonly supports: Supports) {}

  has(name: FeatureName): boolean {
    const { version } = FEATURES[name];
    let answer = this.answers.get(version);
    if (answer === undefined) {
      answer = this.supports(version);
      this.answers.set(version, answer);
    }
    return answer;
  }

  /** True when the feature may be used; otherwise records that it was skipped on `sheet`. */
  use(name: FeatureName, sheet: string): boolean {
    if (this.has(name)) return true;
    const sheets = this.skips.get(name) ?? [];
    if (!sheets.includes(sheet)) sheets.push(sheet);
    this.skips.set(name, sheets);
    return false;
  }

  requireBase(): void {
    if (!this.has("base")) throw new OfficeAdapterError("tooOld");
  }

  /** One warning per skipped feature, in the order of FEATURES. */
  warnings(): Problem[] {
    const order = Object.keys(FEATURES);
    return [...this.skips]
      .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
      .map(([name, sheets]) => skipped(FEATURES[name], sheets));
  }
}

/** Every requirement set supported: Excel on the web and Microsoft 365. */
export const supportsAll: Supports = () => true;
