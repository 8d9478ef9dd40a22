import { cellAddress, parseRange, rangeAddress, sheetRef, type RangeBox } from "../../src/workbook/address";
import type {
  ExcelConditionalFormat,
  ExcelContext,
  ExcelDataValidation,
  ExcelEventResult,
  ExcelEvents,
  ExcelRange,
  ExcelRangeAreas,
  ExcelRangeFont,
  ExcelRangeFormat,
  ExcelTable,
  ExcelTableCollection,
  ExcelWorksheet,
  ExcelWorksheetCollection,
} from "../../src/workbook/office/api";

/**
 * A recording fake of the part of the Excel JavaScript API the Office adapter uses (api.ts).
 *
 * Proxies behave like Office.js proxies: setting a property or calling a method queues an action;
 * `load` queues a read; nothing touches the in-memory workbook before `context.sync()`, which runs
 * the queue in order (an action that fails stops the batch, the ones before it stay applied, as in
 * Excel). Reading a property that was not loaded throws Office's PropertyNotLoaded error. Every sync
 * is recorded with the JSON size of its request (the queued actions with their arguments) and of
 * its response (what the loads returned); over `limitBytes` (Excel on the web: 5 MB) the sync fails
 * with Excel's error codes.
 *
 * Typed input is modelled where it matters for text safety: a string written through `values` or
 * `formulas` is parsed as if typed — "=…" is a formula, "+…", "-…", "@…" become formulas unless they
 * are numbers, "12" a number, "TRUE" a boolean, "#N/A" an error — unless it starts with an apostrophe
 * (text without the apostrophe, quote prefix set) or the cell is formatted "@" (then the string is
 * kept as typed, apostrophe included: the conservative reading of Excel's behaviour).
 * Formulas are not computed, except plain arithmetic ("=1+1" is 2): their value reads as "".
 */

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "FakeOfficeError";
  }
}

const notLoaded = (property: string) =>
  new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );

const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;

// ---------------------------------------------------------------- the workbook model

type Scalar = string | number | boolean;

export interface FontState {
  name: string;
  size: number;
  bold: boolean;
  color: string;
}

export interface CellModel {
  /** "" when empty; a formula's computed value ("" when the fake cannot compute it). */
  value: Scalar;
  formula?: string;
  error?: string;
  quotePrefix?: boolean;
  numberFormat: string;
  font: FontState;
  fill?: string;
  hAlign: string;
  vAlign: string;
  wrap: boolean;
  validation?: {
    rule: Excel.DataValidationRule;
    alert?: Excel.DataValidationErrorAlert;
    ignoreBlanks: boolean;
  };
}

const DEFAULT_FONT: FontState = { name: "Calibri", size: 11, bold: false, color: "#000000" };

const emptyCell = (): CellModel => ({
  value: "",
  numberFormat: "General",
  font: { ...DEFAULT_FONT },
  hAlign: "General",
  vAlign: "Bottom",
  wrap: false,
});

export interface ConditionalFormatModel {
  type: "Custom" | "DataBar";
  ranges: RangeBox[];
  formula?: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  lower?: Excel.ConditionalDataBarRule;
  upper?: Excel.ConditionalDataBarRule;
  barColor?: string;
  gradient?: boolean;
}

type Handler<A> = (args: A) => Promise<unknown>;

export class SheetModel {
  /** Row → column → cell: a box is visited row by row without scanning the whole sheet. */
  readonly rows = new Map<number, Map<number, CellModel>>();
  visibility = "Visible";
  protected = false;
  protectOptions: Excel.WorksheetProtectionOptions | undefined;
  tabColor = "";
  columnWidths = new Map<number, number>();
  hiddenColumns = new Set<number>();
  freezeRows = 0;
  pageLayout: { orientation: string; paperSize: string; zoom: Excel.PageLayoutZoomOptions } = {
    orientation: "Portrait",
    paperSize: "Letter",
    zoom: { scale: 100 },
  };
  conditionalFormats: ConditionalFormatModel[] = [];
  changedHandlers = new Set<Handler<{ worksheetId: string; address: string }>>();
  constructor(
    readonly id: string,
    public name: string,
  ) {}

  cell(row: number, column: number): CellModel {
    let cells = this.rows.get(row);
    if (!cells) {
      cells = new Map();
      this.rows.set(row, cells);
    }
    let cell = cells.get(column);
    if (!cell) {
      cell = emptyCell();
      cells.set(column, cell);
    }
    return cell;
  }

  peek(row: number, column: number): CellModel | undefined {
    return this.rows.get(row)?.get(column);
  }

  remove(row: number, column: number): void {
    this.rows.get(row)?.delete(column);
  }

  /** The cells that exist inside `box` (all of them without a box), row by row. */
  within(box?: RangeBox): [number, number, CellModel][] {
    const found: [number, number, CellModel][] = [];
    const rows =
      box && box.bottom - box.top < this.rows.size
        ? Array.from({ length: box.bottom - box.top + 1 }, (_, i) => box.top + i)
        : [...this.rows.keys()].sort((a, b) => a - b);
    for (const row of rows) {
      if (box && (row < box.top || row > box.bottom)) continue;
      const cells = this.rows.get(row);
      if (!cells) continue;
      for (const [column, cell] of cells) {
        if (!box || (column >= box.left && column <= box.right)) found.push([row, column, cell]);
      }
    }
    return found;
  }
}

export interface TableModel {
  id: string;
  name: string;
  sheet: SheetModel;
  box: RangeBox;
  showHeaders: boolean;
  showTotals: boolean;
  style: string;
}

const isEmpty = (c: CellModel | undefined): boolean =>
  !c || (c.value === "" && c.formula === undefined && c.error === undefined);

// ---------------------------------------------------------------- typed input, as Excel parses it

const ERRORS = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#SPILL!",
  "#CALC!",
]);
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Plain arithmetic of numbers (+ - * / and parentheses); undefined for anything else. */
function arithmetic(text: string): number | undefined {
  let i = 0;
  const peek = () => text[i];
  const skip = () => {
    while (text[i] === " ") i++;
  };
  const factor = (): number | undefined => {
    skip();
    if (peek() === "(") {
      i++;
      const v = sum();
      skip();
      if (peek() !== ")") return undefined;
      i++;
      return v;
    }
    if (peek() === "-" || peek() === "+") {
      const sign = peek() === "-" ? -1 : 1;
      i++;
      const v = factor();
      return v === undefined ? undefined : sign * v;
    }
    const m = /^\d+(\.\d+)?/.exec(text.slice(i));
    if (!m) return undefined;
    i += m[0].length;
    return Number(m[0]);
  };
  const product = (): number | undefined => {
    let v = factor();
    for (;;) {
      skip();
      const op = peek();
      if (v === undefined || (op !== "*" && op !== "/")) return v;
      i++;
      const r = factor();
      if (r === undefined) return undefined;
      v = op === "*" ? v * r : v / r;
    }
  };
  const sum = (): number | undefined => {
    let v = product();
    for (;;) {
      skip();
      const op = peek();
      if (v === undefined || (op !== "+" && op !== "-")) return v;
      i++;
      const r = product();
      if (r === undefined) return undefined;
      v = op === "+" ? v + r : v - r;
    }
  };
  const v = sum();
  skip();
  return i === text.length ? v : undefined;
}

