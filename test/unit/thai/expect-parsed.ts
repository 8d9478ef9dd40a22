import type { Parsed } from "../../../src/domain/thai";

/** Asserts a failure with this code whose Thai and English messages both quote the offending text. */
export function expectFailure<T>(result: Parsed<T>, code: string, offending: string): void {
  expect(result).toMatchObject({ ok: false, code });
  if (result.ok) return;
  expect(result.th).toContain(offending);
  expect(result.en).toContain(offending);
}

export function expectValue<T>(result: Parsed<T>, value: T): void {
  expect(result).toEqual({ ok: true, value });
}
