/**
 * Voortgang: where are we against the placement ambition, per sector and per partner, with the
 * traffic lights, the sector × partner tables, the cumulative line and the sources used.
 */
import { describeSheet } from "../../domain/analyse";
import { dutchDate, excelSerialFromDay, ymdOf } from "../../domain/dates";
import { reconciliatieText, standText } from "../../domain/figures/headlines";
import type { Progress } from "../../domain/figures/types";
import { formatInteger } from "../../domain/format";
import { dutchOfIso, TOTAAL } from "../history";
import { SheetLayout } from "../plan/layout";
import { COLORS } from "../plan/styles";
import type { ColumnPlan, PlanValue, SheetPlan } from "../plan/types";
import { PREFERRED_NAMES } from "../registry";
import { type BuildContext, col, orDash, titleBlock, uniqueHeaders } from "./common";

export const VOORTGANG_TABLES = {
  sector: "WSP_Voortgang_Sector",
  partner: "WSP_Voortgang_Partner",
  realisatie: "WSP_Voortgang_Realisatie",
  ambitie: "WSP_Voortgang_Ambitie",
  percentage: "WSP_Voortgang_Percentage",
  maand: "WSP_Voortgang_Maand",
  bronnen: "WSP_Voortgang_Bronnen",
};

/** Columns of the progress tables; the first four feed the charts (label, realisatie, pro rata, ambitie). */
function progressColumns(label: string, verschil?: string): ColumnPlan[] {
  const columns = [
    col(label, "text"),
    col("Realisatie", "integer"),
    col("Pro rata", "decimal1"),
    col("Ambitie", "integer"),
    col("% ambitie", "percent"),
    col("% van pro rata", "percent"),
    col("Status", "status"),
    col("Prognose", "integer"),
  ];
  if (verschil) columns.push(col(verschil, "diff"));
  return columns;
}

function progressRow(p: Progress, verschil?: PlanValue): PlanValue[] {
  const row: PlanValue[] = [
    p.naam,
    p.realisatie,
    p.proRata,
    p.ambitie,
    orDash(p.pctAmbitie),
    orDash(p.ratio),
    p.status,
    Math.round(p.prognose),
  ];
  if (verschil !== undefined) row.push(verschil);
  return row;
}

