import { formatTable, growth, median, medianMs, round } from "../../bench/lib";

describe("bench helpers", () => {
  it("takes the median of odd and even counts without reordering the input", () => {
    const values = [5, 1, 3];
    expect(median(values)).toBe(3);
    expect(values).toEqual([5, 1, 3]);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow("median of no values");
  });

  it("times the calls it is given, after the warm-up", async () => {
    let calls = 0;
    const ms = await medianMs(() => calls++, 5, 2);
    expect(calls).toBe(7);
    expect(ms).toBeGreaterThanOrEqual(0);
  });

  it("reports growth per step between sizes, in size order", () => {
    const bySize = new Map([
      [10_000, 40],
      [1_000, 4],
      [100_000, 800],
    ]);
    expect(growth("plan", bySize)).toEqual({
      "plan.growth.1000→10000": 10,
      "plan.growth.10000→100000": 20,
    });
  });

  it("rounds by magnitude and prints one line per figure under its section", () => {
    expect([round(1.23456), round(123.456), round(12345.6)]).toEqual([1.23, 123.5, 12346]);
    const text = formatTable({ core: { "plan.ms": 1234.5, status: "not present" } });
    expect(text.split("\n")).toEqual([
      "",
      "core",
      "  plan.ms               1,234.5",
      "  status                not present",
    ]);
  });
});
