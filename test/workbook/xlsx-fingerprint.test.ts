import fc from "fast-check";
import { fingerprint, fnv1a64 } from "../../src/workbook/fingerprint";
import type { CellValue } from "../../src/workbook/model";

/** The textbook FNV-1a 64 with BigInt: slow, obviously right, to check the limb arithmetic against. */
function reference(bytes: Uint8Array): string {
  const prime = 0x100000001b3n;
  let hash = 0xcbf29ce484222325n;
  for (const byte of bytes) hash = ((hash ^ BigInt(byte)) * prime) & 0xffffffffffffffffn;
  return hash.toString(16).padStart(16, "0");
}

const utf8 = (s: string) => new TextEncoder().encode(s);

describe("fnv1a64", () => {
  it("matches the published test vectors", () => {
    expect(fnv1a64(utf8(""))).toBe("cbf29ce484222325");
    expect(fnv1a64(utf8("a"))).toBe("af63dc4c8601ec8c");
    expect(fnv1a64(utf8("foobar"))).toBe("85944171f73967e8");
  });

  it("matches a BigInt implementation on any bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(fnv1a64(bytes)).toBe(reference(bytes));
      }),
      { numRuns: 300 },
    );
  });
});

describe("fingerprint", () => {
  const headers = ["ลำดับ", "งบประมาณ"];
  const of = (rows: CellValue[][], address = "A1:B3") => fingerprint(address, headers, rows);

  it("is 16 hex digits and stable", () => {
    const rows: CellValue[][] = [
      ["1", 100],
      ["2", null],
    ];
    expect(of(rows)).toMatch(/^[0-9a-f]{16}$/);
    expect(of(rows)).toBe(of(rows.map((r) => [...r])));
    // Pinned (and checked by hand in Python): the Office.js adapter must give these very digests.
    expect(of(rows)).toBe("606966087c58a2ed");
    expect(fingerprint("C4:E5", ["a", "b", "c"], [[true, { error: "#REF!" }, 0.1]])).toBe("dd652fe5bae8ede7");
  });

  it("treats equal numbers alike, down to Excel's 15 significant digits", () => {
    expect(of([[1, 0.1 + 0.2]])).toBe(of([[1.0, 0.3]]));
    expect(of([[-0, 1e21]])).toBe(of([[0, 1e21]]));
    expect(of([[1]])).not.toBe(of([[1.5]]));
  });

  it("tells the kinds of value apart", () => {
    const variants: CellValue[] = [
      null,
      "",
      true,
      "TRUE",
      1,
      "1",
      false,
      0,
      "0",
      { error: "#N/A" },
      "#N/A",
      "null",
    ];
    const digests = variants.map((v) => of([[v]]));
    expect(new Set(digests).size).toBe(variants.length);
  });

  it("cannot be fooled by moving text between cells or rows", () => {
    expect(of([["ab", "c"]])).not.toBe(of([["a", "bc"]]));
    expect(of([["a"], ["b"]])).not.toBe(of([["a", "b"]]));
    expect(of([["a"], ["b"]])).not.toBe(of([["b"], ["a"]]));
    expect(fingerprint("A1:B3", ["a,b"], [])).not.toBe(fingerprint("A1:B3", ["a", "b"], []));
  });

  it("depends on the address, written any way Excel writes it", () => {
    expect(of([], "A1:B3")).toBe(of([], "Sheet1!$A$1:$B$3"));
    expect(of([], "a1:b3")).toBe(of([], "'แผน งาน'!A1:B3"));
    expect(of([], "A1:B3")).not.toBe(of([], "A2:B4"));
  });
});
