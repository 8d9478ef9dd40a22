import fc from "fast-check";
import { cleanText, hasThaiDigits, toArabicDigits, toThaiDigits } from "../../../src/domain/thai";

describe("toArabicDigits", () => {
  test.each([
    ["๐๑๒๓๔๕๖๗๘๙", "0123456789"],
    ["๑๐,๐๐๐.๐๐", "10,000.00"],
    ["วันที่ ๙ กุมภาพันธ์ ๒๕๖๖", "วันที่ 9 กุมภาพันธ์ 2566"],
    ["๕,๐๐x", "5,00x"],
    ["1๒3", "123"],
    ["１２３", "123"],
    ["ไม่มีตัวเลข", "ไม่มีตัวเลข"],
    ["", ""],
  ])("%s → %s", (input, expected) => {
    expect(toArabicDigits(input)).toBe(expected);
  });
});

describe("toThaiDigits", () => {
  test.each([
    ["0123456789", "๐๑๒๓๔๕๖๗๘๙"],
    ["10,000.00 บาท", "๑๐,๐๐๐.๐๐ บาท"],
    ["ต.ค. 65", "ต.ค. ๖๕"],
  ])("%s → %s", (input, expected) => {
    expect(toThaiDigits(input)).toBe(expected);
  });

  test("round-trips any text without Thai digits or full-width digits", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "binary" }).filter((s) => !/[\u0E50-\u0E59\uFF10-\uFF19]/.test(s)),
        (s) => toArabicDigits(toThaiDigits(s)) === s,
      ),
    );
  });
});

describe("hasThaiDigits", () => {
  test.each([
    ["๒๕๖๗", true],
    ["ปี ๖๗", true],
    ["2567", false],
    ["ตุลาคม", false],
    ["", false],
  ])("%s → %s", (input, expected) => {
    expect(hasThaiDigits(input)).toBe(expected);
  });

  test("gives the same answer when asked twice (no regex state between calls)", () => {
    expect([hasThaiDigits("๑"), hasThaiDigits("๑"), hasThaiDigits("๑")]).toEqual([true, true, true]);
  });
});

describe("cleanText", () => {
  test.each([
    ["  10,000.00\u00A0", "10,000.00"],
    ["\u200B๑๐\u200B๐", "๑๐๐"],
    ["ดำเนินการโดย\n  ไม่ใช้งบประมาณ", "ดำเนินการโดย ไม่ใช้งบประมาณ"],
    ["\uFEFF✔\uFE0F ", "✔"],
    ["a&nbsp;b&#160;c", "a b c"],
    ["soft\u00ADhyphen", "softhyphen"],
    ["\t\r\n", ""],
  ])("%j → %j", (input, expected) => {
    expect(cleanText(input)).toBe(expected);
  });
});
