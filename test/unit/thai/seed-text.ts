/**
 * Rows of the plan table in /work/shared/seeds/001_335952938b5b61de.txt (lines 7–28), copied
 * byte for byte: tab-separated ลำดับ, name, มิติ, งบประมาณ, quarters 1–4, หมายเหตุ.
 */
export const PLAN_ROWS: readonly string[] = [
  '1\tมาตรการ “ส่งเสริมการปฏิบัติงานตามประมวลจริยธรรมขององค์การบริหารส่วนตำบลคลองเกตุ”\t1\t0.00\t<input checked="" type="checkbox"/>\t\t\t\t',
  '2\tโครงการป้องกันผลประโยชน์ทับซ้อนขององค์การบริหารส่วนตำบลคลองเกตุ\t1\t0.00\t\t<input checked="" type="checkbox"/>\t\t\t',
  '3\tโครงการเผยแพร่ประชาสัมพันธ์ความรู้ด้านกฎหมายและระเบียบที่เกี่ยวข้องกับการปฏิบัติงานให้แก่บุคลากรองค์กรปกครองส่วนท้องถิ่น ผู้บริหารและสมาชิกสภาท้องถิ่น\t1\t0.00\t<input checked="" type="checkbox"/>\t\t\t\t',
  '4\tโครงการส่งเสริมการบริหารงานตามหลักธรรมาภิบาลเพื่อป้องกันการทุจริต\t1\t0.00\t\t<input checked="" type="checkbox"/>\t\t\t',
  '5\tโครงการปลูกฝังวิธีคิดแยกแยะผลประโยชน์ส่วนตนและผลประโยชน์ส่วนรวม\t1\t0.00\t\t\t<input checked="" type="checkbox"/>\t\t',
  '6\tมาตรการ NO Gift Policy\t2\t0.00\t\t\t\t<input checked="" type="checkbox"/>\t',
  '7\tมาตรการการสร้างโปร่งใสในการบริหารงานบุคคล\t2\t0.00\t\t<input checked="" type="checkbox"/>\t\t\t',
  '8\tมาตรการแสดงเจตนาภมณในการนำหลักคุณธรรมมาใช้ในการบริหารงานของผู้บริหารองค์การบริหารส่วนตำบลคลองเกตุด้วยการจัดทำแผนปฏิบัติการป้องกันการทุจริตเพื่อยกระดับคุณธรรมและความโปร่งใส\t2\t0.00\t\t\t<input checked="" type="checkbox"/>\t\t',
  '9\tมาตรการปรับปรุงและพัฒนาศูนย์ข้อมูลข่าวสารเพื่อเผยแพร่ข้อมูลข่าวสารแก่ประชาชน\t2\t0.00\t\t\t<input checked="" type="checkbox"/>\t\t',
  '10\tมาตรการเปิดเผยข้อมูลสาธารณะ และกำกับติดตามการเผยแพร่ข้อมูลสาธารณะขององค์การบริหารส่วนตำบลคลองเกตุ\t2\t0.00\t\t\t\t<input checked="" type="checkbox"/>\t',
  '11\tกิจกรรมส่งเสริมชุมชนเฝ้าระวังการทุจริต\t3\t0.00\t\t<input checked="" type="checkbox"/>\t\t\t',
  '12\tมาตรการจัดการเรื่องร้องทุกข์/ร้องเรียนขององค์การบริหารส่วนตำบลคลองเกตุ\t3\t0.00\t<input checked="" type="checkbox"/>\t\t\t\t',
  '13\tโครงการสร้างเครือข่ายภาคประชาชนเพื่อเฝ้าระวังการทุจริตขององค์การบริหารส่วนตำบลคลองเกตุ\t3\t5,000.00\t\t<input checked="" type="checkbox"/>\t\t\t',
  '14\tมาตรการจัดการในกรณีได้ทราบ หรือรับแจ้ง หรือตรวจสอบพบการทุจริตขององค์การบริหารส่วนตำบลคลองเกตุ\t4\t0.00\t<input checked="" type="checkbox"/>\t\t\t\t',
  '15\tโครงการส่งเสริมความรู้ด้านกฎ ระเบียบ และกฎหมายที่เกี่ยวข้องสำหรับผู้บริหารและสมาชิกสภาท้องถิ่น\t4\t5,000.00\t\t\t<input checked="" type="checkbox"/>\t\t',
  '16\tกิจกรรมติดตามประเมินผลการควบคุมภายใน\t4\t0.00\t\t\t\t<input checked="" type="checkbox"/>\t',
  "รวมทั้งสิ้น\t\t\t10,000.00\t4\t5\t4\t3\t",
];

/** The line under the plan table in the same seed. */
export const PLAN_DATE_LINE = "** ข้อมูล ณ วันที่ 03 เมษายน 2567";
/** Budget lines of the project sheets in the same seed (lines 84 and 271). */
export const PLAN_NO_BUDGET_LINE = "ดำเนินการโดยไม่ใช้งบประมาณ";
export const PLAN_BUDGET_SENTENCE = "งบประมาณ จำนวน ๕๐๐๐ บาท";
/** Period lines: seed 001 line 80 and seed 002 lines 62 and 71. */
export const PLAN_PERIOD_LINE = "ปีงบประมาณ พ.ศ. ๒๕๖๗";
export const MEASURE_PERIOD_EN_DASH = "ตุลาคม ๒๕๖๔ – กันยายน ๒๕๖๕";
export const MEASURE_PERIOD_HYPHEN = "ตุลาคม ๒๕๖๔ - กันยายน ๒๕๖๕";
/** Memo date, /work/shared/seeds/002_2065e0d738ff9e85.txt line 11. */
export const MEMO_DATE_LINE = "วันที่ ๙ กุมภาพันธ์ ๒๕๖๖";
