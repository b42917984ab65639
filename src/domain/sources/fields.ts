/**
 * Field readers: for one recognised sheet, a small function per column that turns a row's cell into a
 * typed value, remembering every value it cannot read. Record builders (records.ts) call them.
 */
import { Cell, SheetInput } from "../cells";
import { dutchDate, DayNumber } from "../dates";
import { RowRecord } from "../model";
import { INVALID, isDateFormat, parseBool, parseDate, parseNumber, Parsed, parseText } from "../values";
import { columnDef, SourceType, ValueKind } from "./catalog";
import { DetectedSheet } from "./detect";

export type FieldReader<T> = (cells: readonly Cell[]) => T | undefined;

/** The row being read: its index (for number formats) and the values its readers could not read. */
export interface RowCursor {
  /** 0-based index into the input rows. */
  index: number;
  unreadable: Array<{ column: string; value: Cell }>;
}

export interface Fields {
  text(key: string): FieldReader<string>;
  date(key: string): FieldReader<DayNumber>;
  number(key: string): FieldReader<number>;
  bool(key: string): FieldReader<boolean>;
  /** Keys asked for (lets a test check builders against the catalog). */
  readonly requested: string[];
}

const ABSENT = () => undefined;

export function fieldsFor(
  type: SourceType,
  input: SheetInput,
  detected: DetectedSheet,
  cursor: RowCursor,
): Fields {
  const date1904 = input.date1904 ?? false;
  const formats = input.numberFormats;
  const requested: string[] = [];

  function reader<T>(key: string, kind: ValueKind, parse: (value: Cell) => Parsed<T>): FieldReader<T> {
    requested.push(key);
    if (columnDef(type, key).kind !== kind) throw new Error(`${type}.${key} is not a ${kind} column`);
    const binding = detected.columns.get(key);
    if (!binding) return ABSENT;
    const index = binding.index;
    return (cells) => {
      const value = cells[index];
      const parsed = parse(value);
      if (parsed !== INVALID) return parsed;
      cursor.unreadable.push({ column: key, value });
      return undefined;
    };
  }

  return {
    requested,
    text(key) {
      const index = detected.columns.get(key)?.index ?? -1;
      return reader(key, "text", (value) => {
        // A date cell in a text column reads as the date it shows.
        if (value instanceof Date) return dutchDate(parseDate(value) as DayNumber);
        if (typeof value === "number" && formats && isDateFormat(formats[cursor.index]?.[index])) {
          return dutchDate(parseDate(value, date1904) as DayNumber);
        }
        return parseText(value);
      });
    },
    date: (key) => reader(key, "date", (value) => parseDate(value, date1904)),
    number: (key) => reader(key, "number", parseNumber),
    bool: (key) => reader(key, "bool", parseBool),
  };
}

export type RecordBuilder<T extends RowRecord> = (
  fields: Fields,
) => (record: RowRecord, cells: readonly Cell[]) => T;
