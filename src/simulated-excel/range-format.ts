/** Range formatting proxies: format, font, fill, borders, protection. */
import { MAX_ROWS, isEntireColumns, isEntireRows, rectArea, rectIntersection } from "./address";
import { apiText } from "./cells";
import { SimClientObject, SimCollection, defineClass } from "./client-object";
import { normalizeColor } from "./colors";
import { invalidArgument } from "./errors";
import { type CellStyle, DEFAULT_STYLE } from "./model";
import type { RangeTarget } from "./range";
import {
  BORDER_INDEXES,
  type BorderIndexName,
  applyBorder,
  applyStyle,
  readBorder,
  readUniform,
} from "./styles";
import { validateBoolean, validateEnum, validateInteger, validateNumber, validateString } from "./validation";

const H_ALIGN = [
  "General",
  "Left",
  "Center",
  "Right",
  "Fill",
  "Justify",
  "CenterAcrossSelection",
  "Distributed",
] as const;
const V_ALIGN = ["Top", "Center", "Bottom", "Justify", "Distributed"] as const;
const UNDERLINE = ["None", "Single", "Double", "SingleAccountant", "DoubleAccountant"] as const;
const BORDER_STYLES = [
  "None",
  "Continuous",
  "Dash",
  "DashDot",
  "DashDotDot",
  "Dot",
  "Double",
  "SlantDashDot",
] as const;
const BORDER_WEIGHTS = ["Hairline", "Thin", "Medium", "Thick"] as const;

/** Max column width in points (255 characters) and row height in points. */
const MAX_COLUMN_WIDTH = 1789;
const MAX_ROW_HEIGHT = 409;

function styleProp<K extends keyof CellStyle>(
  key: K,
  validate: (v: unknown) => CellStyle[K],
): { get: (t: RangeTarget) => unknown; set: (t: RangeTarget, v: never) => void } {
  return {
    get: (t) =>
      readUniform(
        t.sheet,
        t.rect,
        (s) => (s[key] ?? (DEFAULT_STYLE as Record<string, unknown>)[key]) as unknown,
      ),
    set: (t, v) => applyStyle(t.sheet, t.rect, { [key]: validate(v) } as CellStyle),
  };
}

/**
 * Advance widths of Calibri (Excel's default font) in em, by character class — close to the font's own
 * metrics, so that autofit and wrapping estimates come out near Excel's (a space is narrow: 0,23 em).
 */
function charWidth(ch: string): number {
  if (ch === " ") return 0.23;
  if ("iljI.,:;'|!".includes(ch)) return 0.24;
  if ("frtJ()[]-".includes(ch)) return 0.33;
  if ('sczv/"xyk'.includes(ch)) return 0.43;
  if ("mM%".includes(ch)) return 0.82;
  if ("wW@".includes(ch)) return 0.8;
  if (ch >= "0" && ch <= "9") return 0.51;
  if (ch >= "A" && ch <= "Z") return 0.58;
  return 0.51;
}

/** Approximate text width in points for autofit (Calibri-like metrics). */
function textWidth(text: string, size: number, bold: boolean): number {
  let units = 0;
  for (const ch of text) units += charWidth(ch);
  return units * size * (bold ? 1.07 : 1);
}

/**
 * Lines a wrapped text takes in `width` points, broken at spaces as Excel breaks it (a word longer
 * than the width is broken inside). A 5% margin keeps the estimate on the safe side: a row a little
 * too tall wastes paper, one too short would hide text.
 */
function wrappedLines(line: string, width: number, size: number, bold: boolean): number {
  const space = textWidth(" ", size, bold);
  let lines = 1;
  let used = 0;
  for (const word of line.split(" ")) {
    const w = textWidth(word, size, bold) * 1.05;
    const needed = used === 0 ? w : used + space + w;
    if (needed <= width) used = needed;
    else if (used === 0) {
      lines += Math.ceil(w / width) - 1;
      used = w % width;
    } else {
      lines += Math.ceil(w / width);
      used = w > width ? w % width : w;
    }
  }
  return lines;
}