function setFormula(cell: CellModel, formula: string): void {
  cell.formula = formula;
  cell.quotePrefix = false;
  delete cell.error;
  const computed = arithmetic(formula.slice(1));
  if (computed !== undefined) cell.value = computed;
  else if (formula.startsWith("=@")) {
    cell.value = "";
    cell.error = "#NAME?";
  } else cell.value = "";
}

/** Writes one element of a `values`/`formulas` array into a cell, as Excel does. */
function typeInto(cell: CellModel, input: unknown): void {
  delete cell.formula;
  delete cell.error;
  cell.quotePrefix = false;
  if (typeof input === "number" || typeof input === "boolean") {
    cell.value = input;
    return;
  }
  if (typeof input !== "string")
    throw new FakeOfficeError("InvalidArgument", `cannot write ${String(input)}`);
  if (input === "") {
    cell.value = "";
  } else if (cell.numberFormat === "@") {
    cell.value = input;
  } else if (input.startsWith("'")) {
    cell.value = input.slice(1);
    cell.quotePrefix = true;
  } else if (input.startsWith("=")) {
    setFormula(cell, input);
  } else if (NUMBER.test(input)) {
    cell.value = Number(input);
  } else if (/^(true|false)$/i.test(input)) {
    cell.value = input.toLowerCase() === "true";
  } else if (ERRORS.has(input)) {
    cell.value = "";
    cell.error = input;
  } else if (/^[+\-@]/.test(input)) {
    setFormula(cell, `=${input}`);
  } else {
    cell.value = input;
  }
}

const cellValue = (c: CellModel | undefined): Scalar => (!c ? "" : (c.error ?? c.value));
const cellFormula = (c: CellModel | undefined): Scalar => (!c ? "" : (c.formula ?? c.error ?? c.value));

function cellType(c: CellModel | undefined): string {
  if (!c) return "Empty";
  if (c.error !== undefined) return "Error";
  if (typeof c.value === "number") return "Double";
  if (typeof c.value === "boolean") return "Boolean";
  if (c.value === "" && c.formula === undefined) return "Empty";
  return "String";
}

// ---------------------------------------------------------------- the fake Excel host

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  actions: number;
}

export interface FakeExcelOptions {
  /** Highest ExcelApi version the fake host implements ("1.17"). */
  version?: string;
  /** Size limit of a sync's request and of its response, in bytes (Excel on the web: 5 MB). */
  limitBytes?: number;
}

const utf8Length = (s: string): number => Buffer.byteLength(s, "utf8");

const compareVersions = (a: string, b: string): number => {
  const [a1 = 0, a2 = 0] = a.split(".").map(Number);
  const [b1 = 0, b2 = 0] = b.split(".").map(Number);
  return a1 - b1 || a2 - b2;
};

export class FakeExcel {
  readonly sheets: SheetModel[] = [];
  readonly tables: TableModel[] = [];
  readonly syncs: SyncRecord[] = [];
  readonly version: string;
  readonly limitBytes: number;
  readonly addedHandlers = new Set<Handler<{ worksheetId: string }>>();
  readonly deletedHandlers = new Set<Handler<{ worksheetId: string }>>();
  active: { sheet: string; selection?: string } | undefined;
  /** Mutating actions run so far; the `failAt`-th fails (0: none), the ones before stay applied. */
  mutations = 0;
  failAt = 0;
  private nextId = 1;

  constructor(options: FakeExcelOptions = {}) {
    this.version = options.version ?? "1.17";
    this.limitBytes = options.limitBytes ?? 5_000_000;
  }

  /** What `Office.context.requirements.isSetSupported("ExcelApi", v)` answers on this host. */
  readonly isSetSupported = (_name: string, version: string): boolean =>
    compareVersions(version, this.version) <= 0;

  /** `Excel.run`. */
  readonly run = async <T>(batch: (context: ExcelContext) => Promise<T>): Promise<T> => {
    const context = new FakeContext(this);
    const result = await batch(context);
    if (context.pending() > 0) throw new Error("fake: actions were queued but never synced");
    return result;
  };

  /** `Excel.run(context, batch)`: a batch in an existing context (removing event handlers). */
  readonly runIn = async <T>(context: unknown, batch: (context: ExcelContext) => Promise<T>): Promise<T> => {
    if (!(context instanceof FakeContext)) throw new Error("fake: not a fake context");
    return batch(context);
  };

  newId(): string {
    return String(this.nextId++);
  }

  /** A deep copy of the workbook (sheets, cells, tables), without event handlers or sync records. */
  clone(): FakeExcel {
    const copy = new FakeExcel({ version: this.version, limitBytes: this.limitBytes });
    const sheets = new Map<SheetModel, SheetModel>();
    for (const sheet of this.sheets) {
      const data: Partial<SheetModel> = { ...sheet };
      delete data.changedHandlers;
      const twin = Object.assign(new SheetModel(sheet.id, sheet.name), structuredClone(data));
      sheets.set(sheet, twin);
      copy.sheets.push(twin);
    }
    for (const t of this.tables) copy.tables.push({ ...t, box: { ...t.box }, sheet: sheets.get(t.sheet)! });
    copy.nextId = this.nextId;
    copy.epoch = this.epoch;
    return copy;
  }

  requireVersion(version: string, what: string): void {
    if (compareVersions(version, this.version) > 0) {
      throw new FakeOfficeError(
        "ApiNotFound",
        `${what} needs ExcelApi ${version}; this host has ${this.version}`,
      );
    }
  }

  // ---- direct access for tests: what a user or a co-author does, and what the workbook holds

  sheet(name: string): SheetModel {
    const found = this.findSheet(name);
    if (!found) throw new FakeOfficeError("ItemNotFound", `no sheet ${name}`);
    return found;
  }

  findSheet(name: string): SheetModel | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  findTable(name: string): TableModel | undefined {
    const lower = name.toLowerCase();
    return this.tables.find((t) => t.name.toLowerCase() === lower);
  }

  addSheet(name: string): SheetModel {
    if (this.findSheet(name)) throw new FakeOfficeError("ItemAlreadyExists", `sheet ${name} exists`);
    const sheet = new SheetModel(`{${this.newId()}}`, name);
    this.sheets.push(sheet);
    for (const handler of this.addedHandlers) void handler({ worksheetId: sheet.id });
    return sheet;
  }

  /** Types into a cell as a user would (the same parsing as `values`). */
  type(sheet: string, address: string, input: Scalar): void {
    this.epoch++;
    const { top, left } = parseRange(address);
    const s = this.sheet(sheet);
    typeInto(s.cell(top, left), input);
    this.fireChanged(s, address);
  }

