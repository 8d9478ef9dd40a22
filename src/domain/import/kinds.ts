import { tableDef, type ColumnKind, type TableName } from "../../workbook/schema";
import type { ImportKind } from "./types";

/** What each kind of table becomes and how its rows behave. */
export interface KindSpec {
  kind: ImportKind;
  table: TableName;
  /** Keys every imported row carries (null when the document has no such column). */
  keys: readonly string[];
  /** The header must name one key of each group. */
  required: readonly (readonly string[])[];
  /** An empty cell here, with only long text beside it, makes a continuation row. */
  keyField?: string;
  /** Keys a blank cell takes from the row above (a group's label printed on its first row only). */
  carry?: readonly string[];
  /** Carried keys whose blank may be a mistake rather than a merged cell: reported once per table. */
  carryNotice?: readonly string[];
  /** Keys that several columns may feed (their texts are joined). */
  multi?: readonly string[];
}

export const KIND_SPECS: readonly KindSpec[] = [
  {
    kind: "plan",
    table: "ITA_Plan",
    keys: [
      "seq",
      "name",
      "dimension",
      "budget",
      "q1",
      "q2",
      "q3",
      "q4",
      "owner",
      "spent",
      "status",
      "remarks",
    ],
    required: [["name"], ["dimension", "budget", "quarters", "q1", "q2", "q3", "q4", "budget_year"]],
    keyField: "seq",
    carry: ["dimension"],
    carryNotice: ["dimension"],
  },
  {
    kind: "measures",
    table: "ITA_Measures",
    keys: [
      "seq",
      "group",
      "measure",
      "method",
      "period",
      "owner",
      "indicator",
      "round",
      "result",
      "outcome",
      "suggestion",
      "status",
    ],
    required: [["measure"], ["method", "result", "outcome", "suggestion", "period", "owner", "round"]],
    keyField: "measure",
    carry: ["group"],
    multi: ["method", "round"],
  },
  {
    kind: "indicatorProgress",
    table: "ITA_IndicatorProgress",
    keys: ["indicator", "approach", "owner", "period", "status", "note"],
    required: [["indicator"], ["approach"]],
    keyField: "indicator",
    carry: ["indicator"],
  },
  {
    kind: "oitProgress",
    table: "ITA_OITProgress",
    keys: ["id", "title", "component", "owner", "status", "evidence", "note"],
    required: [["id"], ["title", "component"]],
    keyField: "id",
  },
  {
    kind: "indicatorScores",
    table: "ITA_IndicatorScores",
    keys: ["no", "name", "score"],
    required: [["no"], ["score"]],
  },
  {
    kind: "questionScores",
    table: "ITA_QuestionScores",
    keys: ["id", "tool", "part", "score"],
    required: [["id"], ["score"]],
  },
  {
    kind: "toolSummary",
    table: "ITA_ToolScores",
    keys: ["key", "score", "level", "decimals"],
    required: [["label"], ["score"]],
  },
];

const BY_KIND = new Map(KIND_SPECS.map((s) => [s.kind, s]));
export const specOf = (kind: ImportKind): KindSpec => BY_KIND.get(kind)!;

/** How a key's cells are read: the managed table's column kind; fiscal-year budgets are money. */
export function columnKind(spec: KindSpec, key: string): ColumnKind {
  if (key.startsWith("budget_")) return "money";
  if (key === "quarters") return "text";
  return tableDef(spec.table).columns.find((c) => c.key === key)?.kind ?? "text";
}

/** Long text is what spills over a page break; a continuation row holds nothing else. */
export const isLongText = (spec: KindSpec, key: string): boolean => columnKind(spec, key) === "longText";
