/**
 * Maandstand (the monthly snapshot) as rows of the Historie table: pure functions to make the rows
 * from a report, to read them back from the sheet, and to find the one to compare with.
 */
import type { Report } from "../domain/analyse";
import { allFindings } from "../domain/analyse";
import type { Cell } from "../domain/cells";
import { dayFromExcelSerial, dayFromYmd, excelSerialFromDay, isoDate, type DayNumber } from "../domain/dates";
import type { ColumnPlan, PlanValue } from "./plan/types";

export interface MaandstandRow {
  /** jjjj-mm-dd */
  peildatum: string;
  /** jjjj-mm-ddThh:mm (local time of recording) */
  vastgelegdOp: string;
  /** Sector name, or "Totaal" for the region. */
  sector: string;
  realisatie: number | null;
  ambitie: number | null;
  proRata: number | null;
  pctAmbitie: number | null;
  status: string;
  banen: number | null;
  dekkingsgraad: number | null;
  /** Findings of severity fout / waarschuwing (Totaal row only). */
  fouten: number | null;
  waarschuwingen: number | null;
}

export const TOTAAL = "Totaal";

export const HISTORY_COLUMNS: ColumnPlan[] = [
  { header: "Peildatum", kind: "date" },
  { header: "Vastgelegd op", kind: "datetime" },
  { header: "Sector", kind: "text" },
  { header: "Realisatie", kind: "integer" },
  { header: "Ambitie", kind: "integer" },
  { header: "Pro rata", kind: "decimal1" },
  { header: "% ambitie", kind: "percent" },
  { header: "Status", kind: "text", center: true },
  { header: "Banen", kind: "decimal2" },
  { header: "Dekkingsgraad", kind: "percent" },
  { header: "Bevindingen (fout)", kind: "integer" },
  { header: "Bevindingen (waarschuwing)", kind: "integer" },
];

const FIELDS: Array<keyof MaandstandRow> = [
  "peildatum",
  "vastgelegdOp",
  "sector",
  "realisatie",
  "ambitie",
  "proRata",
  "pctAmbitie",
  "status",
  "banen",
  "dekkingsgraad",
  "fouten",
  "waarschuwingen",
];

const pad = (n: number) => String(n).padStart(2, "0");

