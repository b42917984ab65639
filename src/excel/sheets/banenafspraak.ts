/** Banenafspraak: jobs (25,5 hours a week = one job) per sector × partner, market and government. */
import { formatInteger } from "../../domain/format";
import { joinDutch } from "../../domain/text";
import { SheetLayout } from "../plan/layout";
import type { SheetPlan } from "../plan/types";
import { PREFERRED_NAMES } from "../registry";
import { type BuildContext, col, titleBlock, uniqueHeaders } from "./common";

export const BANEN_TABLES = { totaal: "WSP_Banen_Totaal", sector: "WSP_Banen_Sector" };

export function buildBanenafspraak(ctx: BuildContext): SheetPlan {
  const f = ctx.report.figures;
  const layout = new SheetLayout(
    "banenafspraak",
    PREFERRED_NAMES.banenafspraak,
    "Banenafspraak",
    [44, 13, 13, 13, 13, 13, 13, 13],
  );
  titleBlock(layout, ctx.report, "Banenafspraak");
  layout.freezeHere();
  const t = f.banenTotaal;
  if (!t || !f.banen) {
    layout.text(
      "Geen banen berekend: de kolom Banenafspraak of Uren per week ontbreekt in Plaatsingen.",
      "warning",
    );
    return layout.build();
  }
  layout.text(
    `Eén baan = 25,5 uur per week; getelde plaatsingen met banenafspraak. Regionaal doel: ` +
      `${formatInteger(t.doelTotaal)} banen eind ${t.doelJaar} (markt ${formatInteger(t.doelMarkt)}, overheid ` +
      `${formatInteger(t.doelOverheid)}); ${t.overheidSectoren.length > 0 ? `overheid = ${joinDutch(t.overheidSectoren)}, de rest is markt` : "geen overheidssector: alles is markt"}.`,
    "note",
  );
  layout.blank();
  const pct = (n: number, d: number) => (d > 0 ? n / d : "–");
  const totals = layout.table(
    BANEN_TABLES.totaal,
    "Banen tegen het doel",
    [
      col("Categorie", "text"),
      col("Banen", "decimal2"),
      col(`Doel eind ${t.doelJaar}`, "integer"),
      col("% van het doel", "percent"),
    ],
    [
      ["Markt", t.markt, t.doelMarkt, pct(t.markt, t.doelMarkt)],
      ["Overheid", t.overheid, t.doelOverheid, pct(t.overheid, t.doelOverheid)],
    ],
    ["Totaal", t.totaal, t.doelTotaal, pct(t.totaal, t.doelTotaal)],
    17 * 15,
  );
  layout.charts(
    [
      {
        spec: {
          name: "WSP grafiek banen",
          kind: "ColumnClustered",
          title: `Banen tegen het doel eind ${t.doelJaar}`,
          table: totals,
          category: 0,
          series: [1, 2],
          valueFormat: "#,##0",
        },
        column: 0,
        width: 5,
      },
    ],
    16,
  );
  const partners = f.organisaties;
  const banen = new Map(f.banen.map((b) => [`${b.sector}\u0000${b.organisatie}`, b.banen]));
  const of = (s: string, p: string) => banen.get(`${s}\u0000${p}`) ?? 0;
  const partnerTotal = (p: string) =>
    f.banen!.filter((b) => b.organisatie === p).reduce((n, b) => n + b.banen, 0);
  layout.table(
    BANEN_TABLES.sector,
    "Banen per sector en partner",
    uniqueHeaders([
      col("Sector", "text"),
      ...partners.map((p) => col(p, "decimal2")),
      col("Totaal", "decimal2"),
    ]),
    f.sectoren.map((s) => [s, ...partners.map((p) => of(s, p)), partners.reduce((n, p) => n + of(s, p), 0)]),
    ["Totaal", ...partners.map(partnerTotal), t.totaal],
  );
  return layout.build();
}
