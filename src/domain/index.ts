/**
 * The pure core: no Office, no DOM, no I/O. Every surface (custom functions, task pane, CLI,
 * workbook ops) calls through here.
 */
export * from "./frameworks";
export * from "./messages";
export * from "./plan";
export * from "./problem";
export * from "./round";
export * from "./scoring";
export * from "./stats";
export * from "./status";
export * from "./validate";
export * from "./weak";
