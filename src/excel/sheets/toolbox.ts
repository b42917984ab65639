/**
 * Toolbox en doelgroep: which instruments of the regional toolbox each partner uses (unknown ones
 * visible), and the regional target group per partner and per wished sector beside the ambition.
 */
import { ONBEKEND } from "../../domain/context";
import { SheetLayout } from "../plan/layout";
import type { PlanValue, SheetPlan } from "../plan/types";
import { PREFERRED_NAMES } from "../registry";
import { type BuildContext, col, sum, titleBlock, uniqueHeaders } from "./common";

export const TOOLBOX_TABLES = {
  instrumenten: "WSP_Toolbox_Instrumenten",
  onbekend: "WSP_Toolbox_Onbekend",
  doelgroep: "WSP_Doelgroep_Partner",
  sector: "WSP_Doelgroep_Sector",
};

export function buildToolbox(ctx: BuildContext): SheetPlan {
  const { report } = ctx;
  const f = report.figures;
  const layout = new SheetLayout(
    "toolbox",
    PREFERRED_NAMES.toolbox,
    "Toolbox en doelgroep",
    [44, 14, 15, 17, 14, 14, 14, 14, 14],
  );
  titleBlock(layout, report, "Toolbox en doelgroep");
  layout.freezeHere();
  layout.blank();

  // Instruments × partner.
  const instrumenten = f.instrumenten;
  if (instrumenten) {
    const partners = [...new Set([...f.organisaties, ...instrumenten.map((i) => i.organisatie)])];
    const totals = new Map<string, number>();
    for (const i of instrumenten) totals.set(i.instrument, (totals.get(i.instrument) ?? 0) + i.plaatsingen);
    const names = [...totals.keys()].sort(
      (a, b) =>
        Number(a === ONBEKEND) - Number(b === ONBEKEND) ||
        (totals.get(b) ?? 0) - (totals.get(a) ?? 0) ||
        a.localeCompare(b, "nl"),
    );
    const cell = new Map(instrumenten.map((i) => [`${i.instrument}\u0000${i.organisatie}`, i.plaatsingen]));
    const of = (i: string, p: string) => cell.get(`${i}\u0000${p}`) ?? 0;
    layout.text(
      "Getelde plaatsingen met een instrument; Onbekend = niet in de regionale toolbox (zie regel T01).",
      "note",
    );
    layout.table(
      TOOLBOX_TABLES.instrumenten,
      "Instrumenten per partner",
      uniqueHeaders([
        col("Instrument", "text"),
        ...partners.map((p) => col(p, "integer")),
        col("Totaal", "integer"),
      ]),
      names.map((i) => [i, ...partners.map((p) => of(i, p)), totals.get(i) ?? 0]),
      ["Totaal", ...partners.map((p) => sum(names, (i) => of(i, p))), sum(names, (i) => totals.get(i) ?? 0)],
    );
    // Unknown instruments by the name they were registered under (T01, severity fout).
    const unknown = new Map<string, number>();
    for (const finding of report.rules.find((r) => r.rule.id === "T01")?.findings ?? []) {
      if (finding.severity !== "fout") continue;
      unknown.set(finding.value, (unknown.get(finding.value) ?? 0) + 1);
    }
    if (unknown.size > 0) {
      const rows: PlanValue[][] = [...unknown]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], "nl"))
        .map(([name, n]) => [name, n]);
      layout.table(
        TOOLBOX_TABLES.onbekend,
        "Instrumenten die niet in de regionale toolbox staan",
        [col("Instrument zoals ingevoerd", "text"), col("Plaatsingen", "integer")],
        rows,
        ["Totaal", sum(rows, (r) => r[1] as number)],
      );
    }
  } else {
    layout.text("Instrumenten per partner", "heading");
    layout.text("Geen gegevens: de kolom Instrument ontbreekt in Plaatsingen.", "note");
    layout.blank();
  }

  // The regional target group per partner.
  const doelgroep = f.doelgroep;
  if (doelgroep) {
    layout.table(
      TOOLBOX_TABLES.doelgroep,
      "Doelgroep per partner",
      [
        col("Partner", "text"),
        col("Kandidaten", "integer"),
        col("Arbeidsbeperkt", "integer"),
        col("Doelgroepregister", "integer"),
        col("Regulier", "integer"),
      ],
      doelgroep.map((d) => [d.organisatie, d.kandidaten, d.arbeidsbeperkt, d.doelgroepregister, d.regulier]),
      [
        "Totaal",
        sum(doelgroep, (d) => d.kandidaten),
        sum(doelgroep, (d) => d.arbeidsbeperkt),
        sum(doelgroep, (d) => d.doelgroepregister),
        sum(doelgroep, (d) => d.regulier),
      ],
    );
  } else {
    layout.text("Doelgroep per partner", "heading");
    layout.text("Geen gegevens: de bron Kandidaten ontbreekt.", "note");
    layout.blank();
  }

  // Per wished sector × partner, beside the ambition.
  const perSector = f.doelgroepPerSector;
  if (perSector) {
    const partners = [
      ...new Set([...(doelgroep ?? []).map((d) => d.organisatie), ...perSector.map((c) => c.organisatie)]),
    ];
    const sectors = [
      ...new Set([...f.sectoren.filter((s) => s !== ONBEKEND), ...perSector.map((c) => c.sector)]),
    ];
    sectors.sort((a, b) => Number(a === ONBEKEND) - Number(b === ONBEKEND));
    const cell = new Map(perSector.map((c) => [`${c.sector}\u0000${c.organisatie}`, c.kandidaten]));
    const of = (s: string, p: string) => cell.get(`${s}\u0000${p}`) ?? 0;
    const ambitie = new Map(f.perSector.map((p) => [p.naam, p.ambitie]));
    const rowTotal = (s: string) => sum(partners, (p) => of(s, p));
    layout.text("Kandidaten naar gewenste sector, naast de plaatsingsambitie van die sector.", "note");
    layout.table(
      TOOLBOX_TABLES.sector,
      "Doelgroep per gewenste sector",
      uniqueHeaders([
        col("Gewenste sector", "text"),
        ...partners.map((p) => col(p, "integer")),
        col("Totaal kandidaten", "integer"),
        col("Ambitie", "integer"),
      ]),
      sectors.map((s) => [
        s,
        ...partners.map((p) => of(s, p)),
        rowTotal(s),
        s === ONBEKEND ? "–" : (ambitie.get(s) ?? "–"),
      ]),
      [
        "Totaal",
        ...partners.map((p) => sum(sectors, (s) => of(s, p))),
        sum(sectors, rowTotal),
        sum(sectors, (s) => (s === ONBEKEND ? 0 : (ambitie.get(s) ?? 0))),
      ],
    );
  }
  return layout.build();
}
