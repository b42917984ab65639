/** Breakdowns of the counted placements: doelgroep, uitkering, project, employer, month, relation. */
import { AnalysisContext } from "../context";
import { dayFromYmd, dayOfYear, daysInMonth, daysInYear, MONTHS_NL, ymdOf } from "../dates";
import { Plaatsing } from "../model";
import { maskBsn } from "../privacy";
import { banenOf } from "./banen";
import { CountRow, EmployerRow, MonthRow } from "./types";

export const TOP_EMPLOYERS = 20;
const NOT_FILLED = "(niet ingevuld)";

/** Counted placements per value of a numbered column (see sources/numbering.ts). */
function countBy(ctx: AnalysisContext, column: "doelgroep" | "uitkering" | "project"): CountRow[] {
  const counted = ctx.countedPlacements();
  const { numbers } = ctx.data;
  const numberOf = numbers.of("Plaatsingen", column);
  const rows = new Map<string, CountRow>();
  // The row of each distinct value (by its number + 1; 0 for empty), looked up once per value.
  const rowOf = new Array<CountRow | undefined>(numbers.size(column) + 1);
  for (let i = 0; i < counted.placements.length; i++) {
    const placement = counted.placements[i];
    const at = numberOf[counted.rows[i]] + 1;
    let row = rowOf[at];
    if (!row) {
      const key = numbers.text(column, at - 1) ?? NOT_FILLED;
      row = rows.get(key);
      if (!row) {
        row = { label: key, plaatsingen: 0, banen: 0 };
        rows.set(key, row);
      }
      rowOf[at] = row;
    }
    row.plaatsingen++;
    if (placement.banenafspraak === true) row.banen += banenOf(placement.urenPerWeek);
  }
  // Labels come straight from the export: mask BSNs, merging labels that become equal.
  const masked = new Map<string, CountRow>();
  for (const row of rows.values()) {
    const label = maskBsn(row.label);
    const into = masked.get(label);
    if (into) {
      into.plaatsingen += row.plaatsingen;
      into.banen += row.banen;
    } else masked.set(label, { ...row, label });
  }
  return [...masked.values()].sort(
    (a, b) => b.plaatsingen - a.plaatsingen || a.label.localeCompare(b.label, "nl"),
  );
}

/**
 * The first `count` items of `items` in the order of a stable sort by `compare`, without sorting them
 * all: an item joins the kept ones only when it comes before the last of them. With tens of thousands
 * of employers, most of them one or two placements, almost every item is turned away by one cheap
 * comparison (a full sort compared ties on the employer number with `localeCompare` over and over).
 */
export function firstInOrder<T>(items: Iterable<T>, count: number, compare: (a: T, b: T) => number): T[] {
  const kept: T[] = [];
  for (const item of items) {
    if (kept.length === count && (count === 0 || compare(item, kept[count - 1]) >= 0)) continue;
    // After every kept item that does not come later (equal items keep their input order).
    let at = kept.length;
    while (at > 0 && compare(item, kept[at - 1]) < 0) at--;
    kept.splice(at, 0, item);
    if (kept.length > count) kept.pop();
  }
  return kept;
}

const byPlacements = (a: EmployerRow, b: EmployerRow) =>
  b.plaatsingen - a.plaatsingen || b.banen - a.banen || a.werkgevernummer.localeCompare(b.werkgevernummer);

/** Counted placements per employer (the top ones) and existing vs new relations. */
function perEmployer(ctx: AnalysisContext) {
  const counted = ctx.countedPlacements();
  // Employer numbers (AnalysisContext.employersOf) of the placements, and contacts by that number.
  const employerOf = ctx.employersOf("Plaatsingen");
  const contacts = ctx.employerContacts();
  const relaties = { bestaand: 0, nieuw: 0, onbekend: 0 };
  // One entry per employer, in order of its first counted placement (the order ties keep).
  const entries: Array<{ row: EmployerRow; employer: number; placement: Plaatsing }> = [];
  const entryOf = new Int32Array(ctx.employerCount).fill(-1);
  for (let i = 0; i < counted.placements.length; i++) {
    const placement = counted.placements[i];
    const employer = employerOf[counted.rows[i]];
    if (employer < 0) {
      relaties.onbekend++;
      continue;
    }
    const first = contacts.first(employer);
    if (first !== undefined && first < ctx.periodStart) relaties.bestaand++;
    else relaties.nieuw++;
    if (entryOf[employer] < 0) {
      entryOf[employer] = entries.length;
      const row = {
        werkgevernummer: placement.werkgevernummer as string,
        naam: "",
        plaatsingen: 0,
        banen: 0,
      };
      entries.push({ row, employer, placement });
    }
    const row = entries[entryOf[employer]].row;
    row.plaatsingen++;
    if (placement.banenafspraak === true) row.banen += banenOf(placement.urenPerWeek);
  }
  const top = firstInOrder(entries, TOP_EMPLOYERS, (a, b) => byPlacements(a.row, b.row));
  // Names only for the employers shown: the first name in the employer source, else the placement's.
  const names = new Map<number, string | undefined>(top.map((e) => [e.employer, undefined]));
  const werkgevers = ctx.data.records.Werkgevers;
  const werkgeverEmployers = ctx.employersOf("Werkgevers");
  for (let i = 0; i < werkgevers.length; i++) {
    const employer = werkgeverEmployers[i];
    if (names.has(employer) && names.get(employer) === undefined)
      names.set(employer, werkgevers[i].naamWerkgever);
  }
  for (const { row, employer, placement } of top) {
    row.naam = maskBsn(names.get(employer) ?? placement.naamWerkgever ?? "");
  }
  return { topWerkgevers: top.map((e) => e.row), relaties };
}

export function computeBreakdowns(ctx: AnalysisContext, totalAmbition: number) {
  const perDoelgroep = ctx.hasColumn("Plaatsingen", "doelgroep") ? countBy(ctx, "doelgroep") : [];
  const perUitkering = ctx.hasColumn("Plaatsingen", "uitkering") ? countBy(ctx, "uitkering") : [];
  const perProject = ctx.hasColumn("Plaatsingen", "project") ? countBy(ctx, "project") : [];
  const { topWerkgevers, relaties } = perEmployer(ctx);

  const { month: lastMonth } = ymdOf(ctx.peildatum);
  // Counted placements all fall in the peildatum's year: the month follows from the day number.
  const monthStarts = Array.from({ length: 12 }, (_, m) => dayFromYmd(ctx.year, m + 1, 1));
  const perMonth = new Array<number>(12).fill(0);
  for (const placement of ctx.countedPlacements().placements) {
    const day = placement.datumPlaatsing as number;
    let month = 11;
    while (month > 0 && day < monthStarts[month]) month--;
    perMonth[month]++;
  }
  const days = daysInYear(ctx.year);
  const perMaand: MonthRow[] = [];
  let cumulatief = 0;
  for (let month = 1; month <= lastMonth; month++) {
    cumulatief += perMonth[month - 1];
    const end = Math.min(dayFromYmd(ctx.year, month, daysInMonth(ctx.year, month)), ctx.peildatum);
    perMaand.push({
      maand: month,
      label: MONTHS_NL[month - 1],
      plaatsingen: perMonth[month - 1],
      cumulatief,
      proRata: (totalAmbition * dayOfYear(end)) / days,
    });
  }
  return { perDoelgroep, perUitkering, perProject, topWerkgevers, perMaand, relaties };
}
