import type { Texts } from "../i18n";

/*
 * The words of the Plan view, Thai first: they load with its chunk, not with the pane's first
 * JavaScript; the view adds them (addTexts in i18n.ts) and reads them with the same `t()`.
 */
const th = {
  planHeading: "แผนปฏิบัติการป้องกันการทุจริต",
  planMissing: "ยังไม่มีตาราง ITA_Plan: สร้างชีต ITA หรือนำเข้าแผนจากเอกสารในแท็บนำเข้า",
  planSummary: "{projects} โครงการ/มาตรการ/กิจกรรม · งบประมาณรวม {budget} บาท",
  planQuarterCounts: "จำนวนโครงการที่ดำเนินการในไตรมาส 1–4:",
  planByDimension: "งบประมาณตามมิติ",
  planByQuarter: "รายไตรมาส (โครงการที่ดำเนินการหลายไตรมาสนับทุกไตรมาส)",
  planByOwner: "งบประมาณตามผู้รับผิดชอบ",
  planNoDimension: "ไม่ระบุมิติ",
  planNoOwner: "(ไม่ระบุ)",
  planSpentHeading: "งบประมาณเทียบกับการเบิกจ่าย",
  planSpent:
    "เบิกจ่ายแล้ว {spent} บาท จากงบประมาณ {budget} บาทของโครงการที่รายงานการเบิกจ่าย ({share}%) · คงเหลือ {remaining} บาท",
  planNoSpent: "ยังไม่มีโครงการที่กรอกยอดเบิกจ่ายจริง",
  planNoStatus: "ไม่ระบุสถานะ",
  planProblemsHeading: "ปัญหาในแผน ({count})",
  planNoProblems: "ไม่พบปัญหาในตารางแผน",
  colDimension: "มิติ",
  colProjects: "โครงการ",
  colBudget: "งบประมาณ (บาท)",
  colQuarter: "ไตรมาส",
  colOwner: "ผู้รับผิดชอบ",
  quarterN: "ไตรมาส {q}",
} as const;

export type PlanKey = keyof typeof th;

const en: Record<PlanKey, string> = {
  planHeading: "Anti-corruption action plan",
  planMissing: "There is no ITA_Plan table yet: create the ITA sheets, or import a plan in Import.",
  planSummary: "{projects} projects, measures or activities · total budget {budget} baht",
  planQuarterCounts: "Projects run in quarters 1–4:",
  planByDimension: "Budget by dimension",
  planByQuarter: "By quarter (a project run in several quarters counts in each)",
  planByOwner: "Budget by responsible division",
  planNoDimension: "No dimension given",
  planNoOwner: "(not stated)",
  planSpentHeading: "Budget against spending",
  planSpent:
    "{spent} baht spent of the {budget} baht budgeted for the projects that report spending ({share}%) · {remaining} baht left",
  planNoSpent: "No project reports its spending yet.",
  planNoStatus: "No status",
  planProblemsHeading: "Problems in the plan ({count})",
  planNoProblems: "No problem found in the plan table.",
  colDimension: "Dimension",
  colProjects: "Projects",
  colBudget: "Budget (baht)",
  colQuarter: "Quarter",
  colOwner: "Responsible",
  quarterN: "Quarter {q}",
};

export const PLAN_TEXTS: Texts<PlanKey> = { th, en };