  cell(sheet: string, address: string): CellModel {
    const { top, left } = parseRange(address);
    return this.sheet(sheet).peek(top, left) ?? emptyCell();
  }

  addTable(sheet: string, name: string, address: string): TableModel {
    this.epoch++;
    const table = this.createTable(this.sheet(sheet), parseRange(address));
    table.name = name;
    return table;
  }

  /** A co-author converts a table to a plain range: its cells stay. */
  removeTable(name: string): void {
    const table = this.findTable(name);
    if (!table) throw new FakeOfficeError("ItemNotFound", `no table ${name}`);
    this.tables.splice(this.tables.indexOf(table), 1);
    this.epoch++;
  }

  fireChanged(sheet: SheetModel, address: string): void {
    for (const handler of sheet.changedHandlers) void handler({ worksheetId: sheet.id, address });
  }

  createTable(sheet: SheetModel, box: RangeBox): TableModel {
    if (box.bottom <= box.top) throw new FakeOfficeError("InvalidArgument", "a table needs a body row");
    for (const other of this.tables) {
      if (other.sheet === sheet && intersects(other.box, box))
        throw new FakeOfficeError("InvalidOperation", `the range overlaps the table ${other.name}`);
    }
    for (let c = box.left; c <= box.right; c++) {
      const header = sheet.cell(box.top, c);
      if (isEmpty(header)) header.value = `Column${c - box.left + 1}`;
    }
    const id = this.newId();
    const table: TableModel = {
      id,
      name: `Table${id}`,
      sheet,
      box,
      showHeaders: true,
      showTotals: false,
      style: "TableStyleMedium2",
    };
    this.tables.push(table);
    return table;
  }

  /** Bumped by every action that may change cells: used ranges are cached in between. */
  epoch = 0;
  private usedCache = new Map<SheetModel, { epoch: number; box: RangeBox | undefined }>();

  usedBox(sheet: SheetModel, within?: RangeBox): RangeBox | undefined {
    if (!within) {
      const cached = this.usedCache.get(sheet);
      if (cached && cached.epoch === this.epoch) return cached.box;
      const box = this.scanUsed(sheet);
      this.usedCache.set(sheet, { epoch: this.epoch, box });
      return box;
    }
    return this.scanUsed(sheet, within);
  }

  private scanUsed(sheet: SheetModel, within?: RangeBox): RangeBox | undefined {
    let box: RangeBox | undefined;
    for (const [row, column, cell] of sheet.within(within)) {
      if (isEmpty(cell)) continue;
      box = box
        ? {
            top: Math.min(box.top, row),
            left: Math.min(box.left, column),
            bottom: Math.max(box.bottom, row),
            right: Math.max(box.right, column),
          }
        : { top: row, left: column, bottom: row, right: column };
    }
    return box;
  }

  /** The largest request and response of the syncs from `from` on. */
  largest(from = 0): { request: number; response: number } {
    const records = this.syncs.slice(from);
    return {
      request: Math.max(0, ...records.map((r) => r.requestBytes)),
      response: Math.max(0, ...records.map((r) => r.responseBytes)),
    };
  }
}

const intersects = (a: RangeBox, b: RangeBox): boolean =>
  a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

// ---------------------------------------------------------------- request context and actions

interface Action {
  json: unknown;
  run(): unknown;
  mutates: boolean;
}

class FakeContext implements ExcelContext {
  readonly workbook: {
    worksheets: WorksheetCollectionProxy;
    tables: TableCollectionProxy;
    getSelectedRange(): RangeProxy;
  };
  private queue: Action[] = [];
  /** Proxies whose isNullObject Office sets on every sync. */
  readonly nullables: RangeLike[] = [];

  constructor(readonly excel: FakeExcel) {
    this.workbook = {
      worksheets: new WorksheetCollectionProxy(this),
      tables: new TableCollectionProxy(this, "workbook.tables", () => undefined),
      getSelectedRange: () =>
        new RangeProxy(this, "workbook.getSelectedRange()", () => {
          const selection = excel.active?.selection;
          if (!selection) throw new FakeOfficeError("InvalidSelection", "nothing is selected");
          const cut = selection.lastIndexOf("!");
          const name = selection
            .slice(0, cut)
            .replace(/^'(.*)'$/, "$1")
            .replace(/''/g, "'");
          return { sheet: excel.sheet(name), box: parseAddress(selection.slice(cut + 1)) };
        }),
    };
  }

  pending(): number {
    return this.queue.length;
  }

  enqueue(json: unknown, run: () => unknown, mutates = true): void {
    this.queue.push({ json, run, mutates });
  }

  async sync(): Promise<void> {
    const actions = this.queue;
    this.queue = [];
    const requestBytes = utf8Length(JSON.stringify(actions.map((a) => a.json)));
    const record: SyncRecord = { requestBytes, responseBytes: 0, actions: actions.length };
    this.excel.syncs.push(record);
    await Promise.resolve();
    if (requestBytes > this.excel.limitBytes) {
      throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", `request of ${requestBytes} bytes`);
    }
    const results: unknown[] = [];
    for (const action of actions) {
      if (action.mutates && ++this.excel.mutations === this.excel.failAt)
        throw new FakeOfficeError("GeneralException", `fault injected at write ${this.excel.failAt}`);
      if (action.mutates) this.excel.epoch++;
      const result = action.run();
      if (result !== undefined) results.push(result);
    }
    for (const proxy of this.nullables) proxy.settleNull();
    record.responseBytes = utf8Length(JSON.stringify(results));
    if (record.responseBytes > this.excel.limitBytes) {
      throw new FakeOfficeError(
        "ResponsePayloadSizeLimitExceeded",
        `response of ${record.responseBytes} bytes`,
      );
    }
  }
}

/** Loaded property values of a proxy; reading one that was not loaded throws like Office.js. */
class Loaded {
  private values = new Map<string, unknown>();
  isNull = false;
  set(name: string, value: unknown): void {
    this.values.set(name, value);
  }
  get<T>(name: string): T {
    if (this.isNull) return undefined as T;
    if (!this.values.has(name)) throw notLoaded(name);
    return this.values.get(name) as T;
  }
}

const splitProps = (names: string): string[] =>
  names
    .split(",")
    .map((n) => n.trim())
    .filter((n) => n !== "");

/** A load of `names` on `proxy`: at sync, each name is read from the model through `read`. */
function queueLoad(
  context: FakeContext,
  path: string,
  names: string,
  run: (props: string[]) => unknown,
): void {
  const props = splitProps(names);
  context.enqueue({ load: path, select: props }, () => run(props), false);
}

// ---------------------------------------------------------------- ranges

type RangeTarget = { sheet: SheetModel; box: RangeBox | "all" } | null;

abstract class RangeLike {
  readonly loaded = new Loaded();
  private nullSettled = false;
  constructor(
    protected readonly context: FakeContext,
    readonly path: string,
    protected readonly resolve: () => RangeTarget,
    nullable: boolean,
  ) {
    if (nullable) context.nullables.push(this);
  }

