/** The machine-readable summary, schema version 1 (DOMAIN.md). */
import { Report } from "./analyse";
import { isoDate } from "./dates";
import { Reconciliatie } from "./figures/types";

export interface SummaryV1 {
  schema: 1;
  peildatum: string;
  voortgang: Array<{ sector: string; organisatie: string; realisatie: number; ambitie: number }>;
  dekkingsgraad: Array<{
    sector: string;
    bedrijven: number;
    inContact: number;
    dekkingsgraad: number | null;
  }>;
  banen: Array<{ sector: string; organisatie: string; banen: number }>;
  instrumenten: Array<{ instrument: string; organisatie: string; plaatsingen: number }>;
  doelgroep: Array<{
    organisatie: string;
    kandidaten: number;
    arbeidsbeperkt: number;
    doelgroepregister: number;
    regulier: number;
  }>;
  bevindingen: Record<string, number>;
  nietToetsbaar: string[];
  reconciliatie: Reconciliatie;
}

/** Banen are reported to three decimals. */
export const round3 = (n: number) => Math.round(n * 1000) / 1000;

export function toSummary(report: Report): SummaryV1 {
  const f = report.figures;
  return {
    schema: 1,
    peildatum: isoDate(f.peildatum),
    voortgang: f.voortgang.map((v) => ({
      sector: v.sector,
      organisatie: v.organisatie,
      realisatie: v.realisatie,
      ambitie: v.ambitie,
    })),
    dekkingsgraad: (f.dekkingsgraad ?? []).map((d) => ({
      sector: d.sector,
      bedrijven: d.bedrijven,
      inContact: d.inContact,
      dekkingsgraad: d.dekkingsgraad,
    })),
    // Pairs whose banenafspraak placements all count as 0 banen (P08) are left out, as are pairs without any.
    banen: (f.banen ?? [])
      .filter((b) => b.banen > 0)
      .map((b) => ({ sector: b.sector, organisatie: b.organisatie, banen: round3(b.banen) })),
    instrumenten: (f.instrumenten ?? []).map((i) => ({ ...i })),
    doelgroep: (f.doelgroep ?? []).map((d) => ({ ...d })),
    bevindingen: Object.fromEntries(
      report.rules.filter((r) => r.checkable).map((r) => [r.rule.id, r.findings.length]),
    ),
    nietToetsbaar: report.rules.filter((r) => !r.checkable).map((r) => r.rule.id),
    reconciliatie: { ...f.reconciliatie },
  };
}
