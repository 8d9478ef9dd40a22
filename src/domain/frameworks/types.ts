/** The shape of a year's assessment framework. Instances are JSON data files in ./data. */
export type ToolId = "IIT" | "EIT" | "OIT";
export const TOOL_IDS: readonly ToolId[] = ["IIT", "EIT", "OIT"];

export interface Named {
  th: string;
  en: string;
}

/**
 * How a tool's indicators come from raw scores:
 * - questions: indicator = mean of its questions (IIT);
 * - parts: indicator = mean over survey parts of the mean of its questions in that part (EIT);
 * - items: item → sub-indicator mean → indicator mean (OIT, items scored 0 or 100).
 */
export type ToolMethod = "questions" | "parts" | "items";

export interface Tool extends Named {
  id: ToolId;
  weight: number;
  method: ToolMethod;
  parts?: number[];
  itemValues?: number[];
}

export interface SubIndicator extends Named {
  id: string;
  items: string[];
}

export interface Indicator extends Named {
  no: number;
  tool: ToolId;
  questions?: string[];
  subIndicators?: SubIndicator[];
}

export interface OitItem extends Named {
  id: string;
  sub: string;
  verified?: boolean;
}

/** A level (ระดับ) or letter band; the first rule, best first, whose conditions hold applies. */
export interface LevelRule extends Named {
  id: string;
  minOverall: number;
  minEachTool?: number;
}

export interface Framework extends Named {
  id: string;
  years: number[];
  passMark: number;
  tools: Tool[];
  indicators: Indicator[];
  oitItems: OitItem[];
  levels: LevelRule[];
}

/** What a workbook may change in its framework (ITA_Settings). */
export interface FrameworkOverride {
  passMark?: number;
  weights?: Partial<Record<ToolId, number>>;
  levels?: LevelRule[];
}