  get isNullObject(): boolean {
    if (!this.nullSettled) throw notLoaded("isNullObject");
    return this.loaded.isNull;
  }

  settleNull(): void {
    try {
      this.loaded.isNull = this.resolve() === null;
      this.nullSettled = true;
    } catch {
      // The object does not exist (ItemNotFound): the sync reports it elsewhere.
    }
  }

  protected target(): { sheet: SheetModel; box: RangeBox } {
    const t = this.resolve();
    if (!t) throw new FakeOfficeError("InvalidOperation", `${this.path} is a null object`);
    const box = t.box === "all" ? { top: 1, left: 1, bottom: MAX_ROW, right: MAX_COLUMN } : t.box;
    return { sheet: t.sheet, box };
  }
}

function qualified(sheet: SheetModel, box: RangeBox): string {
  const whole = box.top === 1 && box.bottom === MAX_ROW;
  const bare = whole
    ? `${rangeAddress(box).replace(/\d+/g, "")}`
    : box.top === box.bottom && box.left === box.right
      ? cellAddress(box.top, box.left)
      : rangeAddress(box);
  return `${sheetRef(sheet.name)}!${bare}`;
}

/** "C:C" and "C:E" are whole columns; anything else goes through parseRange. */
function parseAddress(address: string): RangeBox {
  const columns = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/.exec(address);
  if (columns) {
    const a = parseRange(`${columns[1]}1`).left;
    const b = parseRange(`${columns[2]}1`).left;
    return { top: 1, left: Math.min(a, b), bottom: MAX_ROW, right: Math.max(a, b) };
  }
  return parseRange(address);
}

const CELL_LIMIT = 2_000_000;

function eachCell(box: RangeBox, visit: (row: number, column: number) => void): void {
  if ((box.bottom - box.top + 1) * (box.right - box.left + 1) > CELL_LIMIT) {
    throw new Error(`fake: ${rangeAddress(box)} is too large to touch cell by cell`);
  }
  for (let r = box.top; r <= box.bottom; r++) for (let c = box.left; c <= box.right; c++) visit(r, c);
}

/** The cells of `box` that pass `keep` as rectangles (row runs merged down), as Excel lists special cells. */
function areasOf(sheet: SheetModel, box: RangeBox, keep: (c: CellModel) => boolean): string[] {
  const hits: [number, number][] = [];
  for (const [row, column, cell] of sheet.within(box))
    if (!isEmpty(cell) && keep(cell)) hits.push([row, column]);
  hits.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const runs: RangeBox[] = [];
  for (const [row, column] of hits) {
    const run = runs[runs.length - 1];
    if (run && run.top === row && run.right === column - 1) run.right = column;
    else runs.push({ top: row, left: column, bottom: row, right: column });
  }
  const areas: RangeBox[] = [];
  const open = new Map<string, RangeBox>();
  for (const run of runs) {
    const above = open.get(`${run.left}:${run.right}`);
    if (above && above.bottom === run.top - 1) above.bottom = run.top;
    else {
      areas.push(run);
      open.set(`${run.left}:${run.right}`, run);
    }
  }
  return areas.map((a) => qualified(sheet, a));
}

function assertWritable(sheet: SheetModel): void {
  if (sheet.protected) throw new FakeOfficeError("AccessDenied", `the sheet ${sheet.name} is protected`);
}

function grid<T>(box: RangeBox, at: (row: number, column: number) => T): T[][] {
  const rows: T[][] = [];
  for (let r = box.top; r <= box.bottom; r++) {
    const row: T[] = [];
    for (let c = box.left; c <= box.right; c++) row.push(at(r, c));
    rows.push(row);
  }
  return rows;
}

class RangeProxy extends RangeLike implements ExcelRange {
  readonly format: ExcelRangeFormat;
  readonly dataValidation: ExcelDataValidation;
  readonly conditionalFormats: ExcelRange["conditionalFormats"];

  constructor(context: FakeContext, path: string, resolve: () => RangeTarget, nullable = false) {
    super(context, path, resolve, nullable);
    this.format = new RangeFormatProxy(this);
    this.dataValidation = new DataValidationProxy(this);
    this.conditionalFormats = {
      add: (type) =>
        addConditionalFormat(this.context, `${this.path}.conditionalFormats`, type, () => [this.box()]),
      clearAll: () =>
        this.act("conditionalFormats.clearAll", undefined, ({ sheet, box }) => {
          this.context.excel.requireVersion("1.6", "conditionalFormats");
          sheet.conditionalFormats = sheet.conditionalFormats.filter(
            (f) => !f.ranges.some((r) => intersects(r, box)),
          );
        }),
    };
  }

  box(): { sheet: SheetModel; box: RangeBox } {
    return this.target();
  }

  /** Queues an action on the range's cells. */
  act(
    name: string,
    value: unknown,
    run: (t: { sheet: SheetModel; box: RangeBox }) => void,
    write = true,
  ): void {
    this.context.enqueue({ on: this.path, do: name, value }, () => {
      const t = this.target();
      if (write) assertWritable(t.sheet);
      run(t);
      return undefined;
    });
  }

  forCells(name: string, value: unknown, each: (cell: CellModel, row: number, column: number) => void): void {
    this.act(name, value, ({ sheet, box }) => eachCell(box, (r, c) => each(sheet.cell(r, c), r, c)));
  }

  get address(): string {
    return this.loaded.get("address");
  }
  get values(): unknown[][] {
    return this.loaded.get("values");
  }
  set values(v: unknown[][] | string | number | boolean) {
    this.writeCells("values", v);
  }
  get formulas(): unknown[][] {
    return this.loaded.get("formulas");
  }
  set formulas(v: unknown[][] | string) {
    this.writeCells("formulas", v);
  }
  get numberFormat(): unknown[][] {
    return this.loaded.get("numberFormat");
  }
  set numberFormat(v: unknown[][] | string) {
    this.act("numberFormat", v, ({ sheet, box }) =>
      eachGridValue(box, v, (r, c, x) => {
        if (typeof x !== "string") throw new FakeOfficeError("InvalidArgument", "a number format is text");
        sheet.cell(r, c).numberFormat = x === "" ? "General" : x;
      }),
    );
  }
  get valueTypes(): string[][] {
    return this.loaded.get("valueTypes");
  }
  get columnHidden(): boolean {
    return this.loaded.get("columnHidden");
  }
  set columnHidden(hidden: boolean) {
    this.act("columnHidden", hidden, ({ sheet, box }) => {
      for (let c = box.left; c <= box.right; c++) {
        if (hidden) sheet.hiddenColumns.add(c);
        else sheet.hiddenColumns.delete(c);
      }
    });
  }

  private writeCells(property: string, v: unknown[][] | string | number | boolean): void {
    this.act(property, v, ({ sheet, box }) =>
      eachGridValue(box, v, (r, c, x) => typeInto(sheet.cell(r, c), x)),
    );
  }