function autofitColumns(t: RangeTarget): void {
  const ws = t.sheet;
  const used = ws.usedRect(true);
  const area = used ? rectIntersection(t.rect, used) : null;
  if (!area) return;
  const widths = new Map<number, number>();
  ws.forEachCellIn(area, (cell, r, c) => {
    if (cell.value === null && !cell.formula) return;
    if (ws.merges.some((m) => r >= m.r0 && r <= m.r1 && c >= m.c0 && c <= m.c1 && m.c0 !== m.c1)) return;
    const style = ws.effectiveStyle(r, c);
    if (style.wrapText) return;
    const size = style.fontSize ?? DEFAULT_STYLE.fontSize;
    const longest = apiText(ws, r, c)
      .split("\n")
      .reduce((m, line) => Math.max(m, textWidth(line, size, !!style.bold)), 0);
    widths.set(c, Math.max(widths.get(c) ?? 0, longest + 5.25));
  });
  for (const [c, w] of widths) ws.columnWidths.set(c, Math.min(MAX_COLUMN_WIDTH, Math.round(w * 4) / 4));
}

function autofitRows(t: RangeTarget): void {
  const ws = t.sheet;
  const used = ws.usedRect(false);
  const area = used ? rectIntersection(t.rect, used) : null;
  if (!area) return;
  const heights = new Map<number, number>();
  for (let r = area.r0; r <= area.r1; r++) heights.set(r, ws.defaultRowHeight);
  ws.forEachCellIn(area, (cell, r, c) => {
    const style = ws.effectiveStyle(r, c);
    const size = style.fontSize ?? DEFAULT_STYLE.fontSize;
    const lineHeight = Math.round(size * 1.3636 * 4) / 4;
    let lines = 1;
    if (cell.value !== null || cell.formula) {
      const text = apiText(ws, r, c);
      const explicit = text.split("\n");
      if (style.wrapText) {
        // A column's width is the digits that fit plus 5 pixels of padding (3,75 pt).
        const width = Math.max(1, ws.columnWidth(c) - 3.75);
        lines = explicit.reduce((n, line) => n + wrappedLines(line, width, size, !!style.bold), 0);
      } else {
        lines = explicit.length;
      }
    }
    heights.set(r, Math.max(heights.get(r) ?? 0, Math.min(MAX_ROW_HEIGHT, lines * lineHeight)));
  });
  for (const [r, h] of heights) {
    if (h === ws.defaultRowHeight) ws.rowHeights.delete(r);
    else ws.rowHeights.set(r, h);
  }
}

export class RangeFormatProxy extends SimClientObject<RangeTarget> {
  declare horizontalAlignment: string;
  declare verticalAlignment: string;
  declare wrapText: boolean;
  declare columnWidth: number;
  declare rowHeight: number;
  declare indentLevel: number;
  declare useStandardWidth: boolean;
  declare useStandardHeight: boolean;

  protected override _isAlive(t: RangeTarget): boolean {
    return !t.sheet.deleted;
  }

  get font(): RangeFontProxy {
    return this._child(
      "font",
      () => new RangeFontProxy(this.context, `${this._simPath}.font`, () => this._ref()),
    );
  }

  get fill(): RangeFillProxy {
    return this._child(
      "fill",
      () => new RangeFillProxy(this.context, `${this._simPath}.fill`, () => this._ref()),
    );
  }

  get borders(): RangeBorderCollectionProxy {
    return this._child(
      "borders",
      () => new RangeBorderCollectionProxy(this.context, `${this._simPath}.borders`, () => this._ref()),
    );
  }

  get protection(): FormatProtectionProxy {
    return this._child(
      "protection",
      () => new FormatProtectionProxy(this.context, `${this._simPath}.protection`, () => this._ref()),
    );
  }

  autofitColumns(): void {
    this._op("autofitColumns", [], (t) => autofitColumns(t));
  }

  autofitRows(): void {
    this._op("autofitRows", [], (t) => autofitRows(t));
  }
}

