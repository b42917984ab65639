/** Uitsplitsing: the counted placements by doelgroep, uitkering, project, employer, month and relation. */
import { dutchDate } from "../../domain/dates";
import { formatInteger } from "../../domain/format";
import type { CountRow } from "../../domain/figures/types";
import { SheetLayout } from "../plan/layout";
import type { SheetPlan } from "../plan/types";
import { PREFERRED_NAMES } from "../registry";
import { type BuildContext, col, sum, titleBlock } from "./common";

export const UITSPLITSING_TABLES = {
  doelgroep: "WSP_Uitsplitsing_Doelgroep",
  uitkering: "WSP_Uitsplitsing_Uitkering",
  project: "WSP_Uitsplitsing_Project",
  werkgevers: "WSP_Uitsplitsing_Werkgevers",
  maand: "WSP_Uitsplitsing_Maand",
  relaties: "WSP_Uitsplitsing_Relaties",
};

export function buildUitsplitsing(ctx: BuildContext): SheetPlan {
  const f = ctx.report.figures;
  const layout = new SheetLayout(
    "uitsplitsing",
    PREFERRED_NAMES.uitsplitsing,
    "Uitsplitsing",
    [44, 17, 13, 13, 13],
  );
  titleBlock(layout, ctx.report, "Uitsplitsing van de plaatsingen");
  layout.freezeHere();
  layout.text(`Getelde plaatsingen: ${formatInteger(f.totaal.realisatie)}.`, "note");
  layout.blank();
  const total = f.totaal.realisatie;
  const share = (n: number) => (total > 0 ? n / total : "–");

  const counts = (key: string, heading: string, label: string, rows: CountRow[], missing: string) => {
    if (rows.length === 0) {
      layout.text(heading, "heading");
      layout.text(missing, "note");
      layout.blank();
      return;
    }
    layout.table(
      key,
      heading,
      [
        col(label, "text"),
        col("Plaatsingen", "integer"),
        col("Banen", "decimal2"),
        col("Aandeel", "percent"),
      ],
      rows.map((r) => [r.label, r.plaatsingen, r.banen, share(r.plaatsingen)]),
      [
        "Totaal",
        sum(rows, (r) => r.plaatsingen),
        sum(rows, (r) => r.banen),
        share(sum(rows, (r) => r.plaatsingen)),
      ],
    );
  };
  counts(
    UITSPLITSING_TABLES.doelgroep,
    "Per doelgroep",
    "Doelgroep",
    f.perDoelgroep,
    "Geen gegevens: de kolom Doelgroep ontbreekt in Plaatsingen.",
  );
  counts(
    UITSPLITSING_TABLES.uitkering,
    "Per uitkering",
    "Uitkering",
    f.perUitkering,
    "Geen gegevens: de kolom Uitkering ontbreekt in Plaatsingen.",
  );
  counts(
    UITSPLITSING_TABLES.project,
    "Per project",
    "Project",
    f.perProject,
    "Geen gegevens: de kolom Project ontbreekt in Plaatsingen.",
  );

  if (f.topWerkgevers.length > 0) {
    layout.table(
      UITSPLITSING_TABLES.werkgevers,
      `Top ${f.topWerkgevers.length} werkgevers`,
      [
        col("Werkgever", "text"),
        col("Werkgevernummer", "text"),
        col("Plaatsingen", "integer"),
        col("Banen", "decimal2"),
      ],
      f.topWerkgevers.map((w) => [w.naam, w.werkgevernummer, w.plaatsingen, w.banen]),
    );
  } else {
    layout.text("Top 20 werkgevers", "heading").text("Geen gegevens: geen werkgevernummers.", "note").blank();
  }

  layout.table(
    UITSPLITSING_TABLES.maand,
    "Per maand",
    [
      col("Maand", "text"),
      col("Plaatsingen", "integer"),
      col("Cumulatief", "integer"),
      col("Pro rata", "decimal1"),
    ],
    f.perMaand.map((m) => [m.label, m.plaatsingen, m.cumulatief, m.proRata]),
  );

  const rel = f.relaties;
  const relTotal = rel.bestaand + rel.nieuw + rel.onbekend;
  const relShare = (n: number) => (relTotal > 0 ? n / relTotal : "–");
  layout.table(
    UITSPLITSING_TABLES.relaties,
    "Bestaande en nieuwe relaties",
    [col("Relatie", "text"), col("Plaatsingen", "integer"), col("Aandeel", "percent")],
    [
      [`Bestaande relatie (contact vóór ${dutchDate(f.periodeStart)})`, rel.bestaand, relShare(rel.bestaand)],
      ["Nieuwe relatie", rel.nieuw, relShare(rel.nieuw)],
      ["Onbekend (geen werkgevernummer)", rel.onbekend, relShare(rel.onbekend)],
    ],
    ["Totaal", relTotal, relShare(relTotal)],
  );
  return layout.build();
}