  load(names: string): RangeProxy {
    queueLoad(this.context, this.path, names, (props) => {
      const t = this.resolve();
      if (t === null) return undefined;
      const { sheet, box } = this.target();
      const out: Record<string, unknown> = {};
      for (const p of props) {
        const value = readRangeProperty(sheet, box, p);
        this.loaded.set(p, value);
        out[p] = value;
      }
      return out;
    });
    return this;
  }

  clear(applyTo: "All" | "Formats" | "Contents" = "All"): void {
    this.act(`clear(${applyTo})`, undefined, ({ sheet, box }) => clearCells(sheet, box, applyTo));
  }

  unmerge(): void {
    this.act("unmerge", undefined, () => undefined);
  }

  select(): void {
    this.act(
      "select",
      undefined,
      ({ sheet, box }) => {
        this.context.excel.active = { sheet: sheet.name, selection: qualified(sheet, box) };
      },
      false,
    );
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return new RangeProxy(
      this.context,
      `${this.path}.getUsedRangeOrNullObject(${valuesOnly})`,
      () => {
        const { sheet, box } = this.target();
        const used = this.context.excel.usedBox(sheet, box);
        return used ? { sheet, box: used } : null;
      },
      true,
    );
  }

  getSpecialCellsOrNullObject(
    cellType: "Constants" | "Formulas",
    valueType: "All" | "Errors" = "All",
  ): RangeAreasProxy {
    return new RangeAreasProxy(
      this.context,
      `${this.path}.getSpecialCellsOrNullObject(${cellType},${valueType})`,
      () => {
        this.context.excel.requireVersion("1.9", "getSpecialCellsOrNullObject");
        const { sheet, box } = this.target();
        const areas = areasOf(sheet, box, (c) => {
          const isFormula = c.formula !== undefined;
          if (cellType === "Formulas" ? !isFormula : isFormula) return false;
          return valueType === "All" || c.error !== undefined;
        });
        return areas.length === 0 ? null : { sheet, areas };
      },
    );
  }
}

function clearCells(sheet: SheetModel, box: RangeBox, applyTo: "All" | "Formats" | "Contents"): void {
  for (const [row, column, cell] of sheet.within(box)) {
    if (applyTo === "All") sheet.remove(row, column);
    else if (applyTo === "Contents") typeInto(cell, "");
    else {
      const { value, formula, error, validation } = cell;
      Object.assign(cell, emptyCell());
      cell.value = value;
      if (formula !== undefined) cell.formula = formula;
      if (error !== undefined) cell.error = error;
      if (validation !== undefined) cell.validation = validation;
    }
  }
}

function eachGridValue(
  box: RangeBox,
  v: unknown,
  write: (row: number, column: number, value: unknown) => void,
): void {
  if (!Array.isArray(v)) {
    eachCell(box, (r, c) => write(r, c, v));
    return;
  }
  const rows = box.bottom - box.top + 1;
  const columns = box.right - box.left + 1;
  if (v.length !== rows || v.some((row) => !Array.isArray(row) || row.length !== columns)) {
    throw new FakeOfficeError(
      "InvalidArgument",
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
    );
  }
  (v as unknown[][]).forEach((row, i) =>
    row.forEach((x, j) => {
      // null leaves a cell as it is (Microsoft: "null input in 2-D Array").
      if (x !== null) write(box.top + i, box.left + j, x);
    }),
  );
}

function readRangeProperty(sheet: SheetModel, box: RangeBox, property: string): unknown {
  const at = (r: number, c: number) => sheet.peek(r, c);
  switch (property) {
    case "address":
      return qualified(sheet, box);
    case "values":
      return grid(box, (r, c) => cellValue(at(r, c)));
    case "formulas":
      return grid(box, (r, c) => cellFormula(at(r, c)));
    case "valueTypes":
      return grid(box, (r, c) => cellType(at(r, c)));
    case "numberFormat":
      return grid(box, (r, c) => at(r, c)?.numberFormat ?? "General");
    case "columnHidden":
      return sheet.hiddenColumns.has(box.left);
    default:
      throw new Error(`fake: loading ${property} of a range is not modelled`);
  }
}

/** What a format proxy writes through: one range, or every area of a RangeAreas. */
interface CellTarget {
  act(name: string, value: unknown, run: (t: { sheet: SheetModel; box: RangeBox }) => void): void;
  forCells(name: string, value: unknown, each: (cell: CellModel) => void): void;
}

class RangeFormatProxy implements ExcelRangeFormat {
  readonly font: ExcelRangeFont;
  readonly fill: { color: string; clear(): void };
  constructor(private readonly range: CellTarget) {
    const font = (key: keyof FontState) => ({
      get: () => {
        throw notLoaded(`font.${key}`);
      },
      set: (v: never) => range.forCells(`format.font.${key}`, v, (cell) => (cell.font[key] = v)),
    });
    this.font = Object.defineProperties({} as ExcelRangeFont, {
      name: font("name"),
      size: font("size"),
      bold: font("bold"),
      color: font("color"),
    });
    this.fill = {
      get color(): string {
        throw notLoaded("fill.color");
      },
      set color(v: string) {
        range.forCells("format.fill.color", v, (cell) => (cell.fill = v));
      },
      clear: () => range.forCells("format.fill.clear", undefined, (cell) => delete cell.fill),
    };
  }
  get columnWidth(): number {
    throw notLoaded("columnWidth");
  }
  set columnWidth(points: number) {
    this.range.act("format.columnWidth", points, ({ sheet, box }) => {
      for (let c = box.left; c <= box.right; c++) sheet.columnWidths.set(c, points);
    });
  }
  get wrapText(): boolean {
    throw notLoaded("wrapText");
  }
  set wrapText(v: boolean) {
    this.range.forCells("format.wrapText", v, (cell) => (cell.wrap = v));
  }
  get horizontalAlignment(): string {
    throw notLoaded("horizontalAlignment");
  }
  set horizontalAlignment(v: string) {
    this.range.forCells("format.horizontalAlignment", v, (cell) => (cell.hAlign = v));
  }
  get verticalAlignment(): string {
    throw notLoaded("verticalAlignment");
  }
  set verticalAlignment(v: string) {
    this.range.forCells("format.verticalAlignment", v, (cell) => (cell.vAlign = v));
  }
}

class DataValidationProxy implements ExcelDataValidation {
  constructor(private readonly range: RangeProxy) {}
  private each(name: string, value: unknown, update: (cell: CellModel) => void): void {
    this.range.act(name, value, ({ sheet, box }) => {
      this.range["context"].excel.requireVersion("1.8", "dataValidation");
      eachCell(box, (r, c) => update(sheet.cell(r, c)));
    });
  }
  get rule(): Excel.DataValidationRule {
    throw notLoaded("rule");
  }
  set rule(rule: Excel.DataValidationRule) {
    this.each("dataValidation.rule", rule, (cell) => {
      cell.validation = { ignoreBlanks: true, ...cell.validation, rule };
    });
  }
  get errorAlert(): Excel.DataValidationErrorAlert {
    throw notLoaded("errorAlert");
  }
  set errorAlert(alert: Excel.DataValidationErrorAlert) {
    this.each("dataValidation.errorAlert", alert, (cell) => {
      if (!cell.validation) throw new FakeOfficeError("InvalidOperation", "set the rule before the alert");
      cell.validation.alert = alert;
    });
  }
  get ignoreBlanks(): boolean {
    throw notLoaded("ignoreBlanks");
  }
  set ignoreBlanks(v: boolean) {
    this.each("dataValidation.ignoreBlanks", v, (cell) => {
      if (cell.validation) cell.validation.ignoreBlanks = v;
    });
  }
  clear(): void {
    this.range.act("dataValidation.clear", undefined, ({ sheet, box }) => {
      this.range["context"].excel.requireVersion("1.8", "dataValidation");
      for (const [, , cell] of sheet.within(box)) delete cell.validation;
    });
  }
}

