/** Dekkingsgraad: how large is the network per sector (employers ≥ 10 with contact in 12 months). */
import { SheetLayout } from "../plan/layout";
import { COLORS } from "../plan/styles";
import type { SheetPlan } from "../plan/types";
import { PREFERRED_NAMES } from "../registry";
import { type BuildContext, col, orDash, sum, titleBlock } from "./common";

export const DEKKINGSGRAAD_TABLE = "WSP_Dekkingsgraad";

export function buildDekkingsgraad(ctx: BuildContext): SheetPlan {
  const f = ctx.report.figures;
  const layout = new SheetLayout(
    "dekkingsgraad",
    PREFERRED_NAMES.dekkingsgraad,
    "Dekkingsgraad",
    [44, 15, 13, 15, 13, 13],
  );
  titleBlock(layout, ctx.report, "Dekkingsgraad per sector");
  layout.freezeHere();
  layout.text(
    "Dekkingsgraad = werkgevers met 10 of meer werknemers in de sector die in de 12 maanden tot en met de " +
      "peildatum contact hadden (vacature, contact of laatste contactdatum), gedeeld door het aantal bedrijven " +
      "met 10 of meer werknemers in die sector.",
    "note",
  );
  for (const note of f.notities.filter((n) => /dekkingsgraad|werknemers/i.test(n))) layout.text(note, "note");
  layout.blank();
  const rows = f.dekkingsgraad;
  if (!rows) {
    layout.text("Geen dekkingsgraad berekend: de bron Bedrijven of Werkgevers ontbreekt.", "warning");
    return layout.build();
  }
  const bedrijven = sum(rows, (d) => d.bedrijven);
  const inContact = sum(rows, (d) => d.inContact);
  const table = layout.table(
    DEKKINGSGRAAD_TABLE,
    "Dekkingsgraad per sector",
    [
      col("Sector", "text"),
      col("Bedrijven ≥ 10", "integer"),
      col("In contact", "integer"),
      col("Dekkingsgraad", "percent"),
      col("Doel", "percent"),
      col("Verschil met doel", "diffPercent"),
    ],
    rows.map((d) => [
      d.sector,
      d.bedrijven,
      d.inContact,
      orDash(d.dekkingsgraad),
      d.doel ?? null,
      d.verschil ?? null,
    ]),
    ["Totaal", bedrijven, inContact, bedrijven > 0 ? inContact / bedrijven : "–", null, null],
  );
  layout.charts(
    [
      {
        spec: {
          name: "WSP grafiek dekkingsgraad",
          kind: "BarClustered",
          title: "Dekkingsgraad en doel per sector",
          table,
          category: 0,
          series: [3, 4],
          valueFormat: "0%",
          colors: [COLORS.series[0], COLORS.series[2]],
        },
        column: 0,
        width: 6,
      },
    ],
    Math.max(16, rows.length * 2 + 2),
  );
  return layout.build();
}