export function buildVoortgang(ctx: BuildContext): SheetPlan {
  const { report, previous, earlierYearsOnly } = ctx;
  const f = report.figures;
  const layout = new SheetLayout(
    "voortgang",
    PREFERRED_NAMES.voortgang,
    "Voortgang",
    [44, 13, 13, 13, 13, 13, 13, 13, 13],
  );
  titleBlock(layout, report, "Voortgang plaatsingen");
  layout.freezeHere();
  layout.text(reconciliatieText(f.reconciliatie));
  layout.text(standText(f));
  const before = new Map((previous?.rows ?? []).map((row) => [row.sector, row.realisatie]));
  const verschilHeader = previous ? `Verschil sinds ${dutchOfIso(previous.peildatum)}` : undefined;
  const diff = (name: string, now: number): PlanValue => {
    const then = before.get(name);
    return then === undefined || then === null ? "–" : now - then;
  };
  if (previous) {
    const then = before.get(TOTAAL);
    layout.text(
      `Vergeleken met de maandstand van ${dutchOfIso(previous.peildatum)}: ` +
        (then === undefined || then === null
          ? "geen totaal vastgelegd."
          : `${f.totaal.realisatie - then >= 0 ? "+" : ""}${formatInteger(f.totaal.realisatie - then)} plaatsingen ` +
            `(${formatInteger(then)} → ${formatInteger(f.totaal.realisatie)}).`),
    );
  } else if (earlierYearsOnly) {
    // Realisatie counts from 1 January: a maandstand of another year is not comparable.
    layout.text(
      `Geen eerdere maandstand in ${ymdOf(f.peildatum).year} om mee te vergelijken; ` +
        `de realisatie telt vanaf ${dutchDate(f.periodeStart)}.`,
    );
  }
  for (const problem of report.problems) layout.text(`Let op: ${problem.message}`, "warning");
  layout.blank();

  const sectorTable = layout.table(
    VOORTGANG_TABLES.sector,
    "Voortgang per sector",
    progressColumns("Sector", verschilHeader),
    f.perSector.map((p) => progressRow(p, verschilHeader ? diff(p.naam, p.realisatie) : undefined)),
    progressRow(f.totaal, verschilHeader ? diff(TOTAAL, f.totaal.realisatie) : undefined),
  );
  layout.charts(
    [
      {
        spec: {
          name: "WSP grafiek sector",
          kind: "BarClustered",
          title: "Realisatie, pro rata en ambitie per sector",
          table: sectorTable,
          category: 0,
          series: [1, 2, 3],
          valueFormat: "#,##0",
        },
        column: 0,
        width: 8,
      },
    ],
    Math.max(18, f.perSector.length * 2 + 4),
  );

  const partnerTable = layout.table(
    VOORTGANG_TABLES.partner,
    "Voortgang per partner",
    progressColumns("Partner"),
    f.perOrganisatie.map((p) => progressRow(p)),
    progressRow(f.totaal),
    17 * 15,
  );
  layout.charts(
    [
      {
        spec: {
          name: "WSP grafiek partner",
          kind: "ColumnClustered",
          title: "Realisatie, pro rata en ambitie per partner",
          table: partnerTable,
          category: 0,
          series: [1, 2, 3],
          valueFormat: "#,##0",
        },
        column: 0,
        width: 8,
      },
    ],
    16,
  );

  const monthTable = layout.table(
    VOORTGANG_TABLES.maand,
    "Cumulatieve realisatie per maand",
    [
      col("Maand", "text"),
      col("Cumulatief", "integer"),
      col("Pro rata", "decimal1"),
      col("In de maand", "integer"),
    ],
    f.perMaand.map((m) => [m.label, m.cumulatief, m.proRata, m.plaatsingen]),
    undefined,
    17 * 15,
  );
  layout.charts(
    [
      {
        spec: {
          name: "WSP grafiek maand",
          kind: "Line",
          title: "Cumulatieve realisatie tegen de pro-ratalijn",
          table: monthTable,
          category: 0,
          series: [1, 2],
          valueFormat: "#,##0",
          colors: [COLORS.series[0], COLORS.series[1]],
        },
        column: 0,
        width: 8,
      },
    ],
    16,
  );

  // Sector × partner: realisatie, ambitie and % ambitie, each as a matrix with totals.
  const partners = f.organisaties;
  const cells = new Map(f.voortgang.map((v) => [`${v.sector}\u0000${v.organisatie}`, v]));
  const cell = (s: string, p: string) => cells.get(`${s}\u0000${p}`);
  const matrixColumns = (kind: ColumnPlan["kind"]) =>
    uniqueHeaders([col("Sector", "text"), ...partners.map((p) => col(p, kind)), col("Totaal", kind)]);
  const sectorTotal = new Map(f.perSector.map((p) => [p.naam, p]));
  const partnerTotal = new Map(f.perOrganisatie.map((p) => [p.naam, p]));

  layout.table(
    VOORTGANG_TABLES.realisatie,
    "Realisatie per sector en partner",
    matrixColumns("integer"),
    f.sectoren.map((s) => [
      s,
      ...partners.map((p) => cell(s, p)?.realisatie ?? 0),
      sectorTotal.get(s)?.realisatie ?? 0,
    ]),
    ["Totaal", ...partners.map((p) => partnerTotal.get(p)?.realisatie ?? 0), f.totaal.realisatie],
  );
  layout.table(
    VOORTGANG_TABLES.ambitie,
    "Ambitie per sector en partner",
    matrixColumns("integer"),
    f.sectoren.map((s) => [
      s,
      ...partners.map((p) => {
        const c = cell(s, p);
        return c && c.heeftAmbitie ? c.ambitie : "–";
      }),
      sectorTotal.get(s)?.ambitie ?? 0,
    ]),
    ["Totaal", ...partners.map((p) => partnerTotal.get(p)?.ambitie ?? 0), f.totaal.ambitie],
  );
  layout.table(
    VOORTGANG_TABLES.percentage,
    "% van de ambitie per sector en partner",
    matrixColumns("percent"),
    f.sectoren.map((s) => [
      s,
      ...partners.map((p) => {
        const c = cell(s, p);
        return c && c.ambitie > 0 ? c.realisatie / c.ambitie : "–";
      }),
      orDash(sectorTotal.get(s)?.pctAmbitie),
    ]),
    ["Totaal", ...partners.map((p) => orDash(partnerTotal.get(p)?.pctAmbitie)), orDash(f.totaal.pctAmbitie)],
  );

  const serial = (day: number | undefined): PlanValue =>
    day === undefined ? null : excelSerialFromDay(Math.floor(day), ctx.date1904);
  layout.table(
    VOORTGANG_TABLES.bronnen,
    "Gebruikte bronnen",
    [
      col("Blad", "text"),
      col("Bron", "text"),
      col("Status", "text"),
      col("Rijen", "integer"),
      col("Van", "date"),
      col("Tot en met", "date"),
    ],
    report.sheets.map((s) => [
      describeSheet(s).replace(/^blad /, ""),
      s.type ?? "–",
      s.status,
      s.rows,
      serial(s.period?.from),
      serial(s.period?.to),
    ]),
  );
  if (f.notities.length > 0) {
    layout.text("Toelichting", "heading");
    for (const note of f.notities) layout.text(note, "note");
  }
  layout.text(`Gemaakt met WSP Monitor; peildatum ${dutchDate(f.peildatum)}.`, "note");
  return layout.build();
}
