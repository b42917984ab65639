/** Page layout, headers/footers, freeze panes and worksheet protection proxies. */
import { type CellRect, MAX_COLS, MAX_ROWS, parseAddress } from "./address";
import { SimClientObject, defineClass } from "./client-object";
import { SimErrorCodes, fail, invalidArgument, itemNotFound } from "./errors";
import type { HeaderFooterTexts, PageLayoutData, SimulatedWorksheet } from "./model";
import { RangeProxy, type RangeTarget } from "./range";
import { validateBoolean, validateEnum, validateInteger, validateNumber } from "./validation";
import { rangeOnSheet } from "./worksheet";
import { PAPER_TYPES } from "./xlsx-common";

function marginProp(
  key: "leftMargin" | "rightMargin" | "topMargin" | "bottomMargin" | "headerMargin" | "footerMargin",
) {
  return {
    get: (ws: SimulatedWorksheet) => ws.pageLayout[key],
    set: (ws: SimulatedWorksheet, v: never) => {
      ws.pageLayout[key] = validateNumber(v, key, 0, 409 * 72);
    },
  };
}

function flagProp(
  key:
    | "centerHorizontally"
    | "centerVertically"
    | "printGridlines"
    | "printHeadings"
    | "blackAndWhite"
    | "draftMode",
) {
  return {
    get: (ws: SimulatedWorksheet) => ws.pageLayout[key],
    set: (ws: SimulatedWorksheet, v: never) => {
      ws.pageLayout[key] = validateBoolean(v, key);
    },
  };
}

function validateZoom(v: unknown): PageLayoutData["zoom"] {
  if (!v || typeof v !== "object") return invalidArgument("The zoom must be an object.");
  const z = v as Record<string, unknown>;
  for (const k of Object.keys(z)) {
    if (!["scale", "horizontalFitToPages", "verticalFitToPages"].includes(k))
      invalidArgument(`'${k}' isn't a zoom option.`);
  }
  const out: PageLayoutData["zoom"] = {};
  if (z.scale !== undefined && z.scale !== null) out.scale = validateInteger(z.scale, "zoom scale", 10, 400);
  if (z.horizontalFitToPages !== undefined && z.horizontalFitToPages !== null) {
    out.horizontalFitToPages = validateInteger(z.horizontalFitToPages, "horizontalFitToPages", 0, 32767);
  }
  if (z.verticalFitToPages !== undefined && z.verticalFitToPages !== null) {
    out.verticalFitToPages = validateInteger(z.verticalFitToPages, "verticalFitToPages", 0, 32767);
  }
  if (Object.keys(out).length === 0) invalidArgument("The zoom needs a scale or fit-to-pages values.");
  return out;
}

function rowsOf(ws: SimulatedWorksheet, arg: unknown): [number, number] {
  const t = rangeOnSheet(ws, arg);
  return [t.rect.r0, t.rect.r1];
}

function colsOf(ws: SimulatedWorksheet, arg: unknown): [number, number] {
  const t = rangeOnSheet(ws, arg);
  return [t.rect.c0, t.rect.c1];
}

export class PageLayoutProxy extends SimClientObject<SimulatedWorksheet> {
  declare orientation: string;
  declare zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  declare centerHorizontally: boolean;
  declare centerVertically: boolean;
  declare leftMargin: number;
  declare rightMargin: number;
  declare topMargin: number;
  declare bottomMargin: number;
  declare headerMargin: number;
  declare footerMargin: number;
  declare paperSize: string;
  declare printGridlines: boolean;
  declare printHeadings: boolean;
  declare blackAndWhite: boolean;
  declare draftMode: boolean;
  declare printOrder: string;

  get headersFooters(): HeaderFooterGroupProxy {
    return this._child(
      "headersFooters",
      () => new HeaderFooterGroupProxy(this.context, `${this._simPath}.headersFooters`, () => this._ref()),
    );
  }

  setPrintTitleRows(titleRows: RangeProxy | string): void {
    this._sameContext(titleRows);
    this._op("setPrintTitleRows", [titleRows], (ws) => {
      ws.pageLayout.printTitleRows = rowsOf(ws, titleRows);
    });
  }