function addConditionalFormat(
  context: FakeContext,
  path: string,
  type: "Custom" | "DataBar",
  ranges: () => { sheet: SheetModel; box: RangeBox }[],
): ExcelConditionalFormat {
  const slot: { cf?: ConditionalFormatModel } = {};
  context.enqueue({ on: path, do: "add", type }, () => {
    context.excel.requireVersion("1.6", "conditionalFormats");
    const targets = ranges();
    const sheet = targets[0]!.sheet;
    assertWritable(sheet);
    slot.cf = { type, ranges: targets.map((t) => t.box) };
    // Office adds a format at the top of the priority list.
    sheet.conditionalFormats.unshift(slot.cf);
    return undefined;
  });
  const set = (name: string, value: unknown, apply: (cf: ConditionalFormatModel) => void) =>
    context.enqueue({ on: path, do: name, value }, () => {
      if (!slot.cf) throw new Error("fake: conditional format used before it was added");
      apply(slot.cf);
      return undefined;
    });
  const unread = (name: string) => {
    throw notLoaded(name);
  };
  return {
    custom: {
      rule: {
        get formula(): string {
          return unread("formula");
        },
        set formula(v: string) {
          set("custom.rule.formula", v, (cf) => (cf.formula = v));
        },
      },
      format: {
        fill: {
          get color(): string {
            return unread("color");
          },
          set color(v: string) {
            set("custom.format.fill.color", v, (cf) => (cf.fill = v));
          },
        },
        font: {
          get color(): string {
            return unread("color");
          },
          set color(v: string) {
            set("custom.format.font.color", v, (cf) => (cf.fontColor = v));
          },
          get bold(): boolean {
            return unread("bold");
          },
          set bold(v: boolean) {
            set("custom.format.font.bold", v, (cf) => (cf.bold = v));
          },
        },
      },
    },
    dataBar: {
      get lowerBoundRule(): Excel.ConditionalDataBarRule {
        return unread("lowerBoundRule");
      },
      set lowerBoundRule(v: Excel.ConditionalDataBarRule) {
        set("dataBar.lowerBoundRule", v, (cf) => (cf.lower = v));
      },
      get upperBoundRule(): Excel.ConditionalDataBarRule {
        return unread("upperBoundRule");
      },
      set upperBoundRule(v: Excel.ConditionalDataBarRule) {
        set("dataBar.upperBoundRule", v, (cf) => (cf.upper = v));
      },
      positiveFormat: {
        get fillColor(): string {
          return unread("fillColor");
        },
        set fillColor(v: string) {
          set("dataBar.positiveFormat.fillColor", v, (cf) => (cf.barColor = v));
        },
        get gradientFill(): boolean {
          return unread("gradientFill");
        },
        set gradientFill(v: boolean) {
          set("dataBar.positiveFormat.gradientFill", v, (cf) => (cf.gradient = v));
        },
      },
    },
  };
}

class RangeAreasProxy extends RangeLike implements ExcelRangeAreas, CellTarget {
  readonly conditionalFormats: ExcelRangeAreas["conditionalFormats"];
  readonly format: ExcelRangeFormat;
  constructor(
    context: FakeContext,
    path: string,
    private readonly areas: () => { sheet: SheetModel; areas: string[] } | null,
  ) {
    super(
      context,
      path,
      () => {
        const a = areas();
        return a ? { sheet: a.sheet, box: "all" } : null;
      },
      true,
    );
    this.format = new RangeFormatProxy(this);
    this.conditionalFormats = {
      add: (type) =>
        addConditionalFormat(this.context, `${this.path}.conditionalFormats`, type, () => this.boxes()),
    };
  }

  private boxes(): { sheet: SheetModel; box: RangeBox }[] {
    const a = this.areas();
    if (!a) throw new FakeOfficeError("InvalidOperation", "null object");
    return a.areas.map((area) => ({
      sheet: a.sheet,
      box: parseAddress(area.slice(area.lastIndexOf("!") + 1)),
    }));
  }

  act(name: string, value: unknown, run: (t: { sheet: SheetModel; box: RangeBox }) => void): void {
    this.context.enqueue({ on: this.path, do: name, value }, () => {
      for (const t of this.boxes()) {
        assertWritable(t.sheet);
        run(t);
      }
      return undefined;
    });
  }

  forCells(name: string, value: unknown, each: (cell: CellModel) => void): void {
    this.act(name, value, ({ sheet, box }) => eachCell(box, (r, c) => each(sheet.cell(r, c))));
  }

  clear(applyTo: "All" | "Formats" | "Contents" = "All"): void {
    this.act(`clear(${applyTo})`, undefined, ({ sheet, box }) => clearCells(sheet, box, applyTo));
  }

  get address(): string {
    return this.loaded.get("address");
  }
  load(names: string): RangeAreasProxy {
    queueLoad(this.context, this.path, names, (props) => {
      const a = this.areas();
      if (!a) return undefined;
      if (props.some((p) => p !== "address")) throw new Error("fake: RangeAreas loads only address");
      const address = a.areas.join(",");
      this.loaded.set("address", address);
      return { address };
    });
    return this;
  }
}

// ---------------------------------------------------------------- tables

class TableProxy implements ExcelTable {
  readonly loaded = new Loaded();
  readonly worksheet: { readonly name: string };
  readonly columns: ExcelTable["columns"];
  constructor(
    private readonly context: FakeContext,
    readonly path: string,
    private readonly resolve: () => TableModel,
  ) {
    const sheetName = new Loaded();
    this.worksheet = {
      get name(): string {
        return sheetName.get("name");
      },
    };
    this.worksheetLoaded = sheetName;
    const columnItems = new Loaded();
    this.columns = {
      get items(): { name: string }[] {
        return columnItems.get("items");
      },
      load: (names: string) => {
        queueLoad(this.context, `${this.path}.columns`, names, () => {
          const t = this.resolve();
          const items = Array.from({ length: t.box.right - t.box.left + 1 }, (_, i) => ({
            name: String(cellValue(t.sheet.peek(t.box.top, t.box.left + i))),
          }));
          columnItems.set("items", items);
          return { items };
        });
        return undefined;
      },
    };
  }
  private readonly worksheetLoaded: Loaded;

