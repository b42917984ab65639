/** Workbook, Application and Settings proxies. */
import { SimClientObject, SimCollection, defineClass } from "./client-object";
import type { SimClientResult } from "./client-result";
import type { SimRequestContext } from "./context";
import { invalidArgument, itemNotFound } from "./errors";
import type { SimulatedWorkbook } from "./model";
import { NamedItemCollectionProxy } from "./names";
import { RangeProxy } from "./range";
import { TableCollectionProxy } from "./table";
import { validateEnum } from "./validation";
import { WorksheetCollectionProxy } from "./worksheet";

export class ApplicationProxy extends SimClientObject<SimulatedWorkbook> {
  declare calculationMode: string;

  calculate(calculationType: string): void {
    this._op("calculate", [calculationType], () => {
      validateEnum(calculationType, ["Recalculate", "Full", "FullRebuild"] as const, "calculation type");
    });
  }

  suspendApiCalculationUntilNextSync(): void {
    this._op("suspendApiCalculationUntilNextSync", [], () => undefined, false);
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this._op("suspendScreenUpdatingUntilNextSync", [], () => undefined, false);
  }
}

defineClass<SimulatedWorkbook>(ApplicationProxy, "Application", {
  calculationMode: {
    get: (wb) => wb.calculationMode,
    set: (wb, v) => {
      wb.calculationMode = validateEnum(
        v,
        ["Automatic", "AutomaticExceptTables", "Manual"] as const,
        "calculation mode",
      );
    },
  },
});

// ---------------------------------------------------------------- settings

const DATE_PREFIX = "Date(";

/** Office stores Date values in settings as "Date(ms)" strings and revives them on read. */
function encodeSetting(value: unknown): string {
  if (value === undefined) return invalidArgument("A setting value can't be undefined.");
  let text: string | undefined;
  try {
    text = JSON.stringify(value, function (this: Record<string, unknown>, key: string, v: unknown) {
      const raw = this[key];
      if (raw instanceof Date) return `${DATE_PREFIX}${raw.getTime()})`;
      if (typeof v === "function" || typeof v === "symbol")
        invalidArgument("A setting value must be JSON-serialisable.");
      return v;
    });
  } catch (e) {
    if (e instanceof Error && e.name === "OperationError") throw e;
    return invalidArgument("A setting value must be JSON-serialisable.");
  }
  if (text === undefined) return invalidArgument("A setting value must be JSON-serialisable.");
  return text;
}

export function decodeSetting(text: string): unknown {
  return JSON.parse(text, (_key, v: unknown) => {
    if (typeof v === "string" && v.startsWith(DATE_PREFIX) && v.endsWith(")")) {
      const ms = Number(v.slice(DATE_PREFIX.length, -1));
      if (Number.isFinite(ms)) return new Date(ms);
    }
    return v;
  });
}

interface SettingTarget {
  wb: SimulatedWorkbook;
  key: string;
}

export class SettingProxy extends SimClientObject<SettingTarget> {
  declare readonly key: string;
  declare value: unknown;

  protected override _isAlive(t: SettingTarget): boolean {
    return t.wb.settings.has(t.key);
  }

  delete(): void {
    this._op("delete", [], (t) => {
      t.wb.settings.delete(t.key);
    });
  }
}

defineClass<SettingTarget>(SettingProxy, "Setting", {
  key: { get: (t) => t.key },
  value: {
    get: (t) => decodeSetting(t.wb.settings.get(t.key)!),
    set: (t, v) => {
      t.wb.settings.set(t.key, encodeSetting(v));
    },
  },
});

function checkKey(key: unknown): string {
  if (typeof key !== "string" || key === "")
    return invalidArgument("A setting key must be a non-empty string.");
  if (key.length > 255) return invalidArgument("A setting key can't be longer than 255 characters.");
  return key;
}

export class SettingCollectionProxy extends SimCollection<SimulatedWorkbook, SettingProxy> {
  protected _listItems(wb: SimulatedWorkbook): unknown[] {
    return [...wb.settings.keys()];
  }

  protected _wrapItem(item: unknown): SettingProxy {
    const key = item as string;
    return new SettingProxy(this.context, `${this._simPath}.getItem(${JSON.stringify(key)})`, () => {
      const wb = this._ref();
      return wb ? { wb, key } : null;
    });
  }