  setPrintTitleColumns(titleColumns: RangeProxy | string): void {
    this._sameContext(titleColumns);
    this._op("setPrintTitleColumns", [titleColumns], (ws) => {
      ws.pageLayout.printTitleColumns = colsOf(ws, titleColumns);
    });
  }

  setPrintArea(printArea: RangeProxy | string): void {
    this._sameContext(printArea);
    this._op("setPrintArea", [printArea], (ws) => {
      if (typeof printArea === "string") {
        const rects: CellRect[] = printArea.split(",").map((part) => {
          const parsed = parseAddress(part.trim());
          if (!parsed) return invalidArgument(`The print area '${printArea}' is not valid.`);
          return parsed.rect;
        });
        ws.pageLayout.printArea = rects;
      } else {
        ws.pageLayout.printArea = [rangeOnSheet(ws, printArea).rect];
      }
    });
  }

  /** Sets margins in "Points", "Inches" or "Centimeters". */
  setPrintMargins(unit: string, marginOptions: Record<string, number>): void {
    this._op("setPrintMargins", [unit, marginOptions], (ws) => {
      const u = validateEnum(unit, ["Points", "Inches", "Centimeters"] as const, "print margin unit");
      const factor = u === "Points" ? 1 : u === "Inches" ? 72 : 72 / 2.54;
      const map: Record<string, keyof PageLayoutData> = {
        left: "leftMargin",
        right: "rightMargin",
        top: "topMargin",
        bottom: "bottomMargin",
        header: "headerMargin",
        footer: "footerMargin",
      };
      for (const [k, v] of Object.entries(marginOptions ?? {})) {
        const key = map[k];
        if (!key) invalidArgument(`'${k}' isn't a margin.`);
        (ws.pageLayout as unknown as Record<string, number>)[key] =
          validateNumber(v, `${k} margin`, 0) * factor;
      }
    });
  }

  private _rangeResult(
    member: string,
    orNull: boolean,
    compute: (ws: SimulatedWorksheet) => CellRect | null,
  ): RangeProxy {
    return new RangeProxy(
      this.context,
      `${this._simPath}.${member}()`,
      () => {
        const ws = this._ref();
        if (!ws) return null;
        const rect = compute(ws);
        if (!rect) return orNull ? null : itemNotFound(`${member}: nothing is set.`);
        return { sheet: ws, rect } as RangeTarget;
      },
      { location: `PageLayout.${member}`, args: [] },
    );
  }

  getPrintArea(): RangeProxy {
    return this._rangeResult("getPrintArea", false, (ws) => ws.pageLayout.printArea?.[0] ?? null);
  }

  getPrintAreaOrNullObject(): RangeProxy {
    return this._rangeResult("getPrintAreaOrNullObject", true, (ws) => ws.pageLayout.printArea?.[0] ?? null);
  }

  getPrintTitleRows(): RangeProxy {
    return this._rangeResult("getPrintTitleRows", false, titleRowsRect);
  }

  getPrintTitleRowsOrNullObject(): RangeProxy {
    return this._rangeResult("getPrintTitleRowsOrNullObject", true, titleRowsRect);
  }

  getPrintTitleColumns(): RangeProxy {
    return this._rangeResult("getPrintTitleColumns", false, titleColumnsRect);
  }

  getPrintTitleColumnsOrNullObject(): RangeProxy {
    return this._rangeResult("getPrintTitleColumnsOrNullObject", true, titleColumnsRect);
  }
}

function titleRowsRect(ws: SimulatedWorksheet): CellRect | null {
  const rows = ws.pageLayout.printTitleRows;
  return rows ? { r0: rows[0], r1: rows[1], c0: 0, c1: MAX_COLS - 1 } : null;
}

function titleColumnsRect(ws: SimulatedWorksheet): CellRect | null {
  const cols = ws.pageLayout.printTitleColumns;
  return cols ? { r0: 0, r1: MAX_ROWS - 1, c0: cols[0], c1: cols[1] } : null;
}

