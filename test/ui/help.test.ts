/** @jest-environment jsdom */
import path from "node:path";
import { helpAnchor, renderFunctions, type FunctionMetadata } from "../../src/taskpane/help";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { generateCustomFunctionsMetadata } = require("custom-functions-metadata") as {
  generateCustomFunctionsMetadata(input: string): Promise<{ metadataJson: string }>;
};

describe("the help page", () => {
  it("has an anchor for every function's help URL, and renders metadata as text only", async () => {
    const { metadataJson } = await generateCustomFunctionsMetadata(
      path.resolve(__dirname, "../../src/functions/functions.ts"),
    );
    const functions = (JSON.parse(metadataJson) as { functions: FunctionMetadata[] }).functions;
    const container = document.createElement("div");
    renderFunctions(document, container, [
      ...functions,
      { id: "X", name: "EVIL", description: "<img src=x onerror=alert(1)>" },
    ]);
    expect(functions).toHaveLength(14);
    for (const fn of functions) {
      const fragment = new URL(fn.helpUrl!).hash.slice(1);
      expect([fn.name, fragment]).toEqual([fn.name, helpAnchor(fn)]);
      expect(container.querySelector(`#${fragment}`)?.textContent).toContain(`ITA.${fn.name}(`);
    }
    expect(container.querySelector("img")).toBeNull();
    expect(container.textContent).toContain("<img src=x onerror=alert(1)>");
  });
});
