export * from "./parsed";
export * from "./digits";
export * from "./number";
export * from "./checkbox";
export * from "./dates";