defineClass<SimulatedWorksheet>(
  PageLayoutProxy,
  "PageLayout",
  {
    orientation: {
      get: (ws) => ws.pageLayout.orientation,
      set: (ws, v) => {
        ws.pageLayout.orientation = validateEnum(v, ["Portrait", "Landscape"] as const, "page orientation");
      },
    },
    zoom: {
      get: (ws) => ({ ...ws.pageLayout.zoom }),
      set: (ws, v) => {
        ws.pageLayout.zoom = validateZoom(v);
      },
    },
    centerHorizontally: flagProp("centerHorizontally"),
    centerVertically: flagProp("centerVertically"),
    printGridlines: flagProp("printGridlines"),
    printHeadings: flagProp("printHeadings"),
    blackAndWhite: flagProp("blackAndWhite"),
    draftMode: flagProp("draftMode"),
    leftMargin: marginProp("leftMargin"),
    rightMargin: marginProp("rightMargin"),
    topMargin: marginProp("topMargin"),
    bottomMargin: marginProp("bottomMargin"),
    headerMargin: marginProp("headerMargin"),
    footerMargin: marginProp("footerMargin"),
    paperSize: {
      get: (ws) => ws.pageLayout.paperSize,
      set: (ws, v) => {
        ws.pageLayout.paperSize = validateEnum(v, PAPER_TYPES, "paper size");
      },
    },
    printOrder: {
      get: (ws) => ws.pageLayout.printOrder,
      set: (ws, v) => {
        ws.pageLayout.printOrder = validateEnum(v, ["DownThenOver", "OverThenDown"] as const, "print order");
      },
    },
  },
  ["headersFooters"],
);

export class HeaderFooterGroupProxy extends SimClientObject<SimulatedWorksheet> {
  declare state: string;
  declare useSheetMargins: boolean;
  declare useSheetScale: boolean;

  get defaultForAllPages(): HeaderFooterProxy {
    return this._child(
      "defaultForAllPages",
      () => new HeaderFooterProxy(this.context, `${this._simPath}.defaultForAllPages`, () => this._ref()),
    );
  }
}

defineClass<SimulatedWorksheet>(
  HeaderFooterGroupProxy,
  "HeaderFooterGroup",
  {
    state: {
      get: () => "Default",
      set: (_ws, v) =>
        void validateEnum(v, ["Default"] as const, "header/footer state (only Default is simulated)"),
    },
    useSheetMargins: { get: () => true, set: (_ws, v) => void validateBoolean(v, "useSheetMargins") },
    useSheetScale: { get: () => true, set: (_ws, v) => void validateBoolean(v, "useSheetScale") },
  },
  ["defaultForAllPages"],
);

function headerProp(key: keyof HeaderFooterTexts) {
  return {
    get: (ws: SimulatedWorksheet) => ws.pageLayout.headersFooters[key],
    set: (ws: SimulatedWorksheet, v: never) => {
      if (typeof v !== "string") invalidArgument(`The ${key} must be a string.`);
      const text = v as string;
      if (text.length > 255) invalidArgument(`The ${key} is longer than 255 characters.`);
      ws.pageLayout.headersFooters[key] = text;
    },
  };
}

export class HeaderFooterProxy extends SimClientObject<SimulatedWorksheet> {
  declare leftHeader: string;
  declare centerHeader: string;
  declare rightHeader: string;
  declare leftFooter: string;
  declare centerFooter: string;
  declare rightFooter: string;
}

defineClass<SimulatedWorksheet>(HeaderFooterProxy, "HeaderFooter", {
  leftHeader: headerProp("leftHeader"),
  centerHeader: headerProp("centerHeader"),
  rightHeader: headerProp("rightHeader"),
  leftFooter: headerProp("leftFooter"),
  centerFooter: headerProp("centerFooter"),
  rightFooter: headerProp("rightFooter"),
});

/**
 * `worksheet.horizontalPageBreaks` (ExcelApi 1.9): manual page breaks, each before the top row of the
 * range it was added with. Kept in the sheet's page layout and saved as the file's row breaks.
 */
