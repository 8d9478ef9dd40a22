import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import prettier from "eslint-config-prettier";

/*
 * Text from documents and cells is data: nothing in src/ turns a string into markup or code, and
 * nothing in src/ talks to the network but to fetch the add-in's own files.
 * test/build/eslint-safety.test.ts lints a snippet of each to prove these rules fire.
 */
const NO_MARKUP = [
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: "No dangerouslySetInnerHTML: render text as React children (text from documents is data).",
  },
  {
    selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]",
    message: "No innerHTML/outerHTML: set textContent or render with React.",
  },
  {
    selector: "CallExpression[callee.property.name=/^(insertAdjacentHTML|createContextualFragment)$/]",
    message: "No insertAdjacentHTML/createContextualFragment: build elements, never parse markup.",
  },
  {
    selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]",
    message: "No document.write.",
  },
  {
    selector: "NewExpression[callee.name='Function'], CallExpression[callee.name='Function']",
    message: "No Function constructor: it is eval.",
  },
  {
    selector:
      "CallExpression[callee.name=/^(setTimeout|setInterval)$/][arguments.0.type=/^(Literal|TemplateLiteral|BinaryExpression)$/]",
    message: "Pass a function to setTimeout/setInterval, never a string.",
  },
  // The add-in makes no network request of its own: only fetches of its own files by a relative path.
  {
    selector:
      "Identifier[name=/^(XMLHttpRequest|WebSocket|EventSource)$/], MemberExpression[property.name='sendBeacon']",
    message: "No network requests: the add-in sends nothing anywhere.",
  },
  {
    selector:
      "CallExpression[callee.name='fetch'][arguments.0.type!='Literal'], CallExpression[callee.name='fetch'][arguments.0.value=/^([a-z][a-z0-9+.-]*:|\\/\\/)/i]",
    message: "fetch only the add-in's own files, by a relative path written in the code.",
  },
];

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "build/", "coverage/", "test-results/", "bench/results/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
      "no-restricted-syntax": ["error", ...NO_MARKUP],
    },
  },
  {
    files: ["**/*.{js,cjs,mjs}"],
    languageOptions: {
      globals: {
        require: "readonly",
        module: "writable",
        process: "readonly",
        __dirname: "readonly",
        console: "readonly",
        URL: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["src/domain/**/*.ts"],
    rules: {
      "no-restricted-globals": ["error", "window", "document", "Office", "Excel"],
      "no-restricted-imports": ["error", { patterns: ["fs", "node:*", "react", "exceljs", "path"] }],
    },
  },
  prettier,
);
