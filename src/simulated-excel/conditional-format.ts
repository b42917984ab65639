/** Conditional formatting proxies. */
import { type CellRect, rectIntersection, rectsIntersect } from "./address";
import { SimClientObject, SimCollection, defineClass } from "./client-object";
import type { SimClientResult } from "./client-result";
import { normalizeColor } from "./colors";
import { invalidArgument, itemNotFound } from "./errors";
import type { ColorScaleCriterionData, ConditionalFormatData, SimulatedWorksheet } from "./model";
import { RangeProxy, type RangeTarget } from "./range";
import { validateBoolean, validateEnum, validateInteger } from "./validation";

export const CF_TYPES = [
  "CellValue",
  "Custom",
  "ContainsText",
  "ColorScale",
  "DataBar",
  "IconSet",
  "TopBottom",
  "PresetCriteria",
] as const;
const CELL_VALUE_OPERATORS = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqual",
  "LessThanOrEqual",
] as const;
const TEXT_OPERATORS = ["Contains", "NotContains", "BeginsWith", "EndsWith"] as const;
const CRITERION_TYPES = [
  "LowestValue",
  "HighestValue",
  "Number",
  "Percent",
  "Formula",
  "Percentile",
] as const;
const UNDERLINE = ["None", "Single", "Double"] as const;

interface CfTarget {
  ws: SimulatedWorksheet;
  cf: ConditionalFormatData;
}

/** Parts of `a` not covered by `b`. */
function subtract(a: CellRect, b: CellRect): CellRect[] {
  const i = rectIntersection(a, b);
  if (!i) return [a];
  const out: CellRect[] = [];
  if (a.r0 < i.r0) out.push({ ...a, r1: i.r0 - 1 });
  if (i.r1 < a.r1) out.push({ ...a, r0: i.r1 + 1 });
  if (a.c0 < i.c0) out.push({ r0: i.r0, r1: i.r1, c0: a.c0, c1: i.c0 - 1 });
  if (i.c1 < a.c1) out.push({ r0: i.r0, r1: i.r1, c0: i.c1 + 1, c1: a.c1 });
  return out;
}

function formulaString(v: unknown, what: string): string {
  if (typeof v !== "string" || v.trim() === "")
    return invalidArgument(`The ${what} must be a non-empty string.`);
  return v;
}

function validateCriterion(v: unknown, which: string): ColorScaleCriterionData {
  if (!v || typeof v !== "object") return invalidArgument(`The ${which} criterion must be an object.`);
  const c = v as Record<string, unknown>;
  const type = validateEnum(c.type, CRITERION_TYPES, `${which} criterion type`);
  const out: ColorScaleCriterionData = { type };
  if (type !== "LowestValue" && type !== "HighestValue")
    out.formula = formulaString(c.formula, `${which} criterion formula`);
  if (c.color !== undefined && c.color !== null) out.color = normalizeColor(c.color);
  return out;
}

export class ConditionalFormatCollectionProxy extends SimCollection<RangeTarget, ConditionalFormatProxy> {
  protected override _isAlive(t: RangeTarget): boolean {
    return !t.sheet.deleted;
  }

  protected _listItems(t: RangeTarget): unknown[] {
    return t.sheet.conditionalFormats.filter((cf) => cf.rects.some((r) => rectsIntersect(r, t.rect)));
  }

  protected _wrapItem(item: unknown): ConditionalFormatProxy {
    const cf = item as ConditionalFormatData;
    return new ConditionalFormatProxy(
      this.context,
      `${this._simPath}.getItem(${JSON.stringify(cf.id)})`,
      () => {
        const t = this._ref();
        return t ? { ws: t.sheet, cf } : null;
      },
    );
  }

  private _format(
    member: string,
    args: unknown[],
    find: (t: RangeTarget) => ConditionalFormatData,
  ): ConditionalFormatProxy {
    return new ConditionalFormatProxy(
      this.context,
      this._path(member, args),
      () => {
        const t = this._ref();
        return t ? { ws: t.sheet, cf: find(t) } : null;
      },
      { location: `ConditionalFormatCollection.${member}`, args },
    );
  }

  add(type: string): ConditionalFormatProxy {
    return this._format("add", [type], (t) => {
      const cfType = validateEnum(type, CF_TYPES, "conditional format type");
      const cf: ConditionalFormatData = {
        id: t.sheet.workbook.newConditionalFormatId(),
        type: cfType,
        rects: [{ ...t.rect }],
        stopIfTrue: false,
        rule: {},
        format: {},
      };
      if (cfType === "ColorScale") {
        cf.colorScale = {
          minimum: { type: "LowestValue", color: "#F8696B" },
          midpoint: { type: "Percentile", formula: "50", color: "#FFEB84" },
          maximum: { type: "HighestValue", color: "#63BE7B" },
        };
      }
      t.sheet.conditionalFormats.unshift(cf);
      return cf;
    });
  }