  private setProp(name: string, value: unknown, apply: (t: TableModel) => void): void {
    this.context.enqueue({ on: this.path, set: name, value }, () => {
      const t = this.resolve();
      assertWritable(t.sheet);
      apply(t);
      return undefined;
    });
  }

  get name(): string {
    return this.loaded.get("name");
  }
  set name(name: string) {
    this.setProp("name", name, (t) => {
      const other = this.context.excel.findTable(name);
      if (other && other !== t) throw new FakeOfficeError("InvalidArgument", `a table named ${name} exists`);
      t.name = name;
    });
  }
  get showHeaders(): boolean {
    return this.loaded.get("showHeaders");
  }
  set showHeaders(v: boolean) {
    this.setProp("showHeaders", v, (t) => (t.showHeaders = v));
  }
  get showTotals(): boolean {
    return this.loaded.get("showTotals");
  }
  set showTotals(v: boolean) {
    this.setProp("showTotals", v, (t) => (t.showTotals = v));
  }
  get style(): string {
    return this.loaded.get("style");
  }
  set style(v: string) {
    this.setProp("style", v, (t) => (t.style = v));
  }

  load(names: string): TableProxy {
    queueLoad(this.context, this.path, names, (props) => {
      const t = this.resolve();
      const out: Record<string, unknown> = {};
      for (const p of props) {
        if (p === "worksheet/name") {
          this.worksheetLoaded.set("name", t.sheet.name);
          out[p] = t.sheet.name;
        } else if (p === "name" || p === "showHeaders" || p === "showTotals" || p === "style") {
          this.loaded.set(p, t[p]);
          out[p] = t[p];
        } else throw new Error(`fake: loading ${p} of a table is not modelled`);
      }
      return out;
    });
    return this;
  }

  private range(name: string, box: (t: TableModel) => RangeBox): RangeProxy {
    return new RangeProxy(this.context, `${this.path}.${name}()`, () => {
      const t = this.resolve();
      return { sheet: t.sheet, box: box(t) };
    });
  }
  getRange(): RangeProxy {
    return this.range("getRange", (t) => t.box);
  }
  getHeaderRowRange(): RangeProxy {
    return this.range("getHeaderRowRange", (t) => ({ ...t.box, bottom: t.box.top }));
  }
  getDataBodyRange(): RangeProxy {
    return this.range("getDataBodyRange", (t) => ({
      ...t.box,
      top: t.box.top + (t.showHeaders ? 1 : 0),
      bottom: t.box.bottom - (t.showTotals ? 1 : 0),
    }));
  }
  resize(newRange: string): void {
    this.context.enqueue({ on: this.path, do: "resize", newRange }, () => {
      this.context.excel.requireVersion("1.13", "Table.resize");
      const t = this.resolve();
      assertWritable(t.sheet);
      const box = parseRange(newRange);
      if (box.top !== t.box.top || box.bottom <= box.top)
        throw new FakeOfficeError("InvalidArgument", "the header must stay in its row");
      for (const other of this.context.excel.tables) {
        if (other !== t && other.sheet === t.sheet && intersects(other.box, box))
          throw new FakeOfficeError("InvalidOperation", `the range overlaps ${other.name}`);
      }
      t.box = box;
      return undefined;
    });
  }
}

class TableCollectionProxy implements ExcelTableCollection {
  private readonly loaded = new Loaded();
  constructor(
    private readonly context: FakeContext,
    private readonly path: string,
    /** The sheet the collection belongs to; undefined for the workbook's. */
    private readonly sheet: () => SheetModel | undefined,
  ) {}

  private all(): TableModel[] {
    const sheet = this.sheet();
    return this.context.excel.tables.filter((t) => !sheet || t.sheet === sheet);
  }

  get items(): TableProxy[] {
    return this.loaded.get("items");
  }

  load(names: string): TableCollectionProxy {
    queueLoad(this.context, this.path, names, (props) => {
      const inner = props.map((p) => {
        if (!p.startsWith("items/")) throw new Error(`fake: load ${p} on a collection`);
        return p.slice("items/".length);
      });
      const items = this.all().map((model, i) => {
        const proxy = new TableProxy(this.context, `${this.path}.items[${i}]`, () => model);
        return { proxy, model };
      });
      this.loaded.set(
        "items",
        items.map((i) => i.proxy),
      );
      // Run the item loads now: they belong to this same action.
      return items.map(({ proxy, model }) => {
        const out: Record<string, unknown> = {};
        for (const p of inner) {
          const value =
            p === "worksheet/name" ? model.sheet.name : (model as unknown as Record<string, unknown>)[p];
          if (p === "worksheet/name") proxy["worksheetLoaded"].set("name", value);
          else proxy.loaded.set(p, value);
          out[p] = value;
        }
        return out;
      });
    });
    return this;
  }

