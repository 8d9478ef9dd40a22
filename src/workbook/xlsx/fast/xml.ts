/**
 * The little XML the fast reader needs, decoded as ExcelJS's parser (saxes) decodes it: line
 * endings normalised, the five named entities and numeric character references.
 */
import { Unsupported } from "./unsupported";

const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function entity(whole: string, body: string): string {
  if (body.startsWith("#x") || body.startsWith("#X"))
    return String.fromCodePoint(parseInt(body.slice(2), 16));
  if (body.startsWith("#")) return String.fromCodePoint(parseInt(body.slice(1), 10));
  const named = NAMED[body];
  if (named === undefined) throw new Unsupported(`unknown XML entity ${whole}`);
  return named;
}

/** Text content as the parser hands it over. */
export function decodeText(raw: string): string {
  const text = raw.includes("\r") ? raw.replace(/\r\n?/g, "\n") : raw;
  return text.includes("&") ? text.replace(/&(#?[0-9A-Za-z]+);/g, entity) : text;
}

const patterns = new Map<string, RegExp>();

/** An attribute's value from an opening tag, decoded; undefined when absent. */
export function attribute(tag: string, name: string): string | undefined {
  const at = tag.indexOf(` ${name}="`);
  if (at >= 0) {
    const start = at + name.length + 3;
    return decodeText(tag.slice(start, tag.indexOf('"', start)));
  }
  // Rarer spellings: single quotes, other white space, spaces around "=".
  if (!tag.includes(name)) return undefined;
  let pattern = patterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`\\s${name.replace(":", "\\:")}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    patterns.set(name, pattern);
  }
  const other = pattern.exec(tag);
  return other ? decodeText(other[1] ?? other[2] ?? "") : undefined;
}

/** Every opening (or empty) tag named `name` (any namespace prefix) in document order. */
export function tags(xml: string, name: string): string[] {
  return [...xml.matchAll(new RegExp(`<(?:\\w+:)?${name}\\b[^>]*>`, "g"))].map((m) => m[0]);
}

/** ExcelJS's second decoding of `t="str"` values (its utils.xmlDecode): named entities only. */
export function xmlDecodeAgain(text: string): string {
  return text.replace(/&([a-z]*);/g, (whole, name: string) => NAMED[name] ?? whole);
}

/** `_x000D_` escapes, as ExcelJS decodes them in shared strings (upper-case hex only). */
export const decodeEscapes = (text: string): string =>
  text.includes("_x")
    ? text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;