export class PageBreakCollectionProxy extends SimClientObject<SimulatedWorksheet> {
  add(pageBreakRange: RangeProxy | string): void {
    this._sameContext(pageBreakRange);
    this._op("add", [pageBreakRange], (ws) => {
      const row = rangeOnSheet(ws, pageBreakRange).rect.r0;
      if (row === 0) invalidArgument("A page break cannot be added before the first row.");
      const breaks = ws.pageLayout.rowBreaks;
      if (!breaks.includes(row)) {
        breaks.push(row);
        breaks.sort((a, b) => a - b);
      }
    });
  }

  removePageBreaks(): void {
    this._op("removePageBreaks", [], (ws) => {
      ws.pageLayout.rowBreaks = [];
    });
  }
}

export class FreezePanesProxy extends SimClientObject<SimulatedWorksheet> {
  freezeRows(count = 1): void {
    this._op("freezeRows", [count], (ws) => {
      const n = validateInteger(count, "row count", 0, MAX_ROWS - 1);
      ws.freeze = n === 0 ? null : { rows: n, columns: 0 };
    });
  }

  freezeColumns(count = 1): void {
    this._op("freezeColumns", [count], (ws) => {
      const n = validateInteger(count, "column count", 0, MAX_COLS - 1);
      ws.freeze = n === 0 ? null : { rows: 0, columns: n };
    });
  }

  freezeAt(frozenRange: RangeProxy | string): void {
    this._sameContext(frozenRange);
    this._op("freezeAt", [frozenRange], (ws) => {
      const { rect } = rangeOnSheet(ws, frozenRange);
      const wholeRows = rect.c0 === 0 && rect.c1 === MAX_COLS - 1;
      const wholeColumns = rect.r0 === 0 && rect.r1 === MAX_ROWS - 1;
      ws.freeze = {
        rows: wholeColumns ? 0 : rect.r1 + 1,
        columns: wholeRows ? 0 : rect.c1 + 1,
      };
    });
  }

  unfreeze(): void {
    this._op("unfreeze", [], (ws) => {
      ws.freeze = null;
    });
  }

  private _location(member: string, orNull: boolean): RangeProxy {
    return new RangeProxy(
      this.context,
      `${this._simPath}.${member}()`,
      () => {
        const ws = this._ref();
        if (!ws) return null;
        const f = ws.freeze;
        if (!f || (f.rows === 0 && f.columns === 0))
          return orNull ? null : itemNotFound("The worksheet has no frozen panes.");
        const rect: CellRect = {
          r0: 0,
          c0: 0,
          r1: f.rows > 0 ? f.rows - 1 : MAX_ROWS - 1,
          c1: f.columns > 0 ? f.columns - 1 : MAX_COLS - 1,
        };
        return { sheet: ws, rect };
      },
      { location: `WorksheetFreezePanes.${member}`, args: [] },
    );
  }

  getLocation(): RangeProxy {
    return this._location("getLocation", false);
  }

  getLocationOrNullObject(): RangeProxy {
    return this._location("getLocationOrNullObject", true);
  }
}

defineClass<SimulatedWorksheet>(FreezePanesProxy, "WorksheetFreezePanes", {});
defineClass<SimulatedWorksheet>(PageBreakCollectionProxy, "PageBreakCollection", {});

export class WorksheetProtectionProxy extends SimClientObject<SimulatedWorksheet> {
  declare readonly protected: boolean;
  declare readonly options: Record<string, unknown>;

  protect(options?: Record<string, unknown>, password?: string): void {
    this._op("protect", [options ?? {}, password === undefined ? undefined : "***"], (ws) => {
      if (ws.protection.protected)
        fail(SimErrorCodes.invalidOperation, "The worksheet is already protected.");
      ws.protection = { protected: true, options: { ...options }, password };
    });
  }

  unprotect(password?: string): void {
    this._op("unprotect", [password === undefined ? undefined : "***"], (ws) => {
      if (ws.protection.protected && ws.protection.password && ws.protection.password !== password) {
        invalidArgument("The password you supplied is not correct.");
      }
      ws.protection = { protected: false, options: {} };
    });
  }
}

defineClass<SimulatedWorksheet>(WorksheetProtectionProxy, "WorksheetProtection", {
  protected: { get: (ws) => ws.protection.protected },
  options: { get: (ws) => ({ ...ws.protection.options }) },
});