  getItem(key: string): TableProxy {
    return new TableProxy(this.context, `${this.path}.getItem(${key})`, () => {
      const lower = key.toLowerCase();
      const found = this.all().find((t) => t.name.toLowerCase() === lower);
      if (!found)
        throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist: table ${key}`);
      return found;
    });
  }

  add(address: string, hasHeaders: boolean): TableProxy {
    const slot: { table?: TableModel } = {};
    this.context.enqueue({ on: this.path, do: "add", address, hasHeaders }, () => {
      if (!hasHeaders) throw new Error("fake: tables without headers are not modelled");
      const sheet = this.sheet() ?? this.context.excel.sheet(address.slice(0, address.lastIndexOf("!")));
      assertWritable(sheet);
      slot.table = this.context.excel.createTable(sheet, parseRange(address));
      return undefined;
    });
    return new TableProxy(this.context, `${this.path}.add(${address})`, () => {
      if (!slot.table) throw new Error("fake: table used before it was added");
      return slot.table;
    });
  }
}

// ---------------------------------------------------------------- worksheets

class Events<A> implements ExcelEvents<A> {
  constructor(
    private readonly context: FakeContext,
    private readonly path: string,
    private readonly handlers: () => Set<Handler<A>>,
    private readonly version: string,
  ) {}
  add(handler: (args: A) => Promise<unknown>): ExcelEventResult {
    const context = this.context;
    context.enqueue({ on: this.path, do: "add handler" }, () => {
      context.excel.requireVersion(this.version, this.path);
      this.handlers().add(handler);
      return undefined;
    });
    return {
      context,
      remove: () =>
        context.enqueue({ on: this.path, do: "remove handler" }, () => {
          this.handlers().delete(handler);
          return undefined;
        }),
    };
  }
}

class WorksheetProxy implements ExcelWorksheet {
  readonly loaded = new Loaded();
  readonly protectionLoaded = new Loaded();
  readonly protection: ExcelWorksheet["protection"];
  readonly tables: TableCollectionProxy;
  readonly freezePanes: ExcelWorksheet["freezePanes"];
  readonly pageLayout: ExcelWorksheet["pageLayout"];
  readonly onChanged: ExcelWorksheet["onChanged"];

  constructor(
    private readonly context: FakeContext,
    readonly path: string,
    private readonly resolve: () => SheetModel,
  ) {
    const loaded = this.protectionLoaded;
    const act = (name: string, value: unknown, run: (s: SheetModel) => void, version = "1.1") =>
      this.context.enqueue({ on: this.path, do: name, value }, () => {
        this.context.excel.requireVersion(version, name);
        run(this.resolve());
        return undefined;
      });
    this.protection = {
      get protected(): boolean {
        return loaded.get("protected");
      },
      protect: (options) =>
        act("protection.protect", options, (s) => {
          if (s.protected) throw new FakeOfficeError("InvalidOperation", "the sheet is already protected");
          s.protected = true;
          s.protectOptions = options;
        }),
      unprotect: () => act("protection.unprotect", undefined, (s) => (s.protected = false)),
    };
    this.tables = new TableCollectionProxy(context, `${path}.tables`, () => this.resolve());
    this.freezePanes = {
      freezeRows: (count = 1) => act("freezePanes.freezeRows", count, (s) => (s.freezeRows = count), "1.7"),
      unfreeze: () => act("freezePanes.unfreeze", undefined, (s) => (s.freezeRows = 0), "1.7"),
    };
    const layout = (key: "orientation" | "paperSize" | "zoom") => ({
      get: () => {
        throw notLoaded(key);
      },
      set: (v: never) => act(`pageLayout.${key}`, v, (s) => (s.pageLayout[key] = v), "1.9"),
    });
    this.pageLayout = Object.defineProperties({} as ExcelWorksheet["pageLayout"], {
      orientation: layout("orientation"),
      paperSize: layout("paperSize"),
      zoom: layout("zoom"),
    });
    this.onChanged = new Events(context, `${path}.onChanged`, () => this.resolve().changedHandlers, "1.7");
  }

  private set(name: string, value: unknown, run: (s: SheetModel) => void, version = "1.1"): void {
    this.context.enqueue({ on: this.path, set: name, value }, () => {
      this.context.excel.requireVersion(version, name);
      run(this.resolve());
      return undefined;
    });
  }

  get id(): string {
    return this.loaded.get("id");
  }
  get name(): string {
    return this.loaded.get("name");
  }
  set name(v: string) {
    this.set("name", v, (s) => (s.name = v));
  }
  get visibility(): string {
    return this.loaded.get("visibility");
  }
  set visibility(v: string) {
    this.set("visibility", v, (s) => {
      if (v !== "Visible" && this.context.excel.sheets.every((o) => o === s || o.visibility !== "Visible"))
        throw new FakeOfficeError("InvalidOperation", "a workbook keeps one visible sheet");
      s.visibility = v;
    });
  }
  get tabColor(): string {
    return this.loaded.get("tabColor");
  }
  set tabColor(v: string) {
    this.set("tabColor", v, (s) => (s.tabColor = v), "1.7");
  }

  load(names: string): WorksheetProxy {
    queueLoad(this.context, this.path, names, (props) => loadSheet(this, this.resolve(), props));
    return this;
  }

  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.context, `${this.path}.getRange(${address ?? ""})`, () => ({
      sheet: this.resolve(),
      box: address === undefined ? "all" : parseAddress(address),
    }));
  }

  getRanges(address = ""): RangeAreasProxy {
    return new RangeAreasProxy(this.context, `${this.path}.getRanges(${address})`, () => {
      this.context.excel.requireVersion("1.9", "getRanges");
      const sheet = this.resolve();
      return { sheet, areas: address.split(",").map((a) => qualified(sheet, parseAddress(a.trim()))) };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return new RangeProxy(
      this.context,
      `${this.path}.getUsedRangeOrNullObject(${valuesOnly})`,
      () => {
        const sheet = this.resolve();
        const used = this.context.excel.usedBox(sheet);
        return used ? { sheet, box: used } : null;
      },
      true,
    );
  }

  activate(): void {
    this.context.enqueue({ on: this.path, do: "activate" }, () => {
      this.context.excel.active = { sheet: this.resolve().name };
      return undefined;
    });
  }
}

function loadSheet(proxy: WorksheetProxy, sheet: SheetModel, props: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const p of props) {
    let value: unknown;
    if (p === "protection/protected") {
      value = sheet.protected;
      proxy.protectionLoaded.set("protected", value);
    } else if (p === "name" || p === "visibility" || p === "tabColor" || p === "id") {
      value = sheet[p];
      proxy.loaded.set(p, value);
    } else throw new Error(`fake: loading ${p} of a worksheet is not modelled`);
    out[p] = value;
  }
  return out;
}

class WorksheetCollectionProxy implements ExcelWorksheetCollection {
  private readonly loaded = new Loaded();
  readonly onAdded: ExcelEvents<{ worksheetId: string }>;
  readonly onDeleted: ExcelEvents<{ worksheetId: string }>;
  constructor(private readonly context: FakeContext) {
    this.onAdded = new Events(context, "worksheets.onAdded", () => context.excel.addedHandlers, "1.7");
    this.onDeleted = new Events(context, "worksheets.onDeleted", () => context.excel.deletedHandlers, "1.7");
  }

  get items(): WorksheetProxy[] {
    return this.loaded.get("items");
  }

  load(names: string): WorksheetCollectionProxy {
    queueLoad(this.context, "worksheets", names, (props) => {
      const inner = props.map((p) => {
        if (!p.startsWith("items/")) throw new Error(`fake: load ${p} on a collection`);
        return p.slice("items/".length);
      });
      const items = this.context.excel.sheets.map((model, i) => ({
        proxy: new WorksheetProxy(this.context, `worksheets.items[${i}]`, () => model),
        model,
      }));
      this.loaded.set(
        "items",
        items.map((i) => i.proxy),
      );
      return items.map(({ proxy, model }) => loadSheet(proxy, model, inner));
    });
    return this;
  }

  getItem(key: string): WorksheetProxy {
    return new WorksheetProxy(this.context, `worksheets.getItem(${key})`, () => {
      const found = this.context.excel.findSheet(key) ?? this.context.excel.sheets.find((s) => s.id === key);
      if (!found)
        throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist: sheet ${key}`);
      return found;
    });
  }

  add(name?: string): WorksheetProxy {
    const slot: { sheet?: SheetModel } = {};
    this.context.enqueue({ on: "worksheets", do: "add", name }, () => {
      slot.sheet = this.context.excel.addSheet(name ?? `Sheet${this.context.excel.sheets.length + 1}`);
      return undefined;
    });
    return new WorksheetProxy(this.context, `worksheets.add(${name ?? ""})`, () => {
      if (!slot.sheet) throw new Error("fake: sheet used before it was added");
      return slot.sheet;
    });
  }
}

/** A fresh workbook as Excel opens one: a single empty sheet. */
export function newWorkbook(options: FakeExcelOptions = {}, firstSheet = "Sheet1"): FakeExcel {
  const excel = new FakeExcel(options);
  excel.addSheet(firstSheet);
  return excel;
}
