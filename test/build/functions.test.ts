/**
 * The custom functions as plain exports (no Excel), and the metadata their JSDoc produces.
 */
import path from "node:path";
import { fiscalYearOf } from "../../src/functions/functions";

type GenerateResult = {
  metadataJson: string;
  errors: string[];
  associate: Array<{ id: string; functionName: string }>;
};
// The generator behind custom-functions-metadata-plugin (installed with it).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { generateCustomFunctionsMetadata } = require("custom-functions-metadata") as {
  generateCustomFunctionsMetadata(input: string): Promise<GenerateResult>;
};

const FUNCTIONS_FILE = path.resolve(__dirname, "../../src/functions/functions.ts");

/** Enough of the CustomFunctions runtime for the functions to build their errors. */
class FakeCustomFunctionsError {
  constructor(
    public code: string,
    public message?: string,
  ) {}
}

function withFakeRuntime(run: () => void): void {
  const global = globalThis as { CustomFunctions?: unknown };
  global.CustomFunctions = { Error: FakeCustomFunctionsError, ErrorCode: { invalidValue: "#VALUE!" } };
  try {
    run();
  } finally {
    delete global.CustomFunctions;
  }
}

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
}

describe("FISCALYEAR", () => {
  it.each([
    [45383, undefined, 2567], // 2024-04-01
    [45200, undefined, 2567], // 2023-10-01, the first day of fiscal year 2567
    [45199, undefined, 2566], // 2023-09-30, the last day of fiscal year 2566
    [45292, undefined, 2567], // 2024-01-01
    [45383, "CE", 2024],
    [45383, "ce", 2024],
    [45383, " BE ", 2567],
    [45383, "", 2567],
    [45383.75, undefined, 2567], // a date with a time of day
  ])("FISCALYEAR(%p, %p) = %p", (serial, era, expected) => {
    expect(fiscalYearOf(serial, era)).toBe(expected);
  });

  it("treats a missing optional era (Excel passes null) as BE", () => {
    expect(fiscalYearOf(45383, null as unknown as string)).toBe(2567);
  });

  it("returns #VALUE! with a message for a bad era", () => {
    withFakeRuntime(() => {
      const error = thrown(() => fiscalYearOf(45383, "AD"));
      expect(error).toBeInstanceOf(FakeCustomFunctionsError);
      expect(error).toMatchObject({ code: "#VALUE!", message: expect.stringContaining('"AD"') });
    });
  });

  it.each([0, -5, Number.NaN, Number.POSITIVE_INFINITY, 2958466])("returns #VALUE! for date %p", (serial) => {
    withFakeRuntime(() => {
      expect(thrown(() => fiscalYearOf(serial))).toMatchObject({ code: "#VALUE!" });
    });
  });

  it("throws a RangeError with the same message outside Excel", () => {
    expect(() => fiscalYearOf(45383, "AD")).toThrow(RangeError);
    expect(() => fiscalYearOf(0)).toThrow(/Excel date/);
  });
});

describe("functions.json generated from the JSDoc", () => {
  it("describes ITA.FISCALYEAR with a number date and an optional string era", async () => {
    const result = await generateCustomFunctionsMetadata(FUNCTIONS_FILE);
    expect(result.errors).toEqual([]);
    expect(result.associate).toEqual([
      expect.objectContaining({ id: "FISCALYEAR", functionName: "fiscalYearOf" }),
    ]);
    const { functions } = JSON.parse(result.metadataJson) as {
      functions: Array<{
        id: string;
        helpUrl: string;
        parameters: Array<{ name: string; type: string; optional?: boolean }>;
        result: { type: string };
      }>;
    };
    expect(functions).toHaveLength(1);
    const fn = functions[0];
    expect(fn?.id).toBe("FISCALYEAR");
    expect(fn?.helpUrl).toBe("https://localhost:3000/help.html#fiscalyear");
    expect(fn?.parameters.map((p) => [p.name, p.type, p.optional ?? false])).toEqual([
      ["date", "number", false],
      ["era", "string", true],
    ]);
    expect(fn?.result.type).toBe("number");
  });
});
