/**
 * The errors a worksheet function returns. Excel shows the message of #VALUE! and #N/A in the
 * cell's error indicator, so every message says what is wrong and where.
 */

/** #VALUE!: an argument is wrong. #N/A: a value the result needs is blank (unknown). */
export type FunctionErrorKind = "invalidValue" | "notAvailable";

/** Excel cuts longer messages; we cut them ourselves so the end of a message is never lost mid-word. */
export const MAX_MESSAGE_LENGTH = 255;

function fit(message: string): string {
  if (message.length <= MAX_MESSAGE_LENGTH) return message;
  return `${message.slice(0, MAX_MESSAGE_LENGTH - 1)}…`;
}

/**
 * An Excel error carrying a message. Outside Excel (browser preview, Node, Jest) the
 * CustomFunctions runtime is absent, so a RangeError carries the same message.
 */
export function functionError(kind: FunctionErrorKind, message: string): CustomFunctions.Error | RangeError {
  const text = fit(message);
  if (typeof CustomFunctions !== "undefined" && typeof CustomFunctions.Error === "function") {
    return new CustomFunctions.Error(CustomFunctions.ErrorCode[kind], text);
  }
  return new RangeError(text);
}

export const invalidValue = (message: string) => functionError("invalidValue", message);
export const notAvailable = (message: string) => functionError("notAvailable", message);
