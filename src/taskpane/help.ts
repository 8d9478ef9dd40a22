/**
 * The help page's function reference, drawn from functions.json (generated from the JSDoc of
 * src/functions/functions.ts), so each function's @helpurl anchor exists and its text can never
 * drift from what Excel shows. Text only: nothing from the metadata becomes markup.
 */
export interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters?: { name: string; description?: string; optional?: boolean }[];
}

/** The anchor of a function's help section: its name in lower case ("fiscalyear"). */
export const helpAnchor = (fn: FunctionMetadata): string => fn.name.toLowerCase();

function element<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  text?: string,
): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  if (text !== undefined) el.textContent = text;
  return el;
}

export function renderFunctions(
  doc: Document,
  container: HTMLElement,
  functions: readonly FunctionMetadata[],
): void {
  for (const fn of functions) {
    const params = (fn.parameters ?? []).map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ");
    const heading = element(doc, "h2");
    heading.id = helpAnchor(fn);
    heading.append(element(doc, "code", `ITA.${fn.name}(${params})`));
    container.append(heading, element(doc, "p", fn.description ?? ""));
    const list = element(doc, "ul");
    for (const p of fn.parameters ?? [])
      list.append(element(doc, "li", `${p.name}${p.optional ? " (optional)" : ""}: ${p.description ?? ""}`));
    container.append(list);
  }
}

async function main(): Promise<void> {
  const container = document.getElementById("functions");
  if (!container) return;
  const response = await fetch("functions.json");
  const { functions } = (await response.json()) as { functions: FunctionMetadata[] };
  renderFunctions(document, container, functions);
  const target = location.hash ? document.getElementById(location.hash.slice(1)) : null;
  target?.scrollIntoView();
}

if (typeof document !== "undefined" && document.getElementById("functions")) void main();
