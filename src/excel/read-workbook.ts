/**
 * Reading the sources from the open workbook: every sheet that is not one of the add-in's own, its
 * used range as values plus number formats (so date cells are recognised), in blocks of at most
 * 20,000 rows, packed into as few syncs as the response limit allows.
 *
 * Syncs: one to list the sheets and the registry (and the history), one for the used ranges, then
 * ceil(data / limit) for the cells. Reading 100,000 rows cannot fit one 5 MB response, so the sync
 * budget of 8 applies to writing the report, not to reading.
 */
import type { Cell, SheetInput } from "../domain/cells";
import { dayFromExcelSerial, ymdOf } from "../domain/dates";
import { isDateFormat } from "../domain/values";
import { rangeA1 } from "./a1";
import { detectFeatures, UnsupportedExcelError } from "./features";
import { readState } from "./execute/state";
import { type MaandstandRow, parseHistory } from "./history";
import type { ExcelHost } from "./host";
import { isTempSheetName, type RegisteredSheet } from "./registry";

export const MAX_BLOCK_ROWS = 20_000;
export const DEFAULT_MAX_RESPONSE_BYTES = 3_800_000;
/** First guess of the response bytes per cell (value and number format); corrected per sheet after its first block. */
const FIRST_GUESS_BYTES_PER_CELL = 40;
/** Rows of each sheet's first block, small enough to be safe before the real size per cell is known. */
const FIRST_BLOCK_ROWS = 1_000;
/** Rows whose displayed text is read to tell the 1900 from the 1904 date system. */
const SAMPLE_ROWS = 25;

export interface ReadOptions {
  /** Largest response of one sync in bytes (default 3.8 MB; Excel on the web refuses 5 MB). */
  maxResponseBytes?: number;
  maxBlockRows?: number;
}

export interface ReadResult {
  /** Source candidates for the engine, in workbook order (empty sheets left out). */
  inputs: SheetInput[];
  /** The add-in's own sheets (report and Historie), which are not sources. */
  ownSheets: RegisteredSheet[];
  /** Names of sheets that were left out because they are empty. */
  emptySheets: string[];
  /** Earlier maandstanden from the Historie sheet. */
  history: MaandstandRow[];
  /** The workbook uses the 1904 date system. */
  date1904: boolean;
  /** Round trips used. */
  syncs: number;
}

interface Candidate {
  name: string;
  ws: Excel.Worksheet;
  row0: number;
  col0: number;
  rows: number;
  cols: number;
  nextRow: number;
  bytesPerCell: number;
  calibrated: boolean;
  /** After a response that was too large: the most rows of this sheet in its next sync. */
  rowCap?: number;
  values: Cell[][];
  formats: (string | null)[][];
}

interface Block {
  sheet: Candidate;
  r0: number;
  rows: number;
  range: Excel.Range;
  sample?: Excel.Range;
}

/**
 * Tells the date system from cells whose serial number and displayed text are both known: the
 * text shows the year and day of one system only. Undefined when no date cell was seen.
 */
export function guessDate1904(samples: ReadonlyArray<{ value: number; text: string }>): boolean | undefined {
  let votes1900 = 0;
  let votes1904 = 0;
  const matches = (serial: number, date1904: boolean, numbers: number[]) => {
    const { year, day } = ymdOf(dayFromExcelSerial(serial, date1904));
    const yearShown = numbers.includes(year) || numbers.includes(year % 100);
    return yearShown && numbers.includes(day);
  };
  for (const { value, text } of samples) {
    const numbers = (text.match(/\d+/g) ?? []).map(Number);
    if (numbers.length === 0) continue;
    const a = matches(value, false, numbers);
    const b = matches(value, true, numbers);
    if (a && !b) votes1900++;
    if (b && !a) votes1904++;
  }
  if (votes1900 === 0 && votes1904 === 0) return undefined;
  return votes1904 > votes1900;
}

const isResponseTooLarge = (error: unknown) =>
  !!error &&
  typeof error === "object" &&
  (error as { code?: string }).code === "ResponsePayloadSizeLimitExceeded";