/** "jjjj-mm-ddThh:mm" of a Date in local time. */
export function localStamp(date: Date): string {
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}`
  );
}

/** One row per sector plus a Totaal row: the figures of this report. */
export function maandstandRows(report: Report, recordedAt: Date): MaandstandRow[] {
  const f = report.figures;
  const peildatum = isoDate(f.peildatum);
  const vastgelegdOp = localStamp(recordedAt);
  const banenPerSector = new Map<string, number>();
  for (const b of f.banen ?? []) banenPerSector.set(b.sector, (banenPerSector.get(b.sector) ?? 0) + b.banen);
  const dekking = new Map((f.dekkingsgraad ?? []).map((d) => [d.sector, d.dekkingsgraad]));
  const rows: MaandstandRow[] = f.perSector.map((s) => ({
    peildatum,
    vastgelegdOp,
    sector: s.naam,
    realisatie: s.realisatie,
    ambitie: s.ambitie,
    proRata: s.proRata,
    pctAmbitie: s.pctAmbitie,
    status: s.status,
    banen: f.banen ? (banenPerSector.get(s.naam) ?? 0) : null,
    dekkingsgraad: dekking.get(s.naam) ?? null,
    fouten: null,
    waarschuwingen: null,
  }));
  const findings = allFindings(report);
  const bedrijven = (f.dekkingsgraad ?? []).reduce((n, d) => n + d.bedrijven, 0);
  const inContact = (f.dekkingsgraad ?? []).reduce((n, d) => n + d.inContact, 0);
  rows.push({
    peildatum,
    vastgelegdOp,
    sector: TOTAAL,
    realisatie: f.totaal.realisatie,
    ambitie: f.totaal.ambitie,
    proRata: f.totaal.proRata,
    pctAmbitie: f.totaal.pctAmbitie,
    status: f.totaal.status,
    banen: f.banenTotaal ? f.banenTotaal.totaal : null,
    dekkingsgraad: f.dekkingsgraad && bedrijven > 0 ? inContact / bedrijven : null,
    fouten: findings.filter((x) => x.severity === "fout").length,
    waarschuwingen: findings.filter((x) => x.severity === "waarschuwing").length,
  });
  return rows;
}

function serialOfStamp(stamp: string, date1904: boolean): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(stamp);
  if (!m) return null;
  const day = dayFromYmd(+m[1], +m[2], +m[3]);
  if (Number.isNaN(day)) return null;
  const minutes = m[4] ? +m[4] * 60 + +m[5] : 0;
  return excelSerialFromDay(day, date1904) + minutes / 1440;
}

/** The row as written to Excel: dates as serial numbers of the workbook's date system. */
export function historyValues(row: MaandstandRow, date1904: boolean): PlanValue[] {
  return FIELDS.map((field) => {
    const value = row[field];
    if (field === "peildatum" || field === "vastgelegdOp") return serialOfStamp(value as string, date1904);
    return value === null ? null : (value as PlanValue);
  });
}

function stampOf(value: Cell, date1904: boolean, withTime: boolean): string | null {
  if (typeof value === "number" && value > 0) {
    const day: DayNumber = dayFromExcelSerial(value, date1904);
    const iso = isoDate(day);
    if (!withTime) return iso;
    const minutes = Math.round((day - Math.floor(day)) * 1440);
    return `${iso}T${pad(Math.floor(minutes / 60) % 24)}:${pad(minutes % 60)}`;
  }
  if (typeof value === "string") {
    const text = value.trim();
    let m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(text);
    if (m)
      return withTime ? `${m[1]}-${m[2]}-${m[3]}T${m[4] ?? "00"}:${m[5] ?? "00"}` : `${m[1]}-${m[2]}-${m[3]}`;
    m = /^(\d{1,2})-(\d{1,2})-(\d{4})(?: (\d{1,2}):(\d{2}))?/.exec(text);
    if (m) {
      const iso = isoDate(dayFromYmd(+m[3], +m[2], +m[1]));
      return withTime ? `${iso}T${pad(+(m[4] ?? 0))}:${m[5] ?? "00"}` : iso;
    }
  }
  return null;
}

const numberOf = (value: Cell): number | null =>
  typeof value === "number" && Number.isFinite(value) ? value : null;

/**
 * Reads the Historie table (header row and body as Excel gives them) by header name, so a user who
 * moved columns does not break it. Rows without a readable peildatum are skipped.
 */
export function parseHistory(
  header: readonly Cell[],
  body: readonly Cell[][],
  date1904: boolean,
): MaandstandRow[] {
  const index = new Map<string, number>();
  header.forEach((h, i) =>
    index.set(
      String(h ?? "")
        .trim()
        .toLowerCase(),
      i,
    ),
  );
  const col = (i: number) => index.get(HISTORY_COLUMNS[i].header.toLowerCase());
  const at = (row: readonly Cell[], i: number): Cell => {
    const c = col(i);
    return c === undefined ? null : row[c];
  };
  const out: MaandstandRow[] = [];
  for (const row of body) {
    const peildatum = stampOf(at(row, 0), date1904, false);
    if (!peildatum) continue;
    out.push({
      peildatum,
      vastgelegdOp: stampOf(at(row, 1), date1904, true) ?? `${peildatum}T00:00`,
      sector: String(at(row, 2) ?? "").trim(),
      realisatie: numberOf(at(row, 3)),
      ambitie: numberOf(at(row, 4)),
      proRata: numberOf(at(row, 5)),
      pctAmbitie: numberOf(at(row, 6)),
      status: String(at(row, 7) ?? ""),
      banen: numberOf(at(row, 8)),
      dekkingsgraad: numberOf(at(row, 9)),
      fouten: numberOf(at(row, 10)),
      waarschuwingen: numberOf(at(row, 11)),
    });
  }
  return out;
}

export interface PreviousMaandstand {
  peildatum: string;
  vastgelegdOp: string;
  rows: MaandstandRow[];
}

/**
 * The maandstand to compare with: the latest one with a peildatum before `peildatum` in the same
 * year; of several recordings for that peildatum, the last recorded. Realisatie counts from
 * 1 January of the peildatum's year, so a maandstand of another year is never comparable.
 */
export function previousMaandstand(
  history: readonly MaandstandRow[],
  peildatum: string,
): PreviousMaandstand | undefined {
  const yearStart = `${peildatum.slice(0, 4)}-01-01`;
  let best: string | undefined;
  for (const row of history)
    if (row.peildatum >= yearStart && row.peildatum < peildatum && (!best || row.peildatum > best))
      best = row.peildatum;
  if (!best) return undefined;
  const candidates = history.filter((r) => r.peildatum === best);
  const last = candidates.reduce((m, r) => (r.vastgelegdOp > m ? r.vastgelegdOp : m), "");
  return { peildatum: best, vastgelegdOp: last, rows: candidates.filter((r) => r.vastgelegdOp === last) };
}

/**
 * True when the history holds maandstanden before `peildatum` but none of them is of its year: there
 * is nothing to compare with, and Voortgang says why (the user may expect last December).
 */
export function earlierYearsOnly(history: readonly MaandstandRow[], peildatum: string): boolean {
  return (
    previousMaandstand(history, peildatum) === undefined && history.some((row) => row.peildatum < peildatum)
  );
}

/** dd-mm-jjjj of a jjjj-mm-dd text. */
export function dutchOfIso(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split("-");
  return `${d}-${m}-${y}`;
}
