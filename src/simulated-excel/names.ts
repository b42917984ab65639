/** Defined names: NamedItemCollection and NamedItem proxies. */
import { parseAddress, qualifiedAddress } from "./address";
import { SimClientObject, SimCollection, defineClass } from "./client-object";
import type { SimClientResult } from "./client-result";
import { invalidArgument, itemNotFound } from "./errors";
import type { NamedItemData, SimulatedWorkbook, SimulatedWorksheet } from "./model";
import { RangeProxy, resolveRangeArg } from "./range";
import { validateBoolean, validateTableOrDefinedName } from "./validation";

type NameOwner = SimulatedWorkbook | SimulatedWorksheet;

function wbOf(owner: NameOwner): SimulatedWorkbook {
  return "worksheets" in owner ? owner : owner.workbook;
}

function namesIn(owner: NameOwner): NamedItemData[] {
  if ("worksheets" in owner) return owner.names.filter((n) => !n.worksheet);
  return owner.workbook.names.filter((n) => n.worksheet === owner);
}

function rangeOfName(n: NamedItemData, wb: SimulatedWorkbook) {
  const parsed = parseAddress(n.formula.replace(/^=/, ""));
  if (!parsed || parsed.sheetName === undefined) return null;
  const sheet = wb.findWorksheet(parsed.sheetName);
  return sheet ? { sheet, rect: parsed.rect } : null;
}

function nameType(n: NamedItemData, wb: SimulatedWorkbook): string {
  if (rangeOfName(n, wb)) return "Range";
  const body = n.formula.replace(/^=/, "").trim();
  if (/^".*"$/.test(body)) return "String";
  if (/^(TRUE|FALSE)$/i.test(body)) return "Boolean";
  if (/^#/.test(body)) return "Error";
  if (/^\{.*\}$/.test(body)) return "Array";
  if (body !== "" && Number.isFinite(Number(body)))
    return Number.isInteger(Number(body)) ? "Integer" : "Double";
  return "Formula";
}

interface NameTarget {
  wb: SimulatedWorkbook;
  item: NamedItemData;
}

export class NamedItemProxy extends SimClientObject<NameTarget> {
  declare readonly name: string;
  declare readonly type: string;
  declare readonly value: unknown;
  declare formula: string;
  declare comment: string;
  declare visible: boolean;
  declare readonly scope: string;

  protected override _isAlive(t: NameTarget): boolean {
    return !t.item.deleted;
  }

  private _rangeOf(member: string, orNull: boolean): RangeProxy {
    return new RangeProxy(
      this.context,
      `${this._simPath}.${member}()`,
      () => {
        const t = this._ref();
        if (!t) return null;
        const r = rangeOfName(t.item, t.wb);
        if (!r) return orNull ? null : invalidArgument(`The name '${t.item.name}' doesn't refer to a range.`);
        return r;
      },
      { location: `NamedItem.${member}`, args: [] },
    );
  }

  getRange(): RangeProxy {
    return this._rangeOf("getRange", false);
  }

  getRangeOrNullObject(): RangeProxy {
    return this._rangeOf("getRangeOrNullObject", true);
  }

  delete(): void {
    this._op("delete", [], (t) => {
      t.wb.names = t.wb.names.filter((n) => n !== t.item);
      t.item.deleted = true;
    });
  }
}

defineClass<NameTarget>(NamedItemProxy, "NamedItem", {
  name: { get: (t) => t.item.name },
  type: { get: (t) => nameType(t.item, t.wb) },
  value: {
    get: (t) => {
      const r = rangeOfName(t.item, t.wb);
      if (r) return qualifiedAddress(r.sheet.name, r.rect, true);
      const body = t.item.formula.replace(/^=/, "");
      const n = Number(body);
      if (body !== "" && Number.isFinite(n)) return n;
      if (/^(TRUE|FALSE)$/i.test(body)) return /^TRUE$/i.test(body);
      return body.replace(/^"(.*)"$/, "$1");
    },
  },
  formula: {
    get: (t) => t.item.formula,
    set: (t, v) => {
      if (typeof v !== "string" || v === "") invalidArgument("The formula must be a non-empty string.");
      t.item.formula = (v as string).startsWith("=") ? (v as string) : `=${v as string}`;
    },
  },
  comment: {
    get: (t) => t.item.comment,
    set: (t, v) => {
      if (typeof v !== "string") invalidArgument("The comment must be a string.");
      t.item.comment = v as string;
    },
  },
  visible: {
    get: (t) => t.item.visible,
    set: (t, v) => void (t.item.visible = validateBoolean(v, "visible")),
  },
  scope: { get: (t) => (t.item.worksheet ? "Worksheet" : "Workbook") },
});

export class NamedItemCollectionProxy extends SimCollection<NameOwner, NamedItemProxy> {
  protected override _isAlive(owner: NameOwner): boolean {
    return !("deleted" in owner && owner.deleted === true);
  }

  protected _listItems(owner: NameOwner): unknown[] {
    return namesIn(owner);
  }

  protected _wrapItem(item: unknown): NamedItemProxy {
    const n = item as NamedItemData;
    return new NamedItemProxy(this.context, `${this._simPath}.getItem(${JSON.stringify(n.name)})`, () => {
      const owner = this._ref();
      return owner ? { wb: wbOf(owner), item: n } : null;
    });
  }

  private _name(
    member: string,
    args: unknown[],
    find: (owner: NameOwner) => NamedItemData | null,
  ): NamedItemProxy {
    return new NamedItemProxy(
      this.context,
      this._path(member, args),
      () => {
        const owner = this._ref();
        if (!owner) return null;
        const item = find(owner);
        return item ? { wb: wbOf(owner), item } : null;
      },
      { location: `NamedItemCollection.${member}`, args },
    );
  }

  add(name: string, reference: RangeProxy | string, comment?: string): NamedItemProxy {
    this._sameContext(reference);
    return this._name("add", [name, reference, comment ?? null], (owner) => {
      const wb = wbOf(owner);
      validateTableOrDefinedName(wb, name, "name");
      let formula: string;
      if (reference instanceof RangeProxy) {
        const r = resolveRangeArg(reference, wb, undefined);
        formula = `=${qualifiedAddress(r.sheet.name, r.rect, true)}`;
      } else if (typeof reference === "string" && reference !== "") {
        formula = reference.startsWith("=") ? reference : `=${reference}`;
      } else {
        return invalidArgument("The reference must be a Range or a formula string.");
      }
      const item: NamedItemData = {
        name,
        formula,
        comment: comment ?? "",
        visible: true,
        ...("worksheets" in owner ? {} : { worksheet: owner }),
      };
      wb.names.push(item);
      return item;
    });
  }

  getItem(name: string): NamedItemProxy {
    return this._name(
      "getItem",
      [name],
      (owner) => findName(owner, name) ?? itemNotFound(`The name '${name}' doesn't exist.`),
    );
  }

  getItemOrNullObject(name: string): NamedItemProxy {
    return this._name("getItemOrNullObject", [name], (owner) => findName(owner, name) ?? null);
  }

  getCount(): SimClientResult<number> {
    return this._resultOp("getCount", [], (owner) => namesIn(owner).length);
  }
}

function findName(owner: NameOwner, name: string): NamedItemData | undefined {
  if (typeof name !== "string") return undefined;
  const lower = name.toLowerCase();
  return namesIn(owner).find((n) => n.name.toLowerCase() === lower);
}

defineClass<NameOwner>(NamedItemCollectionProxy, "NamedItemCollection", {});