  getItem(id: string): ConditionalFormatProxy {
    return this._format("getItem", [id], (t) => {
      const found = (this._listItems(t) as ConditionalFormatData[]).find((cf) => cf.id === id);
      return found ?? itemNotFound(`The conditional format '${id}' doesn't exist.`);
    });
  }

  getItemAt(index: number): ConditionalFormatProxy {
    return this._format("getItemAt", [index], (t) => {
      validateInteger(index, "index", 0);
      return (
        (this._listItems(t) as ConditionalFormatData[])[index] ??
        itemNotFound(`There is no conditional format at index ${index}.`)
      );
    });
  }

  getCount(): SimClientResult<number> {
    return this._resultOp("getCount", [], (t) => this._listItems(t).length);
  }

  clearAll(): void {
    this._op("clearAll", [], (t) => {
      for (const cf of t.sheet.conditionalFormats) {
        cf.rects = cf.rects.flatMap((r) => subtract(r, t.rect));
        if (cf.rects.length === 0) cf.deleted = true;
      }
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((cf) => cf.rects.length > 0);
    });
  }
}

defineClass<RangeTarget>(ConditionalFormatCollectionProxy, "ConditionalFormatCollection", {});

function typed<C extends SimClientObject<CfTarget>>(
  owner: ConditionalFormatProxy,
  name: string,
  type: string,
  orNull: boolean,
  Ctor: new (ctx: ConditionalFormatProxy["context"], path: string, resolver: () => CfTarget | null) => C,
): C {
  return new Ctor(owner.context, `${owner._simPath}.${name}`, () => {
    const t = owner._ref();
    if (!t) return null;
    if (t.cf.type !== type) {
      if (orNull) return null;
      invalidArgument(`The conditional format is of type ${t.cf.type}; '${name}' needs type ${type}.`);
    }
    return t;
  });
}

export class ConditionalFormatProxy extends SimClientObject<CfTarget> {
  declare readonly id: string;
  declare readonly type: string;
  declare priority: number;
  declare stopIfTrue: boolean;

  protected override _isAlive(t: CfTarget): boolean {
    return !t.cf.deleted && !t.ws.deleted;
  }

  get cellValue(): CellValueConditionalFormatProxy {
    return this._child("cellValue", () =>
      typed(this, "cellValue", "CellValue", false, CellValueConditionalFormatProxy),
    );
  }

  get cellValueOrNullObject(): CellValueConditionalFormatProxy {
    return this._child("cellValueOrNullObject", () =>
      typed(this, "cellValueOrNullObject", "CellValue", true, CellValueConditionalFormatProxy),
    );
  }

  get custom(): CustomConditionalFormatProxy {
    return this._child("custom", () => typed(this, "custom", "Custom", false, CustomConditionalFormatProxy));
  }

  get customOrNullObject(): CustomConditionalFormatProxy {
    return this._child("customOrNullObject", () =>
      typed(this, "customOrNullObject", "Custom", true, CustomConditionalFormatProxy),
    );
  }

  get textComparison(): TextConditionalFormatProxy {
    return this._child("textComparison", () =>
      typed(this, "textComparison", "ContainsText", false, TextConditionalFormatProxy),
    );
  }

  get textComparisonOrNullObject(): TextConditionalFormatProxy {
    return this._child("textComparisonOrNullObject", () =>
      typed(this, "textComparisonOrNullObject", "ContainsText", true, TextConditionalFormatProxy),
    );
  }

  get colorScale(): ColorScaleConditionalFormatProxy {
    return this._child("colorScale", () =>
      typed(this, "colorScale", "ColorScale", false, ColorScaleConditionalFormatProxy),
    );
  }

  get colorScaleOrNullObject(): ColorScaleConditionalFormatProxy {
    return this._child("colorScaleOrNullObject", () =>
      typed(this, "colorScaleOrNullObject", "ColorScale", true, ColorScaleConditionalFormatProxy),
    );
  }

  getRange(): RangeProxy {
    return this._rangeOf("getRange", false);
  }

  getRangeOrNullObject(): RangeProxy {
    return this._rangeOf("getRangeOrNullObject", true);
  }

