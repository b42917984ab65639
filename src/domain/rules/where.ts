import { RowRecord } from "../model";

/** "rij 12", or "rij 12 van blad Q1" when the earlier record sits on another sheet than `from`. */
export function rowRef(earlier: RowRecord, from: RowRecord): string {
  return earlier.sheet === from.sheet
    ? `rij ${earlier.row}`
    : `rij ${earlier.row} van blad ${earlier.sheet.name}`;
}
