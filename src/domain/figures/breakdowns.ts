/** Breakdowns of the counted placements: doelgroep, uitkering, project, employer, month, relation. */
import { AnalysisContext } from "../context";
import { dayFromYmd, dayOfYear, daysInMonth, daysInYear, MONTHS_NL, ymdOf } from "../dates";
import { maskBsn } from "../privacy";
import { banenOf } from "./banen";
import { CountRow, EmployerRow, MonthRow } from "./types";

export const TOP_EMPLOYERS = 20;
const NOT_FILLED = "(niet ingevuld)";

function countBy(
  ctx: AnalysisContext,
  label: (p: import("../model").Plaatsing) => string | undefined,
): CountRow[] {
  const rows = new Map<string, CountRow>();
  for (const { placement } of ctx.countedPlacements()) {
    const key = label(placement) ?? NOT_FILLED;
    let row = rows.get(key);
    if (!row) {
      row = { label: key, plaatsingen: 0, banen: 0 };
      rows.set(key, row);
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

export function computeBreakdowns(ctx: AnalysisContext, totalAmbition: number) {
  const perDoelgroep = ctx.hasColumn("Plaatsingen", "doelgroep") ? countBy(ctx, (p) => p.doelgroep) : [];
  const perUitkering = ctx.hasColumn("Plaatsingen", "uitkering") ? countBy(ctx, (p) => p.uitkering) : [];
  const perProject = ctx.hasColumn("Plaatsingen", "project") ? countBy(ctx, (p) => p.project) : [];

  const employers = new Map<string, EmployerRow>();
  const names = new Map<string, string>();
  for (const w of ctx.data.records.Werkgevers) {
    if (w.werkgevernummer !== undefined && w.naamWerkgever !== undefined && !names.has(w.werkgevernummer)) {
      names.set(w.werkgevernummer, w.naamWerkgever);
    }
  }
  const contacts = ctx.employerContacts();
  const relaties = { bestaand: 0, nieuw: 0, onbekend: 0 };
  for (const { placement } of ctx.countedPlacements()) {
    const id = placement.werkgevernummer;
    if (id === undefined) {
      relaties.onbekend++;
      continue;
    }
    const first = contacts.get(id)?.first;
    if (first !== undefined && first < ctx.periodStart) relaties.bestaand++;
    else relaties.nieuw++;
    let row = employers.get(id);
    if (!row) {
      row = {
        werkgevernummer: id,
        naam: maskBsn(names.get(id) ?? placement.naamWerkgever ?? ""),
        plaatsingen: 0,
        banen: 0,
      };
      employers.set(id, row);
    }
    row.plaatsingen++;
    if (placement.banenafspraak === true) row.banen += banenOf(placement.urenPerWeek);
  }
  const topWerkgevers = [...employers.values()]
    .sort(
      (a, b) =>
        b.plaatsingen - a.plaatsingen ||
        b.banen - a.banen ||
        a.werkgevernummer.localeCompare(b.werkgevernummer),
    )
    .slice(0, TOP_EMPLOYERS);

  const { month: lastMonth } = ymdOf(ctx.peildatum);
  // Counted placements all fall in the peildatum's year: the month follows from the day number.
  const monthStarts = Array.from({ length: 12 }, (_, m) => dayFromYmd(ctx.year, m + 1, 1));
  const perMonth = new Array<number>(12).fill(0);
  for (const { placement } of ctx.countedPlacements()) {
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