export async function readWorkbook(host: ExcelHost, options: ReadOptions = {}): Promise<ReadResult> {
  if (!detectFeatures(host).base) throw new UnsupportedExcelError();
  const maxResponse = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  const maxBlockRows = options.maxBlockRows ?? MAX_BLOCK_ROWS;
  return host.run(async (ctx) => {
    let syncs = 0;
    // 1: the sheets, the registry and the history.
    const state = await readState(ctx, false);
    syncs += state.syncs;
    const ownIds = new Set(state.own.map((s) => s.id));
    const pending = new Set((state.registry.pending ?? []).map((n) => n.toLowerCase()));
    const sources = state.sheets.filter(
      (s) => !ownIds.has(s.id) && !(isTempSheetName(s.name) && pending.has(s.name.toLowerCase())),
    );

    // 2: their used ranges.
    const used = sources.map((s) => {
      const ws = ctx.workbook.worksheets.getItem(s.id);
      const range = ws.getUsedRangeOrNullObject(true);
      range.load("rowIndex,columnIndex,rowCount,columnCount");
      return { info: s, ws, range };
    });
    if (used.length > 0) {
      await ctx.sync();
      syncs++;
    }
    const emptySheets: string[] = [];
    const candidates: Candidate[] = [];
    for (const { info, ws, range } of used) {
      if (range.isNullObject) {
        emptySheets.push(info.name);
        continue;
      }
      candidates.push({
        name: info.name,
        ws,
        row0: range.rowIndex,
        col0: range.columnIndex,
        rows: range.rowCount,
        cols: range.columnCount,
        nextRow: 0,
        bytesPerCell: FIRST_GUESS_BYTES_PER_CELL,
        calibrated: false,
        values: [],
        formats: [],
      });
    }

    // 3…: the cells, in blocks, as many per sync as the response limit allows.
    let date1904: boolean | undefined;
    const samples: Array<{ value: number; text: string }> = [];
    while (candidates.some((c) => c.nextRow < c.rows)) {
      const blocks: Block[] = [];
      let estimate = 0;
      for (const sheet of candidates) {
        let taken = 0;
        while (sheet.nextRow < sheet.rows) {
          const perRow = sheet.cols * sheet.bytesPerCell;
          const room = Math.floor((maxResponse - estimate) / perRow);
          if (room < 1 && blocks.length > 0) break;
          const capped = sheet.rowCap === undefined ? Infinity : sheet.rowCap - taken;
          if (capped < 1) break;
          const limit = sheet.calibrated ? maxBlockRows : Math.min(maxBlockRows, FIRST_BLOCK_ROWS);
          const rows = Math.max(1, Math.min(sheet.rows - sheet.nextRow, limit, room, capped));
          const r0 = sheet.row0 + sheet.nextRow;
          const range = sheet.ws.getRange(
            rangeA1(r0, sheet.col0, r0 + rows - 1, sheet.col0 + sheet.cols - 1),
          );
          range.load("values,numberFormat");
          const block: Block = { sheet, r0: sheet.nextRow, rows, range };
          if (date1904 === undefined && sheet.nextRow === 0) {
            const n = Math.min(rows, SAMPLE_ROWS);
            block.sample = sheet.ws.getRange(
              rangeA1(r0, sheet.col0, r0 + n - 1, sheet.col0 + sheet.cols - 1),
            );
            block.sample.load("text");
            estimate += n * sheet.cols * 16;
          }
          blocks.push(block);
          sheet.nextRow += rows;
          taken += rows;
          estimate += rows * perRow;
          if (!sheet.calibrated) break;
        }
        if (estimate >= maxResponse) break;
      }
      try {
        await ctx.sync();
        syncs++;
      } catch (error) {
        if (!isResponseTooLarge(error)) throw error;
        // A single row larger than the limit cannot be read in smaller blocks.
        if (blocks.length === 1 && blocks[0].rows === 1) throw error;
        // The cells were larger than guessed: per sheet of this sync (once, however many blocks it
        // had), start again at its first block, with four times the size per cell and at most a
        // quarter of the rows it had in this sync, so a failed block is never retried at its size.
        syncs++;
        for (const sheet of new Set(blocks.map((b) => b.sheet))) {
          const own = blocks.filter((b) => b.sheet === sheet);
          sheet.nextRow = Math.min(...own.map((b) => b.r0));
          sheet.bytesPerCell *= 4;
          sheet.rowCap = Math.max(1, Math.floor(own.reduce((n, b) => n + b.rows, 0) / 4));
          sheet.calibrated = true;
        }
        continue;
      }
      // The size per cell follows what was measured (the largest block of the sheet in this sync,
      // plus a margin), so a retry's high guess does not shrink the blocks for the rest of the sheet.
      const measured = new Map<Candidate, number>();
      for (const block of blocks) {
        const values = block.range.values as Cell[][];
        const formats = block.range.numberFormat as (string | null)[][];
        const sheet = block.sheet;
        const bytes = JSON.stringify(values).length + JSON.stringify(formats).length;
        const perCell = bytes / Math.max(1, block.rows * sheet.cols);
        measured.set(sheet, Math.max(measured.get(sheet) ?? 0, perCell));
        sheet.rowCap = undefined;
        for (let i = 0; i < values.length; i++) {
          sheet.values[block.r0 + i] = values[i];
          sheet.formats[block.r0 + i] = formats[i];
        }
        if (block.sample) {
          const text = block.sample.text;
          text.forEach((row, i) =>
            row.forEach((shown, j) => {
              const value = values[i]?.[j];
              if (typeof value === "number" && value > 60 && isDateFormat(formats[i]?.[j]))
                samples.push({ value, text: shown });
            }),
          );
          date1904 = guessDate1904(samples);
        }
      }
      for (const [sheet, perCell] of measured) {
        sheet.bytesPerCell = Math.max(perCell * 1.2, 4);
        sheet.calibrated = true;
      }
    }
    const is1904 = date1904 ?? false;
    const inputs: SheetInput[] = candidates.map((c) => ({
      name: c.name,
      rows: c.values,
      numberFormats: c.formats,
      date1904: is1904,
      firstRow: c.row0 + 1,
      firstColumn: c.col0 + 1,
    }));
    const history = state.historyRaw
      ? parseHistory(state.historyRaw.header, state.historyRaw.body, is1904)
      : state.history;
    return { inputs, ownSheets: state.own, emptySheets, history, date1904: is1904, syncs };
  });
}
