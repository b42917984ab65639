/** All figures of DOMAIN.md for one peildatum. */
import { AnalysisContext } from "../context";
import { dayOfYear, daysInYear } from "../dates";
import { describeSheet } from "../sources/load";
import { computeBanen } from "./banen";
import { computeBreakdowns } from "./breakdowns";
import { computeDekkingsgraad } from "./dekkingsgraad";
import { computeDoelgroep } from "./doelgroep";
import { computeInstrumenten } from "./instrumenten";
import { computeReconciliatie } from "./reconciliatie";
import { Figures } from "./types";
import { computeVoortgang } from "./voortgang";

/**
 * What the reading repaired or left out that the figures cannot show: what a file reader repaired (a
 * quote without its pair), header rows repeated between the data, and rows below a sheet's Totaal row.
 */
function readingNotes(ctx: AnalysisContext): string[] {
  const notes: string[] = [];
  for (const sheet of ctx.data.sheets) {
    notes.push(...(sheet.notes ?? []));
    const repeated = sheet.repeatedHeaders ?? 0;
    if (repeated > 0)
      notes.push(
        `${describeSheet(sheet)}: de kopregel staat er nog ${repeated === 1 ? "een keer" : `${repeated} keer`} ` +
          "tussen de rijen (exports onder elkaar geplakt?); die regel is overgeslagen.",
      );
    const n = sheet.rowsAfterTotals;
    if (n > 0)
      notes.push(
        `${describeSheet(sheet)}: ${n} ${n === 1 ? "rij" : "rijen"} onder de Totaal-rij (rij ${sheet.totalsRow}) ` +
          "niet gelezen; staan daar gegevens, haal dan de Totaal-rij weg of zet ze in een eigen blad.",
      );
  }
  return notes;
}

export function computeFigures(ctx: AnalysisContext): Figures {
  const notities = readingNotes(ctx);
  const voortgang = computeVoortgang(ctx);
  const banen = computeBanen(ctx, notities);
  const doelgroep = computeDoelgroep(ctx, notities);
  return {
    peildatum: ctx.peildatum,
    jaar: ctx.year,
    periodeStart: ctx.periodStart,
    dagVanHetJaar: dayOfYear(ctx.peildatum),
    dagenInJaar: daysInYear(ctx.year),
    ...voortgang,
    dekkingsgraad: computeDekkingsgraad(ctx, notities),
    banen: banen?.cells,
    banenTotaal: banen?.totals,
    ...computeBreakdowns(ctx, voortgang.totaal.ambitie),
    instrumenten: computeInstrumenten(ctx, notities),
    doelgroep: doelgroep?.perOrganisatie,
    doelgroepPerSector: doelgroep?.perSector,
    reconciliatie: computeReconciliatie(ctx),
    notities,
  };
}
