/** All figures of DOMAIN.md for one peildatum. */
import { AnalysisContext } from "../context";
import { dayOfYear, daysInYear } from "../dates";
import { computeBanen } from "./banen";
import { computeBreakdowns } from "./breakdowns";
import { computeDekkingsgraad } from "./dekkingsgraad";
import { computeDoelgroep } from "./doelgroep";
import { computeInstrumenten } from "./instrumenten";
import { computeReconciliatie } from "./reconciliatie";
import { Figures } from "./types";
import { computeVoortgang } from "./voortgang";

export function computeFigures(ctx: AnalysisContext): Figures {
  const notities: string[] = [];
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