  private _setting(
    member: string,
    args: unknown[],
    find: (wb: SimulatedWorkbook) => SettingTarget | null,
  ): SettingProxy {
    return new SettingProxy(
      this.context,
      this._path(member, args),
      () => {
        const wb = this._ref();
        return wb ? find(wb) : null;
      },
      { location: `SettingCollection.${member}`, args },
    );
  }

  add(key: string, value: unknown): SettingProxy {
    // Dates are converted when the call is made, like office-js does.
    const encoded = (() => {
      try {
        return { text: encodeSetting(value) };
      } catch (e) {
        return { error: e };
      }
    })();
    return this._setting("add", [key, encoded.text ?? null], (wb) => {
      const k = checkKey(key);
      if (encoded.error) throw encoded.error;
      wb.settings.set(k, encoded.text!);
      return { wb, key: k };
    });
  }

  getItem(key: string): SettingProxy {
    return this._setting("getItem", [key], (wb) => {
      const k = checkKey(key);
      return wb.settings.has(k) ? { wb, key: k } : itemNotFound(`The setting '${key}' doesn't exist.`);
    });
  }

  getItemOrNullObject(key: string): SettingProxy {
    return this._setting("getItemOrNullObject", [key], (wb) => {
      const k = checkKey(key);
      return wb.settings.has(k) ? { wb, key: k } : null;
    });
  }

  getCount(): SimClientResult<number> {
    return this._resultOp("getCount", [], (wb) => wb.settings.size);
  }
}

defineClass<SimulatedWorkbook>(SettingCollectionProxy, "SettingCollection", {});

// ---------------------------------------------------------------- workbook

export class WorkbookProxy extends SimClientObject<SimulatedWorkbook> {
  declare readonly name: string;
  declare readonly readOnly: boolean;

  constructor(context: SimRequestContext) {
    super(context, "workbook", () => context._engine.workbook);
  }

  get worksheets(): WorksheetCollectionProxy {
    return this._child(
      "worksheets",
      () => new WorksheetCollectionProxy(this.context, "workbook.worksheets", () => this._ref()),
    );
  }

  get tables(): TableCollectionProxy {
    return this._child(
      "tables",
      () => new TableCollectionProxy(this.context, "workbook.tables", () => this._ref()),
    );
  }

  get names(): NamedItemCollectionProxy {
    return this._child(
      "names",
      () => new NamedItemCollectionProxy(this.context, "workbook.names", () => this._ref()),
    );
  }

  get settings(): SettingCollectionProxy {
    return this._child(
      "settings",
      () => new SettingCollectionProxy(this.context, "workbook.settings", () => this._ref()),
    );
  }

  get application(): ApplicationProxy {
    return this._child(
      "application",
      () => new ApplicationProxy(this.context, "workbook.application", () => this._ref()),
    );
  }

  getSelectedRange(): RangeProxy {
    return new RangeProxy(
      this.context,
      "workbook.getSelectedRange()",
      () => {
        const wb = this._ref();
        if (!wb) return null;
        const sel = wb.selection;
        const sheet = sel ? wb.worksheets.find((ws) => ws.id === sel.sheetId) : undefined;
        if (sheet && sel) return { sheet, rect: { ...sel.rect } };
        return { sheet: wb.activeWorksheet, rect: { r0: 0, c0: 0, r1: 0, c1: 0 } };
      },
      { location: "Workbook.getSelectedRange", args: [] },
    );
  }

  getActiveCell(): RangeProxy {
    return new RangeProxy(
      this.context,
      "workbook.getActiveCell()",
      () => {
        const wb = this._ref();
        if (!wb) return null;
        const sel = wb.selection;
        const sheet = sel ? wb.worksheets.find((ws) => ws.id === sel.sheetId) : undefined;
        if (sheet && sel)
          return { sheet, rect: { r0: sel.rect.r0, c0: sel.rect.c0, r1: sel.rect.r0, c1: sel.rect.c0 } };
        return { sheet: wb.activeWorksheet, rect: { r0: 0, c0: 0, r1: 0, c1: 0 } };
      },
      { location: "Workbook.getActiveCell", args: [] },
    );
  }
}

defineClass<SimulatedWorkbook>(
  WorkbookProxy,
  "Workbook",
  {
    name: { get: () => "Book1.xlsx" },
    readOnly: { get: () => false },
  },
  ["worksheets", "tables", "names", "settings", "application"],
);
