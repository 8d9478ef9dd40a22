/**
 * A small XML reader for offline manifest checks: it enforces well-formedness (one root, matched and
 * nested tags, quoted and unique attributes, known entities, no "--" inside comments) and returns
 * an element tree. No DTDs, no namespaces resolution: names keep their prefixes ("bt:Image").
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** Text directly inside this element, entities decoded, whitespace kept. */
  text: string;
  line: number;
}

export class XmlError extends Error {
  constructor(message: string, line: number) {
    super(`line ${line}: ${message}`);
  }
}

const NAME = /^[A-Za-z_][\w.:-]*$/;
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(text: string, line: number): string {
  return text.replace(/&([^;\s&]*);?/g, (whole, ref: string) => {
    if (!whole.endsWith(";")) throw new XmlError(`unterminated entity "${whole}"`, line);
    if (ref in ENTITIES) return ENTITIES[ref] as string;
    const numeric = /^#(x[0-9a-fA-F]+|[0-9]+)$/.exec(ref);
    if (numeric?.[1]) {
      const code = numeric[1].startsWith("x") ? parseInt(numeric[1].slice(1), 16) : parseInt(numeric[1], 10);
      return String.fromCodePoint(code);
    }
    throw new XmlError(`unknown entity "&${ref};"`, line);
  });
}

function parseAttributes(source: string, line: number): Record<string, string> {
  const attributes: Record<string, string> = {};
  const re = /\s*([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')|\s*(\S+)/g;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    if (m[5] !== undefined) throw new XmlError(`malformed attribute near "${m[5]}"`, line);
    const name = m[1] as string;
    const value = m[3] ?? m[4] ?? "";
    if (!NAME.test(name)) throw new XmlError(`bad attribute name "${name}"`, line);
    if (name in attributes) throw new XmlError(`duplicate attribute "${name}"`, line);
    if (value.includes("<")) throw new XmlError(`"<" in the value of attribute "${name}"`, line);
    attributes[name] = decode(value, line);
  }
  return attributes;
}

export function parseXml(source: string): XmlElement {
  const text = source.replace(/^\uFEFF/, "");
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let pos = 0;
  const lineAt = (i: number) => text.slice(0, i).split("\n").length;

  const addText = (raw: string, at: number) => {
    const current = stack[stack.length - 1];
    if (current) {
      current.text += decode(raw, lineAt(at));
    } else if (raw.trim() !== "") {
      throw new XmlError("text outside the root element", lineAt(at));
    }
  };

  while (pos < text.length) {
    const lt = text.indexOf("<", pos);
    if (lt < 0) {
      addText(text.slice(pos), pos);
      break;
    }
    addText(text.slice(pos, lt), pos);
    const line = lineAt(lt);
    if (text.startsWith("<!--", lt)) {
      const end = text.indexOf("-->", lt + 4);
      if (end < 0) throw new XmlError("unterminated comment", line);
      if (text.slice(lt + 4, end).includes("--")) throw new XmlError('"--" inside a comment', line);
      pos = end + 3;
    } else if (text.startsWith("<![CDATA[", lt)) {
      const end = text.indexOf("]]>", lt);
      if (end < 0 || stack.length === 0) throw new XmlError("bad CDATA section", line);
      (stack[stack.length - 1] as XmlElement).text += text.slice(lt + 9, end);
      pos = end + 3;
    } else if (text.startsWith("<?", lt)) {
      const end = text.indexOf("?>", lt);
      if (end < 0) throw new XmlError("unterminated processing instruction", line);
      if (/^<\?xml\s/i.test(text.slice(lt, lt + 6)) && lt !== 0) {
        throw new XmlError("the XML declaration must come first", line);
      }
      pos = end + 2;
    } else if (text.startsWith("<!DOCTYPE", lt)) {
      const end = text.indexOf(">", lt);
      if (end < 0 || root || stack.length) throw new XmlError("bad DOCTYPE", line);
      pos = end + 1;
    } else if (text.startsWith("</", lt)) {
      const end = text.indexOf(">", lt);
      if (end < 0) throw new XmlError("unterminated end tag", line);
      const name = text.slice(lt + 2, end).trim();
      const open = stack.pop();
      if (!open) throw new XmlError(`end tag </${name}> without a start tag`, line);
      if (open.name !== name)
        throw new XmlError(`</${name}> closes <${open.name}> (line ${open.line})`, line);
      pos = end + 1;
    } else {
      const end = findTagEnd(text, lt);
      if (end < 0) throw new XmlError("unterminated start tag", line);
      const selfClosing = text[end - 1] === "/";
      const inner = text.slice(lt + 1, selfClosing ? end - 1 : end);
      const nameMatch = /^[^\s/>]+/.exec(inner);
      const name = nameMatch?.[0] ?? "";
      if (!NAME.test(name)) throw new XmlError(`bad element name "${name}"`, line);
      const element: XmlElement = {
        name,
        attributes: parseAttributes(inner.slice(name.length), line),
        children: [],
        text: "",
        line,
      };
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(element);
      else if (root) throw new XmlError(`second root element <${name}>`, line);
      else root = element;
      if (!selfClosing) stack.push(element);
      pos = end + 1;
    }
  }
  const unclosed = stack.pop();
  if (unclosed) throw new XmlError(`<${unclosed.name}> is never closed`, unclosed.line);
  if (!root) throw new XmlError("no root element", 1);
  return root;
}

/** Index of the ">" that ends the tag starting at `start`, skipping quoted attribute values. */
function findTagEnd(text: string, start: number): number {
  let quote: string | null = null;
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === ">") {
      return i;
    } else if (c === "<") {
      return -1;
    }
  }
  return -1;
}

/** Every element of the tree, depth first, the root included. */
export function allElements(root: XmlElement): XmlElement[] {
  return [root, ...root.children.flatMap(allElements)];
}

export function childrenNamed(parent: XmlElement, name: string): XmlElement[] {
  return parent.children.filter((c) => c.name === name);
}

export function onlyChild(parent: XmlElement, name: string): XmlElement {
  const found = childrenNamed(parent, name);
  if (found.length !== 1) {
    throw new Error(`<${parent.name}> (line ${parent.line}) has ${found.length} <${name}>, expected 1`);
  }
  return found[0] as XmlElement;
}
