import fc from "fast-check";
import { formatFixed, roundHalfUp } from "../../src/domain/round";

describe("half-up rounding", () => {
  it.each([
    [518.97 / 6, "86.50"],
    [88.125, "88.13"],
    [80.105, "80.11"],
    [78.155, "78.16"],
    [1.005, "1.01"],
    [84.14223, "84.14"],
    [-2.675, "-2.68"],
    [0, "0.00"],
  ])("%p shows as %s", (value, shown) => expect(formatFixed(value)).toBe(shown));

  it("leaves non-finite values alone", () => {
    expect(roundHalfUp(Number.NaN)).toBeNaN();
    expect(roundHalfUp(Infinity)).toBe(Infinity);
  });

  it("never moves a value by more than half a unit of the last place", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 4 }), (v, d) => {
        expect(Math.abs(roundHalfUp(v, d) - v)).toBeLessThanOrEqual(0.5 * 10 ** -d + Math.abs(v) * 1e-12);
      }),
    );
  });

  it("rounds exact halves of cents up, whatever their binary form", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (n) => {
        // n + 0.5 thousandths of a cent: always rounds to the next cent, never down.
        const value = (n * 10 + 5) / 1000;
        expect(Math.round(roundHalfUp(value, 2) * 100)).toBe(n + 1);
      }),
    );
  });
});