defineClass<RangeTarget>(
  RangeFormatProxy,
  "RangeFormat",
  {
    horizontalAlignment: styleProp("horizontalAlignment", (v) =>
      validateEnum(v, H_ALIGN, "horizontal alignment"),
    ),
    verticalAlignment: styleProp("verticalAlignment", (v) => validateEnum(v, V_ALIGN, "vertical alignment")),
    wrapText: styleProp("wrapText", (v) => validateBoolean(v, "wrapText")),
    indentLevel: styleProp("indentLevel", (v) => validateInteger(v, "indent level", 0, 250)),
    columnWidth: {
      get: (t) => {
        const first = t.sheet.columnWidth(t.rect.c0);
        for (let c = t.rect.c0 + 1; c <= t.rect.c1; c++) if (t.sheet.columnWidth(c) !== first) return null;
        return first;
      },
      set: (t, v) => {
        const w = validateNumber(v, "column width", 0, MAX_COLUMN_WIDTH);
        if (isEntireRows(t.rect)) {
          t.sheet.defaultColumnWidth = w;
          t.sheet.columnWidths.clear();
          return;
        }
        for (let c = t.rect.c0; c <= t.rect.c1; c++) t.sheet.columnWidths.set(c, w);
      },
    },
    rowHeight: {
      get: (t) => {
        if (isEntireColumns(t.rect)) {
          return t.sheet.rowHeights.size === 0 && t.sheet.hiddenRows.size === 0
            ? t.sheet.defaultRowHeight
            : null;
        }
        const first = t.sheet.rowHeight(t.rect.r0);
        for (let r = t.rect.r0 + 1; r <= t.rect.r1; r++) if (t.sheet.rowHeight(r) !== first) return null;
        return first;
      },
      set: (t, v) => {
        const h = validateNumber(v, "row height", 0, MAX_ROW_HEIGHT);
        if (t.rect.r1 - t.rect.r0 + 1 === MAX_ROWS) {
          t.sheet.defaultRowHeight = h;
          t.sheet.rowHeights.clear();
          return;
        }
        for (let r = t.rect.r0; r <= t.rect.r1; r++) t.sheet.rowHeights.set(r, h);
      },
    },
    useStandardWidth: {
      get: (t) => {
        for (let c = t.rect.c0; c <= t.rect.c1; c++) if (t.sheet.columnWidths.has(c)) return false;
        return true;
      },
      set: (t, v) => {
        if (validateBoolean(v, "useStandardWidth"))
          for (let c = t.rect.c0; c <= t.rect.c1; c++) t.sheet.columnWidths.delete(c);
      },
    },
    useStandardHeight: {
      get: (t) => {
        if (rectArea(t.rect) > 1e6) return t.sheet.rowHeights.size === 0;
        for (let r = t.rect.r0; r <= t.rect.r1; r++) if (t.sheet.rowHeights.has(r)) return false;
        return true;
      },
      set: (t, v) => {
        if (validateBoolean(v, "useStandardHeight"))
          for (let r = t.rect.r0; r <= t.rect.r1; r++) t.sheet.rowHeights.delete(r);
      },
    },
  },
  ["font", "fill", "borders", "protection"],
);

export class RangeFontProxy extends SimClientObject<RangeTarget> {
  declare bold: boolean;
  declare italic: boolean;
  declare color: string;
  declare size: number;
  declare name: string;
  declare underline: string;
  declare strikethrough: boolean;
}

defineClass<RangeTarget>(RangeFontProxy, "RangeFont", {
  bold: styleProp("bold", (v) => validateBoolean(v, "bold")),
  italic: styleProp("italic", (v) => validateBoolean(v, "italic")),
  color: styleProp("fontColor", (v) => normalizeColor(v)),
  size: styleProp("fontSize", (v) => validateNumber(v, "font size", 1, 409)),
  name: styleProp("fontName", (v) => {
    const name = validateString(v, "font name");
    if (!name.trim()) invalidArgument("The font name can't be empty.");
    return name;
  }),
  underline: styleProp("underline", (v) => validateEnum(v, UNDERLINE, "underline style")),
  strikethrough: styleProp("strikethrough", (v) => validateBoolean(v, "strikethrough")),
});

