/**
 * Dekkingsgraad per sector: employers with ≥ 10 staff that had contact in the 12 months up to the
 * peildatum, divided by the number of such employers in the sector (reference sheet Bedrijven).
 */
import { AnalysisContext } from "../context";
import { dutchDate } from "../dates";
import { describeSheet } from "../sources/load";
import { joinDutch } from "../text";
import { DekkingsgraadRow } from "./types";

export const MINIMUM_STAFF = 10;

export function computeDekkingsgraad(ctx: AnalysisContext, notes: string[]): DekkingsgraadRow[] | undefined {
  if (!ctx.hasSource("Bedrijven")) {
    notes.push("Dekkingsgraad niet berekend: bron Bedrijven (aantal bedrijven per sector) ontbreekt.");
    return undefined;
  }
  const missing = ["sector", "aantalWerknemers"].filter((key) => !ctx.hasColumn("Werkgevers", key));
  if (!ctx.hasSource("Werkgevers") || missing.length > 0) {
    notes.push(
      `Dekkingsgraad niet berekend: ${ctx.hasSource("Werkgevers") ? `kolom ${missing.map((k) => (k === "sector" ? "Sector" : "Aantal werknemers")).join(" en ")} ontbreekt in Werkgevers` : "bron Werkgevers ontbreekt"}.`,
    );
    return undefined;
  }
  const contacts = ctx.employerContacts();
  const employers = ctx.employersOf("Werkgevers");
  const inContact = new Map<string, Set<string>>();
  let withoutSize = 0;
  let unknownSector = 0;
  const werkgevers = ctx.data.records.Werkgevers;
  for (let i = 0; i < werkgevers.length; i++) {
    const w = werkgevers[i];
    if (w.werkgevernummer === undefined) continue;
    if (w.aantalWerknemers === undefined) {
      withoutSize++;
      continue;
    }
    if (w.aantalWerknemers < MINIMUM_STAFF || !contacts.inWindow(employers[i])) continue;
    const sector = ctx.sectors.match(w.sector).name;
    if (sector === undefined) {
      unknownSector++;
      continue;
    }
    const set = inContact.get(sector) ?? new Set<string>();
    set.add(w.werkgevernummer);
    inContact.set(sector, set);
  }
  if (withoutSize > 0) {
    notes.push(`${withoutSize} werkgever(s) zonder Aantal werknemers tellen niet mee in de dekkingsgraad.`);
  }
  if (unknownSector > 0) {
    notes.push(
      `${unknownSector} werkgever(s) met contact en ≥ ${MINIMUM_STAFF} werknemers hebben een onbekende sector.`,
    );
  }
  notes.push(
    `Contact voor de dekkingsgraad: ${dutchDate(ctx.window.start)} t/m ${dutchDate(ctx.window.end)}.`,
  );
  // Contact is a vacancy, a Contacten row or an audit-trail date: say which of them were not there.
  const without = [
    ctx.hasSource("Vacatures") ? undefined : "bron Vacatures",
    ctx.hasSource("Contacten") ? undefined : "bron Contacten",
    ctx.hasColumn("Werkgevers", "datumLaatsteContact")
      ? undefined
      : "kolom Datum laatste contact (audit trail)",
  ].filter((x): x is string => x !== undefined);
  if (without.length > 0)
    notes.push(
      `Dekkingsgraad zonder ${joinDutch(without)}: contact dat alleen daar staat, telt niet mee (de dekkingsgraad valt lager uit).`,
    );

  const rows: DekkingsgraadRow[] = [];
  const seen = new Set<string>();
  // A sector named twice (the reference sheet given twice, or a row copied): the first one counts.
  const repeated: { sector: string; sheet: string; row: number }[] = [];
  for (const b of ctx.data.records.Bedrijven) {
    if (b.sector === undefined) continue;
    const sector = ctx.sectors.match(b.sector).name ?? b.sector;
    if (seen.has(sector)) {
      repeated.push({ sector, sheet: describeSheet(b.sheet), row: b.row });
      continue;
    }
    seen.add(sector);
    const bedrijven = b.bedrijven ?? 0;
    const count = inContact.get(sector)?.size ?? 0;
    const dekkingsgraad = bedrijven > 0 ? count / bedrijven : null;
    const row: DekkingsgraadRow = { sector, bedrijven, inContact: count, dekkingsgraad };
    if (b.doelDekkingsgraad !== undefined) {
      // A target may be typed as 25 (percent) or as 0,25.
      row.doel = b.doelDekkingsgraad > 1 ? b.doelDekkingsgraad / 100 : b.doelDekkingsgraad;
      if (dekkingsgraad !== null) row.verschil = dekkingsgraad - row.doel;
    }
    rows.push(row);
  }
  if (repeated.length > 0) {
    const where = joinDutch([...new Set(repeated.map((r) => r.sheet))]);
    notes.push(
      repeated.length === 1
        ? `Bedrijven noemt sector ${repeated[0].sector} een tweede keer, in ${where} rij ${repeated[0].row}; alleen de eerste telt.`
        : `Bedrijven noemt ${repeated.length} sectoren een tweede keer, in ${where} vanaf rij ${repeated[0].row}; alleen de eerste telt.`,
    );
  }
  const withoutCount = ctx.sectorNames.filter((sector) => !seen.has(sector));
  if (withoutCount.length > 0)
    notes.push(
      `Geen dekkingsgraad voor ${joinDutch(withoutCount)}: die ${withoutCount.length === 1 ? "sector staat" : "sectoren staan"} niet in Bedrijven.`,
    );
  // Report order: the sector list's.
  const order = new Map(ctx.sectorNames.map((s, i) => [s, i]));
  return rows.sort((a, b) => (order.get(a.sector) ?? Infinity) - (order.get(b.sector) ?? Infinity));
}