  private _rangeOf(member: string, orNull: boolean): RangeProxy {
    return new RangeProxy(
      this.context,
      `${this._simPath}.${member}()`,
      () => {
        const t = this._ref();
        if (!t) return null;
        if (t.cf.rects.length !== 1) {
          if (orNull) return null;
          invalidArgument("The conditional format applies to several areas; use getRanges().");
        }
        return { sheet: t.ws, rect: { ...t.cf.rects[0] } };
      },
      { location: `ConditionalFormat.${member}`, args: [] },
    );
  }

  delete(): void {
    this._op("delete", [], (t) => {
      t.ws.conditionalFormats = t.ws.conditionalFormats.filter((cf) => cf !== t.cf);
      t.cf.deleted = true;
    });
  }
}

defineClass<CfTarget>(
  ConditionalFormatProxy,
  "ConditionalFormat",
  {
    id: { get: (t) => t.cf.id },
    type: { get: (t) => t.cf.type },
    priority: {
      get: (t) => t.ws.conditionalFormats.indexOf(t.cf),
      set: (t, v) => {
        const list = t.ws.conditionalFormats;
        let p = validateInteger(v, "priority");
        if (p < 0) p = Math.max(0, list.length + p);
        p = Math.min(p, list.length - 1);
        list.splice(list.indexOf(t.cf), 1);
        list.splice(p, 0, t.cf);
      },
    },
    stopIfTrue: {
      get: (t) => t.cf.stopIfTrue,
      set: (t, v) => {
        t.cf.stopIfTrue = validateBoolean(v, "stopIfTrue");
      },
    },
  },
  ["cellValue", "custom", "textComparison", "colorScale"],
);

class CfPart extends SimClientObject<CfTarget> {
  protected override _isAlive(t: CfTarget): boolean {
    return !t.cf.deleted && !t.ws.deleted;
  }

  get format(): ConditionalRangeFormatProxy {
    return this._child(
      "format",
      () => new ConditionalRangeFormatProxy(this.context, `${this._simPath}.format`, () => this._ref()),
    );
  }
}

export class CellValueConditionalFormatProxy extends CfPart {
  declare rule: { formula1: string; formula2?: string; operator: string };
}

defineClass<CfTarget>(
  CellValueConditionalFormatProxy,
  "CellValueConditionalFormat",
  {
    rule: {
      get: (t) => ({
        formula1: t.cf.rule.formula1 ?? "",
        ...(t.cf.rule.formula2 !== undefined ? { formula2: t.cf.rule.formula2 } : {}),
        operator: t.cf.rule.operator ?? "Invalid",
      }),
      set: (t, v) => {
        if (!v || typeof v !== "object") invalidArgument("The rule must be an object.");
        const r = v as Record<string, unknown>;
        const operator = validateEnum(r.operator, CELL_VALUE_OPERATORS, "cell value operator");
        const formula1 = formulaString(r.formula1, "formula1");
        let formula2: string | undefined;
        if (operator === "Between" || operator === "NotBetween")
          formula2 = formulaString(r.formula2, "formula2");
        else if (r.formula2 !== undefined && r.formula2 !== null && r.formula2 !== "")
          formula2 = formulaString(r.formula2, "formula2");
        t.cf.rule = { operator, formula1, ...(formula2 !== undefined ? { formula2 } : {}) };
      },
    },
  },
  ["format"],
);

export class CustomConditionalFormatProxy extends CfPart {
  get rule(): ConditionalFormatRuleProxy {
    return this._child(
      "rule",
      () => new ConditionalFormatRuleProxy(this.context, `${this._simPath}.rule`, () => this._ref()),
    );
  }
}

defineClass<CfTarget>(CustomConditionalFormatProxy, "CustomConditionalFormat", {}, ["format", "rule"]);

export class ConditionalFormatRuleProxy extends SimClientObject<CfTarget> {
  declare formula: string;
  declare formulaLocal: string;
}

const ruleFormula = {
  get: (t: CfTarget) => t.cf.rule.formula ?? "",
  set: (t: CfTarget, v: never) => {
    const f = formulaString(v, "rule formula");
    if (!f.startsWith("=")) invalidArgument("A custom conditional format formula must start with '='.");
    t.cf.rule = { formula: f };
  },
};

defineClass<CfTarget>(ConditionalFormatRuleProxy, "ConditionalFormatRule", {
  formula: ruleFormula,
  formulaLocal: ruleFormula,
});

export class TextConditionalFormatProxy extends CfPart {
  declare rule: { operator: string; text: string };
}