export class RangeFillProxy extends SimClientObject<RangeTarget> {
  declare color: string;

  clear(): void {
    this._op("clear", [], (t) => applyStyle(t.sheet, t.rect, { fill: null }));
  }
}

defineClass<RangeTarget>(RangeFillProxy, "RangeFill", {
  color: {
    get: (t) => readUniform(t.sheet, t.rect, (s) => s.fill ?? "#FFFFFF"),
    set: (t, v) => applyStyle(t.sheet, t.rect, { fill: normalizeColor(v) }),
  },
});

export class FormatProtectionProxy extends SimClientObject<RangeTarget> {
  declare locked: boolean;
  declare formulaHidden: boolean;
}

defineClass<RangeTarget>(FormatProtectionProxy, "FormatProtection", {
  locked: styleProp("locked", (v) => validateBoolean(v, "locked")),
  formulaHidden: { get: () => false, set: (_t, v) => void validateBoolean(v, "formulaHidden") },
});

interface BorderTarget {
  range: RangeTarget;
  index: BorderIndexName;
}

export class RangeBorderProxy extends SimClientObject<BorderTarget> {
  declare readonly sideIndex: string;
  declare style: string;
  declare color: string;
  declare weight: string;

  protected override _isAlive(t: BorderTarget): boolean {
    return !t.range.sheet.deleted;
  }
}

function borderProp(key: "style" | "color" | "weight") {
  return {
    get: (t: BorderTarget) => readBorder(t.range.sheet, t.range.rect, t.index)?.[key] ?? null,
    set: (t: BorderTarget, v: never) => {
      const value =
        key === "style"
          ? validateEnum(v, BORDER_STYLES, "border style")
          : key === "weight"
            ? validateEnum(v, BORDER_WEIGHTS, "border weight")
            : normalizeColor(v);
      const patch = { [key]: value } as { style?: string; color?: string; weight?: string };
      if (key !== "style") {
        const current = readBorder(t.range.sheet, t.range.rect, t.index);
        if (!current || current.style === "None") patch.style = "Continuous";
      }
      applyBorder(t.range.sheet, t.range.rect, t.index, patch);
    },
  };
}

defineClass<BorderTarget>(RangeBorderProxy, "RangeBorder", {
  sideIndex: { get: (t) => t.index },
  style: borderProp("style"),
  color: borderProp("color"),
  weight: borderProp("weight"),
});

export class RangeBorderCollectionProxy extends SimCollection<RangeTarget, RangeBorderProxy> {
  declare readonly count: number;

  protected override _isAlive(t: RangeTarget): boolean {
    return !t.sheet.deleted;
  }

  protected _listItems(): unknown[] {
    return [...BORDER_INDEXES];
  }

  protected _wrapItem(item: unknown): RangeBorderProxy {
    return new RangeBorderProxy(this.context, `${this._simPath}.getItem("${String(item)}")`, () => {
      const range = this._ref();
      return range ? { range, index: item as BorderIndexName } : null;
    });
  }

  getItem(index: string): RangeBorderProxy {
    return new RangeBorderProxy(
      this.context,
      `${this._simPath}.getItem(${JSON.stringify(index)})`,
      () => {
        const range = this._ref();
        if (!range) return null;
        return { range, index: validateEnum(index, BORDER_INDEXES, "border index") };
      },
      { location: "RangeBorderCollection.getItem", args: [index] },
    );
  }

  getItemAt(i: number): RangeBorderProxy {
    return new RangeBorderProxy(
      this.context,
      `${this._simPath}.getItemAt(${i})`,
      () => {
        const range = this._ref();
        if (!range) return null;
        validateInteger(i, "index", 0, BORDER_INDEXES.length - 1);
        return { range, index: BORDER_INDEXES[i] };
      },
      { location: "RangeBorderCollection.getItemAt", args: [i] },
    );
  }
}

defineClass<RangeTarget>(
  RangeBorderCollectionProxy,
  "RangeBorderCollection",
  { count: { get: () => 8 } },
  [],
  ["count"],
);
