/**
 * Some text columns are numbered while the sheets are read: every distinct value of the column gets a
 * number, and every record the number of its value. These are the join keys (Plaatsingsnummer for
 * duplicates, Vacaturenummer between placements and vacancies, Werkgevernummer across four sources) and
 * the name columns that rules and figures look at row by row (sector, partner, uitkering, …).
 *
 * Why while reading: the reader has just touched the cell, so it is still in the CPU cache; later the
 * cells are spread over a large heap, and every Map lookup of a cell (hashing it, comparing it with a
 * key stored elsewhere) starts with cache misses — on 100 000 placements that was most of the time
 * the rules and figures took. With the numbers, rules and figures work per distinct value (a sector
 * name is matched once, not once per placement) and per row they only index arrays.
 */
import { KeyIndex } from "../keys";
import { NumericKeys } from "./numeric-keys";
import { SourceType } from "./catalog";

/** The numbered columns per source. Columns with the same key share their numbers across sources. */
const NUMBERED_COLUMNS: Partial<Record<SourceType, readonly string[]>> = {
  Plaatsingen: [
    "plaatsingsnummer",
    "vacaturenummer",
    "werkgevernummer",
    "sector",
    "organisatie",
    "uitkering",
    "doelgroep",
    "project",
    "instrument",
  ],
  Vacatures: ["vacaturenummer", "werkgevernummer", "status"],
  Werkgevers: ["werkgevernummer"],
  Contacten: ["werkgevernummer", "soortContact"],
  Kandidaten: ["organisatie", "gewensteSector"],
};

/** The numbered columns of a source. */
export const numberedColumnsOf = (type: SourceType): readonly string[] => NUMBERED_COLUMNS[type] ?? [];

/** Up to this many distinct values, a value is found in a small table of its own (see TextNumbers). */
const FEW = 64;
const FEW_HEADS = 256;

/**
 * A cheap hash of a short text (a name from a list): its length and three of its characters, which
 * tell the few values of a name list apart without reading the whole text.
 */
const shortHash = (text: string, length: number) =>
  ((length * 31) ^
    text.charCodeAt(0) ^
    (text.charCodeAt(length - 1) << 2) ^
    (text.charCodeAt(length >> 1) << 4)) &
  (FEW_HEADS - 1);

/** Numbers for the distinct values of one column key. */
export class TextNumbers {
  /** Per number: the value as first seen. */
  private readonly texts: string[] = [];
  /**
   * Up to FEW values: per short hash the last number with that hash (-1: none), and per number the one
   * before it with the same hash — a value is compared with the one or two that share its hash.
   */
  private heads: Int32Array | undefined = new Int32Array(FEW_HEADS).fill(-1);
  private chain: number[] = [];
  /** Beyond FEW values: number-shaped keys through an array (see numeric-keys.ts) … */
  private numeric: NumericKeys | undefined;
  /** … and a hash table for the others, with the number each of its keys has here. */
  private index: KeyIndex | undefined;
  private indexed: number[] = [];

  get size(): number {
    return this.texts.length;
  }

  /** The value with this number, as first seen. */
  text(number: number): string | undefined {
    return number < 0 ? undefined : this.texts[number];
  }

  /** The value's number; a new number the first time it is seen; -1 for no value. */
  number(text: string | undefined): number {
    if (text === undefined) return -1;
    const heads = this.heads;
    if (heads === undefined) return this.numbered(text);
    const hash = shortHash(text, text.length);
    for (let i = heads[hash]; i >= 0; i = this.chain[i]) if (this.texts[i] === text) return i;
    const number = this.texts.length;
    this.texts.push(text);
    this.chain.push(heads[hash]);
    heads[hash] = number;
    if (number + 1 > FEW) {
      // From now on through the array or the hash table; they number the values seen so far in order.
      const seen = this.texts.splice(0);
      this.heads = undefined;
      this.chain = [];
      this.numeric = new NumericKeys();
      for (const value of seen) this.numbered(value);
    }
    return number;
  }

  private numbered(text: string): number {
    const next = this.texts.length;
    let number = (this.numeric as NumericKeys).number(text, next);
    if (number < 0) {
      this.index ??= new KeyIndex();
      const key = this.index.add(text);
      if (key === this.indexed.length) this.indexed.push(next);
      number = this.indexed[key];
    }
    if (number === next) this.texts.push(text);
    return number;
  }
}

const NONE = new Int32Array(0);

/** The numbers of all numbered columns of a dataset: per column key the values, per source the records. */
export class ColumnNumbers {
  private readonly numberings = new Map<string, TextNumbers>();
  /** Per "source.key": the number of each record's value, -1 where it has none. */
  private readonly numbers = new Map<string, Int32Array>();
  private readonly counts = new Map<string, number>();

  /** The numbering of a column key's values, shared by all sources. */
  numbering(key: string): TextNumbers {
    let numbering = this.numberings.get(key);
    if (!numbering) {
      numbering = new TextNumbers();
      this.numberings.set(key, numbering);
    }
    return numbering;
  }

  /** Distinct values of a column key in all sources (numbers run from 0 to this − 1). */
  size(key: string): number {
    return this.numberings.get(key)?.size ?? 0;
  }

  /** The value with this number, as first seen; undefined for -1. */
  text(key: string, number: number): string | undefined {
    return this.numberings.get(key)?.text(number);
  }

  /** Per record of `type` (in record order): the number of its value in column `key`, -1 where empty. */
  of(type: SourceType, key: string): Int32Array {
    const id = `${type}.${key}`;
    return (this.numbers.get(id) ?? NONE).subarray(0, this.counts.get(id) ?? 0);
  }

  /** Appends the numbers of one sheet's records (`numbers` undefined: the sheet lacks the column). */
  append(type: SourceType, key: string, numbers: Int32Array | undefined, count: number): void {
    const id = `${type}.${key}`;
    const used = this.counts.get(id) ?? 0;
    if (used === 0 && numbers) {
      // The first sheet of a source hands its array over.
      this.numbers.set(id, numbers);
      this.counts.set(id, count);
      return;
    }
    let all = this.numbers.get(id) ?? NONE;
    if (used + count > all.length) {
      const grown = new Int32Array(Math.max(2 * all.length, used + count));
      grown.set(all.subarray(0, used));
      all = grown;
      this.numbers.set(id, all);
    }
    if (numbers) all.set(numbers.subarray(0, count), used);
    else all.fill(-1, used, used + count);
    this.counts.set(id, used + count);
  }
}
