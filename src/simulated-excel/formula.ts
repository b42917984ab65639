/**
 * A small formula evaluator so that formula cells written through the API read back a result.
 * Supports references (A1, ranges, other sheets, whole columns/rows, defined names, structured
 * table references), arithmetic/comparison/concatenation and common functions (see FUNCTIONS).
 * Anything else yields the cell's cached value (e.g. from a loaded file) or `#NAME?`.
 */
import { type CellRect, parseAddress, rectIntersection } from "./address";
import type { CellValue, SimulatedWorksheet, SimulatedWorkbook, TableData } from "./model";
import { cellKey } from "./model";
import { dateToSerial, formatValue, serialToParts } from "./text-format";

export interface EvalResult {
  value: CellValue | null;
  error: boolean;
}

class FormulaError {
  constructor(readonly code: string) {}
}

class Unsupported extends Error {}

interface RangeRef {
  sheet: SimulatedWorksheet;
  rect: CellRect;
}

type Scalar = number | string | boolean | null | FormulaError;
type Value = Scalar | RangeRef | Scalar[][];

interface Ctx {
  wb: SimulatedWorkbook;
  sheet: SimulatedWorksheet;
  row: number;
  col: number;
}

const cache = new WeakMap<SimulatedWorkbook, { version: number; values: Map<string, EvalResult> }>();
const inProgress = new Set<string>();
const namesInProgress = new Set<string>();

export function evaluateCell(ws: SimulatedWorksheet, row: number, col: number, retried = false): EvalResult {
  const cell = ws.getCell(row, col);
  if (!cell?.formula) return { value: cell?.value ?? null, error: !!cell?.error };
  const wb = ws.workbook;
  let entry = cache.get(wb);
  if (!entry || entry.version !== wb.version) {
    entry = { version: wb.version, values: new Map() };
    cache.set(wb, entry);
  }
  const key = `${ws.id}:${cellKey(row, col)}`;
  const cached = entry.values.get(key);
  if (cached) return cached;
  if (inProgress.has(key)) return { value: 0, error: false }; // circular reference: Excel shows 0
  inProgress.add(key);
  depth++;
  let result: EvalResult;
  try {
    const value = evaluate(cell.formula, { wb, sheet: ws, row, col });
    result = toResult(value);
  } catch (e) {
    if (e instanceof RangeError && depth === 1 && !retried) {
      // Long dependency chains (running totals): evaluate the sheet top-down first, then retry.
      inProgress.delete(key);
      depth--;
      warmUp(ws);
      return evaluateCell(ws, row, col, true);
    }
    if (e instanceof RangeError && depth === 1) {
      result = { value: "#NUM!", error: true };
      entry.values.set(key, result);
      return result;
    }
    if (!(e instanceof Unsupported)) throw e;
    result =
      cell.value !== null && cell.value !== undefined
        ? { value: cell.value, error: !!cell.error }
        : { value: "#NAME?", error: true };
  } finally {
    if (inProgress.delete(key)) depth--;
  }
  entry.values.set(key, result);
  return result;
}

let depth = 0;

/** Evaluates every formula of a sheet in row-major order, so that later reads hit the cache. */
function warmUp(ws: SimulatedWorksheet): void {
  const keys = [...ws.cells.keys()].filter((k) => ws.cells.get(k)?.formula).sort((a, b) => a - b);
  for (const k of keys) evaluateCell(ws, Math.floor(k / 16384), k % 16384, true);
}

function toResult(value: Value): EvalResult {
  if (value instanceof FormulaError) return { value: value.code, error: true };
  if (isRange(value) || Array.isArray(value)) {
    const first = isRange(value) ? readRef(value.sheet, value.rect.r0, value.rect.c0) : value[0][0];
    return toResult(first);
  }
  if (value === null) return { value: 0, error: false };
  return { value, error: false };
}

function isRange(v: unknown): v is RangeRef {
  return !!v && typeof v === "object" && "rect" in (v as Record<string, unknown>);
}

function readRef(sheet: SimulatedWorksheet, row: number, col: number): Scalar {
  const cell = sheet.getCell(row, col);
  if (!cell) return null;
  const r = cell.formula ? evaluateCell(sheet, row, col) : { value: cell.value, error: !!cell.error };
  if (r.error) return new FormulaError(String(r.value));
  return r.value;
}

// ---------------------------------------------------------------- tokenizer

type Tok =
  | { t: "num"; v: number }
  | { t: "str"; v: string }
  | { t: "bool"; v: boolean }
  | { t: "err"; v: string }
  | { t: "ref"; v: string }
  | { t: "struct"; table: string; spec: string }
  | { t: "name"; v: string }
  | { t: "func"; v: string }
  | { t: "op"; v: string }
  | { t: "("; v?: undefined }
  | { t: ")"; v?: undefined }
  | { t: ","; v?: undefined };