defineClass<CfTarget>(
  TextConditionalFormatProxy,
  "TextConditionalFormat",
  {
    rule: {
      get: (t) => ({ operator: t.cf.rule.operator ?? "Invalid", text: t.cf.rule.text ?? "" }),
      set: (t, v) => {
        if (!v || typeof v !== "object") invalidArgument("The rule must be an object.");
        const r = v as Record<string, unknown>;
        const operator = validateEnum(r.operator, TEXT_OPERATORS, "text operator");
        if (typeof r.text !== "string") invalidArgument("The rule text must be a string.");
        t.cf.rule = { operator, text: r.text as string };
      },
    },
  },
  ["format"],
);

export class ColorScaleConditionalFormatProxy extends SimClientObject<CfTarget> {
  declare criteria: {
    minimum: ColorScaleCriterionData;
    midpoint?: ColorScaleCriterionData;
    maximum: ColorScaleCriterionData;
  };
  declare readonly threeColorScale: boolean;

  protected override _isAlive(t: CfTarget): boolean {
    return !t.cf.deleted && !t.ws.deleted;
  }
}

defineClass<CfTarget>(ColorScaleConditionalFormatProxy, "ColorScaleConditionalFormat", {
  criteria: {
    get: (t) => JSON.parse(JSON.stringify(t.cf.colorScale ?? {})),
    set: (t, v) => {
      if (!v || typeof v !== "object") invalidArgument("The criteria must be an object.");
      const c = v as Record<string, unknown>;
      t.cf.colorScale = {
        minimum: validateCriterion(c.minimum, "minimum"),
        ...(c.midpoint ? { midpoint: validateCriterion(c.midpoint, "midpoint") } : {}),
        maximum: validateCriterion(c.maximum, "maximum"),
      };
    },
  },
  threeColorScale: { get: (t) => !!t.cf.colorScale?.midpoint },
});

export class ConditionalRangeFormatProxy extends SimClientObject<CfTarget> {
  declare numberFormat: string;

  get fill(): ConditionalRangeFillProxy {
    return this._child(
      "fill",
      () => new ConditionalRangeFillProxy(this.context, `${this._simPath}.fill`, () => this._ref()),
    );
  }

  get font(): ConditionalRangeFontProxy {
    return this._child(
      "font",
      () => new ConditionalRangeFontProxy(this.context, `${this._simPath}.font`, () => this._ref()),
    );
  }
}

defineClass<CfTarget>(
  ConditionalRangeFormatProxy,
  "ConditionalRangeFormat",
  {
    numberFormat: {
      get: (t) => t.cf.format.numberFormat ?? null,
      set: (t, v) => {
        if (typeof v !== "string") invalidArgument("The number format must be a string.");
        t.cf.format.numberFormat = v as string;
      },
    },
  },
  ["fill", "font"],
);

export class ConditionalRangeFillProxy extends SimClientObject<CfTarget> {
  declare color: string;

  clear(): void {
    this._op("clear", [], (t) => {
      delete t.cf.format.fill;
    });
  }
}

defineClass<CfTarget>(ConditionalRangeFillProxy, "ConditionalRangeFill", {
  color: {
    get: (t) => t.cf.format.fill ?? null,
    set: (t, v) => {
      t.cf.format.fill = normalizeColor(v);
    },
  },
});

export class ConditionalRangeFontProxy extends SimClientObject<CfTarget> {
  declare bold: boolean;
  declare italic: boolean;
  declare color: string;
  declare underline: string;
  declare strikethrough: boolean;

  clear(): void {
    this._op("clear", [], (t) => {
      for (const k of ["bold", "italic", "fontColor", "underline", "strikethrough"] as const)
        delete t.cf.format[k];
    });
  }
}

function cfFlag(key: "bold" | "italic" | "strikethrough") {
  return {
    get: (t: CfTarget) => t.cf.format[key] ?? null,
    set: (t: CfTarget, v: never) => {
      t.cf.format[key] = validateBoolean(v, key);
    },
  };
}

defineClass<CfTarget>(ConditionalRangeFontProxy, "ConditionalRangeFont", {
  bold: cfFlag("bold"),
  italic: cfFlag("italic"),
  strikethrough: cfFlag("strikethrough"),
  color: {
    get: (t) => t.cf.format.fontColor ?? null,
    set: (t, v) => {
      t.cf.format.fontColor = normalizeColor(v);
    },
  },
  underline: {
    get: (t) => t.cf.format.underline ?? null,
    set: (t, v) => {
      t.cf.format.underline = validateEnum(v, UNDERLINE, "underline");
    },
  },
});
