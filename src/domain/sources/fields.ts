/**
 * Field readers: for one recognised sheet, a small function per column that turns a row's cell into a
 * typed value, remembering every value it cannot read. Record builders (records.ts) call them.
 *
 * Every cell of a large export passes through here, so each kind has its own reader function (rather
 * than one generic reader calling a parser it was handed): the optimising compiler then sees one
 * parser per call site and inlines it.
 */
import { Cell, SheetInput } from "../cells";
import { dutchDate, DayNumber } from "../dates";
import { RowRecord, SheetRef } from "../model";
import {
  carriesTime,
  INVALID,
  isDateFormat,
  parseBool,
  parseDate,
  parseNumber,
  Parsed,
  parseText,
  trimText,
} from "../values";
import { columnDef, SourceType, ValueKind } from "./catalog";
import { DetectedSheet } from "./detect";
import { ColumnNumbers, numberedColumnsOf } from "./numbering";

export type FieldReader<T> = (cells: readonly Cell[]) => T | undefined;

/** The row being read: its number formats, when known, and the values its readers could not read. */
export interface RowCursor {
  /** Number formats of the row's cells (parallel to the cells), when the sheet has them. */
  formats: readonly (string | null | undefined)[] | undefined;
  unreadable: Array<{ column: string; value: Cell }>;
}

export interface Fields {
  text(key: string): FieldReader<string>;
  date(key: string): FieldReader<DayNumber>;
  number(key: string): FieldReader<number>;
  bool(key: string): FieldReader<boolean>;
  /** Whether the date column's cell carries a time of day (see carriesTime); the date itself is `date`'s. */
  timed(key: string): FieldReader<boolean>;
  /** Keys asked for (lets a test check builders against the catalog). */
  readonly requested: string[];
  /** Per numbered column of the sheet: the number of each record's value (see numbering.ts). */
  readonly numbered: Map<string, Int32Array>;
}

const ABSENT = () => undefined;

export function fieldsFor(
  type: SourceType,
  input: Pick<SheetInput, "date1904">,
  detected: DetectedSheet,
  cursor: RowCursor,
  columns: ColumnNumbers = new ColumnNumbers(),
  /** Rows expected (a hint for the numbered columns' arrays; 0 when unknown). */
  expectedRows = 0,
): Fields {
  const date1904 = input.date1904 ?? false;
  const requested: string[] = [];
  const numbered = new Map<string, Int32Array>();
  const numberedColumns = numberedColumnsOf(type);

  /**
   * The column's index in the rows, or -1 when the sheet lacks it. `asked`: the key counts as a field
   * of the record (not for a second reader of a column already asked for, such as `timed`).
   */
  function columnIndex(key: string, kind: ValueKind, asked = true): number {
    if (asked) requested.push(key);
    if (columnDef(type, key).kind !== kind) throw new Error(`${type}.${key} is not a ${kind} column`);
    return detected.columns.get(key)?.index ?? -1;
  }

  /** A parsed value, or undefined (and the cell remembered) when it could not be read. */
  function readable<T>(parsed: Parsed<T>, key: string, value: Cell): T | undefined {
    if (parsed !== INVALID) return parsed;
    cursor.unreadable.push({ column: key, value });
    return undefined;
  }

  /**
   * Text of a cell that is not a string: a date cell reads as the date it shows. A date that is no
   * date (an invalid Date object, a date-formatted number outside Excel's calendar) is unreadable.
   */
  function otherText(value: Cell, index: number, key: string): string | undefined {
    const isDate =
      value instanceof Date ||
      (typeof value === "number" && cursor.formats !== undefined && isDateFormat(cursor.formats[index]));
    if (!isDate) return parseText(value);
    const day = readable(parseDate(value, date1904), key, value);
    return day === undefined ? undefined : dutchDate(day);
  }

  /**
   * A numbered column's reader: the text, and its number stored for the record being built (a builder
   * reads each field once per record, so the n-th call is the n-th record). The record gets the text
   * as first seen, so that records share one string per value and the cells can be freed.
   * Rows arrive one at a time (the sheet's length is not known up front), so the array doubles when full.
   */
  function numberedText(key: string, index: number): FieldReader<string> {
    const numbering = columns.numbering(key);
    let numbers = new Int32Array(expectedRows > 0 ? expectedRows : 1024);
    numbered.set(key, numbers);
    let record = 0;
    return (cells) => {
      const value = cells[index];
      const text = typeof value === "string" ? trimText(value) : otherText(value, index, key);
      const number = numbering.number(text);
      if (record === numbers.length) {
        const grown = new Int32Array(2 * numbers.length);
        grown.set(numbers);
        numbers = grown;
        numbered.set(key, numbers);
      }
      numbers[record++] = number;
      return numbering.text(number);
    };
  }

  return {
    requested,
    numbered,
    text(key) {
      const index = columnIndex(key, "text");
      if (index < 0) return ABSENT;
      if (numberedColumns.includes(key)) return numberedText(key, index);
      return (cells) => {
        const value = cells[index];
        return typeof value === "string" ? trimText(value) : otherText(value, index, key);
      };
    },
    date(key) {
      const index = columnIndex(key, "date");
      if (index < 0) return ABSENT;
      return (cells) => readable(parseDate(cells[index], date1904), key, cells[index]);
    },
    number(key) {
      const index = columnIndex(key, "number");
      if (index < 0) return ABSENT;
      return (cells) => readable(parseNumber(cells[index]), key, cells[index]);
    },
    bool(key) {
      const index = columnIndex(key, "bool");
      if (index < 0) return ABSENT;
      return (cells) => readable(parseBool(cells[index]), key, cells[index]);
    },
    timed(key) {
      const index = columnIndex(key, "date", false);
      if (index < 0) return ABSENT;
      return (cells) => carriesTime(cells[index], cursor.formats?.[index]);
    },
  };
}

/** Builds one record from a row's cells: `sheet` and `row` are the record's place. */
export type RecordBuilder<T extends RowRecord> = (
  fields: Fields,
) => (sheet: SheetRef, row: number, cells: readonly Cell[]) => T;