const REF_PART = String.raw`\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d+:\$?\d+`;
const SHEET_PREFIX = String.raw`(?:'(?:[^']|'')+'|[A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*)!`;
const REF_RE = new RegExp(`^(?:${SHEET_PREFIX})?(?:${REF_PART})(?![\\w(])`);

function tokenize(src: string): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const rest = src.slice(i);
    const ch = src[i];
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    let m: RegExpExecArray | null;
    if (ch === '"') {
      let j = i + 1;
      let s = "";
      while (j < src.length) {
        if (src[j] === '"') {
          if (src[j + 1] === '"') {
            s += '"';
            j += 2;
            continue;
          }
          break;
        }
        s += src[j++];
      }
      toks.push({ t: "str", v: s });
      i = j + 1;
    } else if ((m = /^#(?:N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!)/i.exec(rest))) {
      toks.push({ t: "err", v: m[0].toUpperCase() });
      i += m[0].length;
    } else if ((m = REF_RE.exec(rest))) {
      toks.push({ t: "ref", v: m[0] });
      i += m[0].length;
    } else if ((m = /^(\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/.exec(rest))) {
      toks.push({ t: "num", v: Number(m[0]) });
      i += m[0].length;
    } else if ((m = /^([A-Za-z_\\][\w.]*)?\[/.exec(rest))) {
      // structured reference: Table1[Col], Table1[[#Totals],[Col]], [@Col]
      let depth = 0;
      let j = i + (m[1]?.length ?? 0);
      const start = j;
      for (; j < src.length; j++) {
        if (src[j] === "[") depth++;
        else if (src[j] === "]") {
          depth--;
          if (depth === 0) break;
        }
      }
      toks.push({ t: "struct", table: m[1] ?? "", spec: src.slice(start + 1, j) });
      i = j + 1;
    } else if ((m = /^([A-Za-z_][\w.]*)\s*\(/.exec(rest))) {
      toks.push({ t: "func", v: m[1].toUpperCase().replace(/^_XLFN\./, "") });
      i += m[0].length;
      toks.push({ t: "(" });
    } else if ((m = /^(TRUE|FALSE)(?![\w(])/i.exec(rest))) {
      toks.push({ t: "bool", v: m[1].toUpperCase() === "TRUE" });
      i += m[0].length;
    } else if ((m = /^[A-Za-z_\\][\w.]*/.exec(rest))) {
      toks.push({ t: "name", v: m[0] });
      i += m[0].length;
    } else if ((m = /^(<=|>=|<>|[-+*/^&=<>%])/.exec(rest))) {
      toks.push({ t: "op", v: m[0] });
      i += m[0].length;
    } else if (ch === "(" || ch === ")" || ch === ",") {
      toks.push({ t: ch });
      i++;
    } else {
      throw new Unsupported(`Unexpected character ${ch}`);
    }
  }
  return toks;
}

// ---------------------------------------------------------------- parser + evaluator

type Node =
  | { k: "lit"; v: Scalar }
  | { k: "ref"; v: string }
  | { k: "struct"; table: string; spec: string }
  | { k: "name"; v: string }
  | { k: "un"; op: string; a: Node }
  | { k: "bin"; op: string; a: Node; b: Node }
  | { k: "pct"; a: Node }
  | { k: "call"; f: string; args: Node[] };

function parse(src: string): Node {
  const toks = tokenize(src);
  let p = 0;
  const peek = (): Tok | undefined => toks[p];
  const next = (): Tok => {
    const tok = toks[p++];
    if (!tok) throw new Unsupported("Unexpected end of formula");
    return tok;
  };
  const levels: string[][] = [["=", "<>", "<", ">", "<=", ">="], ["&"], ["+", "-"], ["*", "/"], ["^"]];
  const binary = (level: number): Node => {
    if (level === levels.length) return unary();
    let left = binary(level + 1);
    for (;;) {
      const tok = peek();
      if (tok?.t === "op" && levels[level].includes(tok.v)) {
        p++;
        left = { k: "bin", op: tok.v, a: left, b: binary(level + 1) };
      } else return left;
    }
  };
  const unary = (): Node => {
    const tok = peek();
    if (tok?.t === "op" && (tok.v === "-" || tok.v === "+")) {
      p++;
      return { k: "un", op: tok.v, a: unary() };
    }
    let node = primary();
    while (peek()?.t === "op" && (peek() as { v: string }).v === "%") {
      p++;
      node = { k: "pct", a: node };
    }
    return node;
  };
  const primary = (): Node => {
    const tok = next();
    switch (tok.t) {
      case "num":
      case "str":
      case "bool":
        return { k: "lit", v: tok.v };
      case "err":
        return { k: "lit", v: new FormulaError(tok.v) };
      case "ref":
        return { k: "ref", v: tok.v };
      case "struct":
        return { k: "struct", table: tok.table, spec: tok.spec };
      case "name":
        return { k: "name", v: tok.v };
      case "(": {
        const inner = binary(0);
        if (next().t !== ")") throw new Unsupported("Missing )");
        return inner;
      }
      case "func": {
        next(); // (
        const args: Node[] = [];
        if (peek()?.t === ")") {
          p++;
          return { k: "call", f: tok.v, args };
        }
        for (;;) {
          if (peek()?.t === "," || peek()?.t === ")") args.push({ k: "lit", v: null });
          else args.push(binary(0));
          const sep = next();
          if (sep.t === ")") break;
          if (sep.t !== ",") throw new Unsupported("Expected , or )");
        }
        return { k: "call", f: tok.v, args };
      }
      default:
        throw new Unsupported(`Unexpected token ${tok.t}`);
    }
  };
  const node = binary(0);
  if (p !== toks.length) throw new Unsupported("Trailing tokens");
  return node;
}

const parseCache = new Map<string, Node>();

function evaluate(formula: string, ctx: Ctx): Value {
  let node = parseCache.get(formula);
  if (!node) {
    node = parse(formula.replace(/^=/, ""));
    if (parseCache.size > 5000) parseCache.clear();
    parseCache.set(formula, node);
  }
  return ev(node, ctx);
}

function ev(node: Node, ctx: Ctx): Value {
  switch (node.k) {
    case "lit":
      return node.v;
    case "ref":
      return resolveRef(node.v, ctx);
    case "struct":
      return resolveStructured(node.table, node.spec, ctx);
    case "name": {
      const named = ctx.wb.findName(node.v);
      if (!named || namesInProgress.has(named.name)) return new FormulaError("#NAME?");
      namesInProgress.add(named.name);
      try {
        return evaluate(named.formula, ctx);
      } finally {
        namesInProgress.delete(named.name);
      }
    }
    case "un": {
      const v = toNumber(scalarOf(ev(node.a, ctx), ctx));
      if (v instanceof FormulaError) return v;
      return node.op === "-" ? -v : v;
    }
    case "pct": {
      const v = toNumber(scalarOf(ev(node.a, ctx), ctx));
      return v instanceof FormulaError ? v : v / 100;
    }
    case "bin":
      return binaryOp(node.op, scalarOf(ev(node.a, ctx), ctx), scalarOf(ev(node.b, ctx), ctx));
    case "call": {
      const fn = FUNCTIONS[node.f];
      if (!fn) throw new Unsupported(`Function ${node.f}`);
      return fn(node.args, ctx);
    }
  }
}

function resolveRef(text: string, ctx: Ctx): Value {
  const parsed = parseAddress(text);
  if (!parsed) return new FormulaError("#REF!");
  const sheet = parsed.sheetName !== undefined ? ctx.wb.findWorksheet(parsed.sheetName) : ctx.sheet;
  if (!sheet) return new FormulaError("#REF!");
  return { sheet, rect: parsed.rect };
}

function resolveStructured(tableName: string, spec: string, ctx: Ctx): Value {
  let table: TableData | undefined;
  if (tableName) table = ctx.wb.findTable(tableName);
  else
    table = ctx.sheet.tables.find((t) =>
      rectIntersection(t.rect, { r0: ctx.row, r1: ctx.row, c0: ctx.col, c1: ctx.col }),
    );
  if (!table) return new FormulaError("#REF!");
  const parts = spec.includes("[")
    ? [...spec.matchAll(/\[([^\]]*)\]/g)].map((m) => m[1].trim())
    : spec.split(",").map((s) => s.trim());
  let area = "#Data";
  let thisRow = false;
  const cols: string[] = [];
  for (const raw of parts) {
    let part = raw;
    if (part.startsWith("@")) {
      thisRow = true;
      part = part.slice(1).replace(/^\[|\]$/g, "");
      if (!part) continue;
    }
    if (/^#(All|Data|Headers|Totals|This Row)$/i.test(part)) {
      if (/^#This Row$/i.test(part)) thisRow = true;
      else area = part;
    } else if (part) cols.push(part.replace(/'(.)/g, "$1"));
  }
  const bodyStart = table.rect.r0 + (table.showHeaders ? 1 : 0);
  const bodyEnd = table.rect.r1 - (table.showTotals ? 1 : 0);
  let r0 = bodyStart;
  let r1 = bodyEnd;
  if (/#All/i.test(area)) [r0, r1] = [table.rect.r0, table.rect.r1];
  else if (/#Headers/i.test(area)) [r0, r1] = [table.rect.r0, table.rect.r0];
  else if (/#Totals/i.test(area)) [r0, r1] = [table.rect.r1, table.rect.r1];
  if (thisRow) [r0, r1] = [ctx.row, ctx.row];
  let c0 = table.rect.c0;
  let c1 = table.rect.c1;
  if (cols.length > 0) {
    const idx = cols.map((name) =>
      table!.columns.findIndex((c) => c.name.toLowerCase() === name.toLowerCase()),
    );
    if (idx.some((i) => i < 0)) return new FormulaError("#REF!");
    c0 = table.rect.c0 + Math.min(...idx);
    c1 = table.rect.c0 + Math.max(...idx);
  }
  return { sheet: table.worksheet, rect: { r0, r1, c0, c1 } };
}

/** Implicit intersection of a range with the formula's row/column, as Excel does for scalars. */
function scalarOf(v: Value, ctx: Ctx): Scalar {
  if (Array.isArray(v)) return v[0]?.[0] ?? null;
  if (!isRange(v)) return v;
  const { rect, sheet } = v;
  if (rect.r0 === rect.r1 && rect.c0 === rect.c1) return readRef(sheet, rect.r0, rect.c0);
  if (rect.c0 === rect.c1 && ctx.row >= rect.r0 && ctx.row <= rect.r1)
    return readRef(sheet, ctx.row, rect.c0);
  if (rect.r0 === rect.r1 && ctx.col >= rect.c0 && ctx.col <= rect.c1)
    return readRef(sheet, rect.r0, ctx.col);
  return new FormulaError("#VALUE!");
}

function toNumber(v: Scalar): number | FormulaError {
  if (v instanceof FormulaError) return v;
  if (v === null || v === "") return 0;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "number") return v;
  const n = Number(v.replace(/,/g, ""));
  return Number.isFinite(n) && v.trim() !== "" ? n : new FormulaError("#VALUE!");
}

function toText(v: Scalar): string | FormulaError {
  if (v instanceof FormulaError) return v;
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number") return formatValue(v, "General");
  return v;
}

function toBool(v: Scalar): boolean | FormulaError {
  if (v instanceof FormulaError) return v;
  if (typeof v === "boolean") return v;
  if (v === null) return false;
  if (typeof v === "number") return v !== 0;
  if (/^true$/i.test(v)) return true;
  if (/^false$/i.test(v)) return false;
  return new FormulaError("#VALUE!");
}

function compare(a: Scalar, b: Scalar): number {
  const rank = (v: Scalar): number =>
    typeof v === "number" || v === null ? 0 : typeof v === "string" ? 1 : 2;
  const na = a === null ? (typeof b === "string" ? "" : typeof b === "boolean" ? false : 0) : a;
  const nb = b === null ? (typeof a === "string" ? "" : typeof a === "boolean" ? false : 0) : b;
  const ra = rank(na as Scalar);
  const rb = rank(nb as Scalar);
  if (ra !== rb) return ra - rb;
  if (typeof na === "string" && typeof nb === "string") {
    const x = na.toLowerCase();
    const y = nb.toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  const x = Number(na);
  const y = Number(nb);
  return x < y ? -1 : x > y ? 1 : 0;
}

function binaryOp(op: string, a: Scalar, b: Scalar): Scalar {
  if (a instanceof FormulaError) return a;
  if (b instanceof FormulaError) return b;
  if (op === "&") {
    return (toText(a) as string) + (toText(b) as string);
  }
  if (["=", "<>", "<", ">", "<=", ">="].includes(op)) {
    const c = compare(a, b);
    switch (op) {
      case "=":
        return c === 0;
      case "<>":
        return c !== 0;
      case "<":
        return c < 0;
      case ">":
        return c > 0;
      case "<=":
        return c <= 0;
      default:
        return c >= 0;
    }
  }
  const x = toNumber(a);
  const y = toNumber(b);
  if (x instanceof FormulaError) return x;
  if (y instanceof FormulaError) return y;
  switch (op) {
    case "+":
      return x + y;
    case "-":
      return x - y;
    case "*":
      return x * y;
    case "/":
      return y === 0 ? new FormulaError("#DIV/0!") : x / y;
    case "^":
      return Math.pow(x, y);
  }
  throw new Unsupported(op);
}

// ---------------------------------------------------------------- functions

type Fn = (args: Node[], ctx: Ctx) => Value;

/** All values of an argument, flattened (ranges read cell by cell, skipping empty cells). */
function flatten(v: Value, ctx: Ctx, out: Array<{ v: Scalar; fromRef: boolean }> = []): typeof out {
  if (isRange(v)) {
    const { sheet, rect } = v;
    const used = sheet.usedRect(true);
    const r = used ? rectIntersection(rect, used) : null;
    if (!r) return out;
    sheet.forEachCellIn(r, (_cell, row, col) => {
      const s = readRef(sheet, row, col);
      if (s !== null) out.push({ v: s, fromRef: true });
    });
    return out;
  }
  if (Array.isArray(v)) {
    for (const row of v) for (const s of row) out.push({ v: s, fromRef: true });
    return out;
  }
  void ctx;
  out.push({ v, fromRef: false });
  return out;
}

function numbersOf(args: Node[], ctx: Ctx): number[] | FormulaError {
  const nums: number[] = [];
  for (const arg of args) {
    for (const { v, fromRef } of flatten(ev(arg, ctx), ctx)) {
      if (v instanceof FormulaError) return v;
      if (typeof v === "number") nums.push(v);
      else if (!fromRef) {
        const n = toNumber(v);
        if (n instanceof FormulaError) return n;
        nums.push(n);
      }
    }
  }
  return nums;
}

function agg(fn: (nums: number[]) => Scalar): Fn {
  return (args, ctx) => {
    const nums = numbersOf(args, ctx);
    return nums instanceof FormulaError ? nums : fn(nums);
  };
}

const sum = (n: number[]): number => n.reduce((a, b) => a + b, 0);
const average = (n: number[]): Scalar => (n.length ? sum(n) / n.length : new FormulaError("#DIV/0!"));

function matchesCriterion(value: Scalar, criterion: Scalar): boolean {
  if (criterion instanceof FormulaError) return false;
  let op = "=";
  let target: Scalar = criterion;
  if (typeof criterion === "string") {
    const m = /^(<=|>=|<>|=|<|>)?(.*)$/s.exec(criterion)!;
    op = m[1] ?? "=";
    const rest = m[2];
    const n = Number(rest);
    target =
      rest !== "" && Number.isFinite(n) ? n : /^(TRUE|FALSE)$/i.test(rest) ? /^TRUE$/i.test(rest) : rest;
  }
  if (typeof target === "string" && (op === "=" || op === "<>") && /[*?]/.test(target)) {
    const re = new RegExp(
      `^${target
        .replace(/[.+^${}()|[\]\\]/g, "\\$&")
        .replace(/\*/g, ".*")
        .replace(/\?/g, ".")}$`,
      "i",
    );
    const ok = typeof value === "string" && re.test(value);
    return op === "=" ? ok : !ok;
  }
  if (target === "" && op === "=") return value === null || value === "";
  if (value === null && typeof target !== "string") return false;
  if (typeof target === "number" && typeof value !== "number") return op === "<>";
  const c = compare(value, target);
  switch (op) {
    case "=":
      return c === 0;
    case "<>":
      return c !== 0;
    case "<":
      return c < 0;
    case ">":
      return c > 0;
    case "<=":
      return c <= 0;
    default:
      return c >= 0;
  }
}

/** Cells of a range as a 2-D array (limited to the used area). */
function cellsOf(v: Value): Scalar[][] {
  if (Array.isArray(v)) return v;
  if (!isRange(v)) return [[v]];
  const { sheet, rect } = v;
  const used = sheet.usedRect(true);
  const r1 = Math.min(rect.r1, used ? Math.max(used.r1, rect.r0) : rect.r0);
  const c1 = Math.min(rect.c1, used ? Math.max(used.c1, rect.c0) : rect.c0);
  const out: Scalar[][] = [];
  for (let r = rect.r0; r <= r1; r++) {
    const row: Scalar[] = [];
    for (let c = rect.c0; c <= c1; c++) row.push(readRef(sheet, r, c));
    out.push(row);
  }
  return out;
}

function ifs(kind: "sum" | "count" | "average"): Fn {
  return (args, ctx) => {
    let sumRange: Scalar[][] | null = null;
    let pairs: Node[] = args;
    if (kind !== "count") {
      sumRange = cellsOf(ev(args[0], ctx));
      pairs = args.slice(1);
    }
    const conditions: Array<{ cells: Scalar[][]; crit: Scalar }> = [];
    for (let i = 0; i + 1 < pairs.length; i += 2) {
      conditions.push({ cells: cellsOf(ev(pairs[i], ctx)), crit: scalarOf(ev(pairs[i + 1], ctx), ctx) });
    }
    const rows = Math.max(sumRange?.length ?? 0, ...conditions.map((c) => c.cells.length));
    const cols = Math.max(sumRange?.[0]?.length ?? 0, ...conditions.map((c) => c.cells[0]?.length ?? 0));
    let total = 0;
    let count = 0;
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        if (!conditions.every((cond) => matchesCriterion(cond.cells[r]?.[c] ?? null, cond.crit))) continue;
        if (kind === "count") count++;
        else {
          const v = sumRange?.[r]?.[c] ?? null;
          if (typeof v === "number") {
            total += v;
            count++;
          }
        }
      }
    }
    if (kind === "count") return count;
    if (kind === "sum") return total;
    return count ? total / count : new FormulaError("#DIV/0!");
  };
}

/** SUMIF(range, criterion, [sum_range]) / COUNTIF(range, criterion) / AVERAGEIF. */
function singleIf(kind: "sum" | "count" | "average"): Fn {
  return (args, ctx) => {
    if (kind === "count") return ifs("count")(args, ctx);
    const reordered = [args[2] ?? args[0], args[0], args[1]];
    return ifs(kind)(reordered, ctx);
  };
}

function scalarArg(args: Node[], i: number, ctx: Ctx): Scalar {
  return args[i] ? scalarOf(ev(args[i], ctx), ctx) : null;
}

function numArg(args: Node[], i: number, ctx: Ctx): number | FormulaError {
  return toNumber(scalarArg(args, i, ctx));
}

function textArg(args: Node[], i: number, ctx: Ctx): string | FormulaError {
  return toText(scalarArg(args, i, ctx));
}

function withNums(fn: (...n: number[]) => Scalar, count: number): Fn {
  return (args, ctx) => {
    const nums: number[] = [];
    for (let i = 0; i < count; i++) {
      const n = numArg(args, i, ctx);
      if (n instanceof FormulaError) return n;
      nums.push(n);
    }
    return fn(...nums);
  };
}

function roundTo(x: number, digits: number, mode: "round" | "up" | "down"): number {
  const f = Math.pow(10, digits);
  const v = Math.abs(x) * f;
  const r =
    mode === "round" ? Math.round(v + 1e-9) : mode === "up" ? Math.ceil(v - 1e-9) : Math.floor(v + 1e-9);
  return (Math.sign(x) * r) / f;
}

function lookupIndex(lookup: Scalar, cells: Scalar[]): number {
  return cells.findIndex(
    (c) => c !== null && matchesCriterion(c, typeof lookup === "string" ? lookup : lookup),
  );
}

const SUBTOTAL_FUNCS: Record<number, string> = {
  1: "AVERAGE",
  2: "COUNT",
  3: "COUNTA",
  4: "MAX",
  5: "MIN",
  9: "SUM",
};

const FUNCTIONS: Record<string, Fn> = {
  SUM: agg(sum),
  AVERAGE: agg(average),
  MIN: agg((n) => (n.length ? Math.min(...n) : 0)),
  MAX: agg((n) => (n.length ? Math.max(...n) : 0)),
  COUNT: (args, ctx) => {
    let n = 0;
    for (const a of args) for (const { v } of flatten(ev(a, ctx), ctx)) if (typeof v === "number") n++;
    return n;
  },
  COUNTA: (args, ctx) => {
    let n = 0;
    for (const a of args) for (const { v } of flatten(ev(a, ctx), ctx)) if (v !== null) n++;
    return n;
  },
  COUNTBLANK: (args, ctx) => {
    const cells = cellsOf(ev(args[0], ctx));
    const v = ev(args[0], ctx);
    const total = isRange(v) ? (v.rect.r1 - v.rect.r0 + 1) * (v.rect.c1 - v.rect.c0 + 1) : 1;
    let filled = 0;
    for (const row of cells) for (const c of row) if (c !== null && c !== "") filled++;
    return total - filled;
  },
  SUMIF: singleIf("sum"),
  COUNTIF: singleIf("count"),
  AVERAGEIF: singleIf("average"),
  SUMIFS: ifs("sum"),
  COUNTIFS: ifs("count"),
  AVERAGEIFS: ifs("average"),
  SUBTOTAL: (args, ctx) => {
    const n = numArg(args, 0, ctx);
    if (n instanceof FormulaError) return n;
    const name = SUBTOTAL_FUNCS[n % 100];
    if (!name) throw new Unsupported(`SUBTOTAL(${n})`);
    return FUNCTIONS[name](args.slice(1), ctx);
  },
  IF: (args, ctx) => {
    const c = toBool(scalarArg(args, 0, ctx));
    if (c instanceof FormulaError) return c;
    if (c) return args[1] ? ev(args[1], ctx) : true;
    return args[2] ? ev(args[2], ctx) : false;
  },
  IFERROR: (args, ctx) => {
    const v = scalarArg(args, 0, ctx);
    return v instanceof FormulaError ? scalarArg(args, 1, ctx) : v;
  },
  IFNA: (args, ctx) => {
    const v = scalarArg(args, 0, ctx);
    return v instanceof FormulaError && v.code === "#N/A" ? scalarArg(args, 1, ctx) : v;
  },
  AND: (args, ctx) => {
    for (const a of args)
      for (const { v } of flatten(ev(a, ctx), ctx)) {
        const b = toBool(v);
        if (b instanceof FormulaError) return b;
        if (!b) return false;
      }
    return true;
  },
  OR: (args, ctx) => {
    for (const a of args)
      for (const { v } of flatten(ev(a, ctx), ctx)) {
        const b = toBool(v);
        if (b instanceof FormulaError) return b;
        if (b) return true;
      }
    return false;
  },
  NOT: (args, ctx) => {
    const b = toBool(scalarArg(args, 0, ctx));
    return b instanceof FormulaError ? b : !b;
  },
  ROUND: withNums((x, d) => roundTo(x, d, "round"), 2),
  ROUNDUP: withNums((x, d) => roundTo(x, d, "up"), 2),
  ROUNDDOWN: withNums((x, d) => roundTo(x, d, "down"), 2),
  ABS: withNums((x) => Math.abs(x), 1),
  INT: withNums((x) => Math.floor(x), 1),
  MOD: withNums((x, y) => (y === 0 ? new FormulaError("#DIV/0!") : x - y * Math.floor(x / y)), 2),
  CONCATENATE: (args, ctx) => {
    let s = "";
    for (let i = 0; i < args.length; i++) {
      const t = textArg(args, i, ctx);
      if (t instanceof FormulaError) return t;
      s += t;
    }
    return s;
  },
  CONCAT: (args, ctx) => {
    let s = "";
    for (const a of args)
      for (const { v } of flatten(ev(a, ctx), ctx)) {
        const t = toText(v);
        if (t instanceof FormulaError) return t;
        s += t;
      }
    return s;
  },
  LEN: (args, ctx) => {
    const t = textArg(args, 0, ctx);
    return t instanceof FormulaError ? t : t.length;
  },
  LEFT: (args, ctx) => {
    const t = textArg(args, 0, ctx);
    const n = args[1] ? numArg(args, 1, ctx) : 1;
    if (t instanceof FormulaError) return t;
    return n instanceof FormulaError ? n : t.slice(0, n);
  },
  RIGHT: (args, ctx) => {
    const t = textArg(args, 0, ctx);
    const n = args[1] ? numArg(args, 1, ctx) : 1;
    if (t instanceof FormulaError) return t;
    return n instanceof FormulaError ? n : n === 0 ? "" : t.slice(-n);
  },
  MID: (args, ctx) => {
    const t = textArg(args, 0, ctx);
    const s = numArg(args, 1, ctx);
    const n = numArg(args, 2, ctx);
    if (t instanceof FormulaError) return t;
    if (s instanceof FormulaError) return s;
    if (n instanceof FormulaError) return n;
    return t.substr(s - 1, n);
  },
  UPPER: (args, ctx) => {
    const t = textArg(args, 0, ctx);
    return t instanceof FormulaError ? t : t.toUpperCase();
  },
  LOWER: (args, ctx) => {
    const t = textArg(args, 0, ctx);
    return t instanceof FormulaError ? t : t.toLowerCase();
  },
  TRIM: (args, ctx) => {
    const t = textArg(args, 0, ctx);
    return t instanceof FormulaError ? t : t.trim().replace(/ +/g, " ");
  },
  TEXT: (args, ctx) => {
    const v = scalarArg(args, 0, ctx);
    const f = textArg(args, 1, ctx);
    if (v instanceof FormulaError) return v;
    if (f instanceof FormulaError) return f;
    return formatValue(v, f.replace(/Y/g, "y").replace(/D/g, "d"), ctx.wb.date1904);
  },
  VALUE: (args, ctx) => toNumber(scalarArg(args, 0, ctx)),
  T: (args, ctx) => {
    const v = scalarArg(args, 0, ctx);
    return typeof v === "string" || v instanceof FormulaError ? v : "";
  },
  N: (args, ctx) => {
    const v = scalarArg(args, 0, ctx);
    return typeof v === "number" ? v : typeof v === "boolean" ? (v ? 1 : 0) : 0;
  },
  DATE: (args, ctx) => {
    const y = numArg(args, 0, ctx);
    const m = numArg(args, 1, ctx);
    const d = numArg(args, 2, ctx);
    if (y instanceof FormulaError) return y;
    if (m instanceof FormulaError) return m;
    if (d instanceof FormulaError) return d;
    const base = new Date(Date.UTC(y < 1900 ? y + 1900 : y, m - 1, d));
    return dateToSerial(base.getUTCFullYear(), base.getUTCMonth() + 1, base.getUTCDate(), ctx.wb.date1904);
  },
  YEAR: withDatePart("year"),
  MONTH: withDatePart("month"),
  DAY: withDatePart("day"),
  TODAY: (_args, ctx) => {
    const now = new Date();
    return dateToSerial(now.getFullYear(), now.getMonth() + 1, now.getDate(), ctx.wb.date1904);
  },
  ISBLANK: (args, ctx) => scalarArg(args, 0, ctx) === null,
  ISNUMBER: (args, ctx) => typeof scalarArg(args, 0, ctx) === "number",
  ISTEXT: (args, ctx) => typeof scalarArg(args, 0, ctx) === "string",
  ISERROR: (args, ctx) => scalarArg(args, 0, ctx) instanceof FormulaError,
  ISNA: (args, ctx) => {
    const v = scalarArg(args, 0, ctx);
    return v instanceof FormulaError && v.code === "#N/A";
  },
  NA: () => new FormulaError("#N/A"),
  ROWS: (args, ctx) => {
    const v = ev(args[0], ctx);
    return isRange(v) ? v.rect.r1 - v.rect.r0 + 1 : 1;
  },
  COLUMNS: (args, ctx) => {
    const v = ev(args[0], ctx);
    return isRange(v) ? v.rect.c1 - v.rect.c0 + 1 : 1;
  },
  HYPERLINK: (args, ctx) => (args[1] ? scalarArg(args, 1, ctx) : scalarArg(args, 0, ctx)),
  VLOOKUP: (args, ctx) => {
    const lookup = scalarArg(args, 0, ctx);
    const table = cellsOf(ev(args[1], ctx));
    const col = numArg(args, 2, ctx);
    if (col instanceof FormulaError) return col;
    const exact = args[3] ? toBool(scalarArg(args, 3, ctx)) === false : false;
    if (!exact) throw new Unsupported("approximate VLOOKUP");
    const i = lookupIndex(
      lookup,
      table.map((r) => r[0] ?? null),
    );
    return i < 0 ? new FormulaError("#N/A") : (table[i][col - 1] ?? null);
  },
  MATCH: (args, ctx) => {
    const lookup = scalarArg(args, 0, ctx);
    const cells = cellsOf(ev(args[1], ctx)).flat();
    const type = args[2] ? numArg(args, 2, ctx) : 1;
    if (type !== 0) throw new Unsupported("approximate MATCH");
    const i = lookupIndex(lookup, cells);
    return i < 0 ? new FormulaError("#N/A") : i + 1;
  },
  INDEX: (args, ctx) => {
    const v = ev(args[0], ctx);
    const r = numArg(args, 1, ctx);
    const c = args[2] ? numArg(args, 2, ctx) : 1;
    if (r instanceof FormulaError) return r;
    if (c instanceof FormulaError) return c;
    if (isRange(v)) {
      const row = v.rect.r0 + Math.max(r, 1) - 1;
      const col = v.rect.c0 + Math.max(c, 1) - 1;
      if (row > v.rect.r1 || col > v.rect.c1) return new FormulaError("#REF!");
      return readRef(v.sheet, row, col);
    }
    return cellsOf(v)[r - 1]?.[c - 1] ?? new FormulaError("#REF!");
  },
  SUMPRODUCT: (args, ctx) => {
    const arrays = args.map((a) => cellsOf(ev(a, ctx)));
    let total = 0;
    const rows = arrays[0]?.length ?? 0;
    const cols = arrays[0]?.[0]?.length ?? 0;
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < cols; c++) {
        let p = 1;
        for (const a of arrays) {
          const v = a[r]?.[c];
          p *= typeof v === "number" ? v : 0;
        }
        total += p;
      }
    return total;
  },
};

function withDatePart(part: "year" | "month" | "day"): Fn {
  return (args, ctx) => {
    const n = numArg(args, 0, ctx);
    if (n instanceof FormulaError) return n;
    return serialToParts(n, ctx.wb.date1904)[part];
  };
}

/** Names of the functions the evaluator supports. */
export const SUPPORTED_FUNCTIONS = Object.keys(FUNCTIONS);
