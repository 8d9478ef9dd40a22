import fc from "fast-check";
import { frameworkFor, questionIndex, type Framework } from "../../src/domain/frameworks";
import { score, type QuestionScore } from "../../src/domain/scoring";

const fw: Framework = (() => {
  const lookup = frameworkFor(2566);
  if (!lookup.ok) throw new Error("no framework");
  return lookup.framework;
})();

const scoreValue = fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100);
const tenScores = fc.array(scoreValue, { minLength: 10, maxLength: 10 });
const fromIndicators = (values: number[]) =>
  score(fw, { indicators: values.map((value, i) => ({ no: i + 1, value })) });

/** A complete set of question and item scores: i1–i30, e1–e15 in both parts, o1–o43 at 0 or 100. */
const questionSet: fc.Arbitrary<QuestionScore[]> = fc
  .tuple(
    fc.array(scoreValue, { minLength: 30, maxLength: 30 }),
    fc.array(scoreValue, { minLength: 30, maxLength: 30 }),
    fc.array(fc.boolean(), { minLength: 43, maxLength: 43 }),
  )
  .map(([iit, eit, oit]) => [
    ...iit.map((s, k) => ({ id: `i${k + 1}`, score: s })),
    ...eit.map((s, k) => ({ id: `e${(k % 15) + 1}`, part: k < 15 ? 1 : 2, score: s })),
    ...oit.map((published, k) => ({ id: `o${k + 1}`, score: published ? 100 : 0 })),
  ]);

describe("scoring properties", () => {
  it("keeps the overall within 0–100", () => {
    fc.assert(
      fc.property(tenScores, (values) => {
        const overall = fromIndicators(values).overall!;
        expect(overall).toBeGreaterThanOrEqual(0);
        expect(overall).toBeLessThanOrEqual(100 + 1e-9);
      }),
      { numRuns: 1000 },
    );
  });

  it("never lowers the overall when one score rises", () => {
    fc.assert(
      fc.property(tenScores, fc.integer({ min: 0, max: 9 }), scoreValue, (values, k, raise) => {
        const higher = [...values];
        higher[k] = Math.min(100, values[k]! + raise);
        expect(fromIndicators(higher).overall!).toBeGreaterThanOrEqual(
          fromIndicators(values).overall! - 1e-9,
        );
      }),
      { numRuns: 1000 },
    );
  });

  it("equals the weighted mean of the tool scores, each the mean of its indicators", () => {
    fc.assert(
      fc.property(tenScores, (values) => {
        const result = fromIndicators(values);
        const [iit, eit, oit] = result.tools.map((t) => t.score!);
        const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
        expect(iit).toBeCloseTo(mean(values.slice(0, 5)), 9);
        expect(eit).toBeCloseTo(mean(values.slice(5, 8)), 9);
        expect(oit).toBeCloseTo(mean(values.slice(8)), 9);
        expect(result.overall!).toBeCloseTo(0.3 * iit! + 0.3 * eit! + 0.4 * oit!, 9);
      }),
      { numRuns: 1000 },
    );
  });

  it("scores any complete question set completely, within range, without problems", () => {
    fc.assert(
      fc.property(questionSet, (questions) => {
        const result = score(fw, { questions });
        expect(result.problems).toEqual([]);
        expect(result.indicators.every((i) => i.complete && i.source === "computed")).toBe(true);
        expect(result.overall!).toBeGreaterThanOrEqual(0);
        expect(result.overall!).toBeLessThanOrEqual(100 + 1e-9);
      }),
      { numRuns: 300 },
    );
  });

  it("gives the same result whatever the order of the questions, repeats included", () => {
    fc.assert(
      fc.property(questionSet, fc.integer({ min: 1, max: 1000 }), (questions, seed) => {
        const shuffled = [...questions, ...questions.slice(0, seed % 20)].sort(
          (a, b) => ((a.id.length * seed + a.score) % 7) - ((b.id.length * seed + b.score) % 7),
        );
        expect(score(fw, { questions: shuffled }).overall).toBeCloseTo(score(fw, { questions }).overall!, 9);
      }),
      { numRuns: 300 },
    );
  });

  it("reports exactly the questions left out as missing", () => {
    fc.assert(
      fc.property(questionSet, fc.integer({ min: 1, max: 30 }), (questions, n) => {
        const dropped = `i${n}`;
        const result = score(fw, { questions: questions.filter((q) => q.id !== dropped) });
        const indicator = questionIndex(fw).get(dropped)!.indicator;
        const ind = result.indicators.find((i) => i.no === indicator)!;
        expect(ind.missing).toEqual([dropped]);
        expect(ind.source).toBe("partial");
      }),
      { numRuns: 100 },
    );
  });
});
