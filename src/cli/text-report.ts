/** The readable Dutch summary the command line prints. */
import { describeSheet, Report } from "../domain/analyse";
import { dutchDate } from "../domain/dates";
import { formatDecimal, formatDecimal2, formatInteger, formatPercent } from "../domain/format";
import { reconciliatieText, standText } from "../domain/figures/headlines";
import { Progress } from "../domain/figures/types";

const pad = (text: string, width: number) =>
  text.length >= width ? text.slice(0, width - 1) + "…" : text.padEnd(width);
const num = (text: string, width: number) => text.padStart(width);

/** Prose is wrapped at most this wide, also in a wider terminal (the tables are about as wide). */
export const MAX_PROSE_WIDTH = 100;

/**
 * A line of prose broken at spaces to fit `width` (the terminal's; none when the output goes to a file
 * or a pipe, where one line per sentence is easier to search); continuation lines get `indent`.
 */
export function wrap(line: string, width: number | undefined, indent = ""): string {
  if (width === undefined) return line;
  const limit = Math.max(40, Math.min(width, MAX_PROSE_WIDTH));
  const lines: string[] = [];
  let rest = line;
  while (rest.length > limit) {
    const cut = rest.lastIndexOf(" ", limit);
    if (cut <= indent.length) break;
    lines.push(rest.slice(0, cut).trimEnd());
    rest = indent + rest.slice(cut + 1).trimStart();
  }
  lines.push(rest);
  return lines.join("\n");
}

function progressTable(title: string, rows: Progress[], total?: Progress): string[] {
  const lines = [
    title,
    `  ${pad("", 42)}${num("Realisatie", 11)}${num("Ambitie", 9)}${num("% ambitie", 11)}${num("Pro rata", 10)}  ${pad("Status", 13)}${num("Prognose", 9)}`,
  ];
  for (const row of total ? [...rows, total] : rows) {
    lines.push(
      `  ${pad(row.naam, 42)}${num(formatInteger(row.realisatie), 11)}${num(formatInteger(row.ambitie), 9)}${num(formatPercent(row.pctAmbitie), 11)}${num(formatDecimal(row.proRata), 10)}  ${pad(row.status, 13)}${num(formatInteger(row.prognose), 9)}`,
    );
  }
  return lines;
}

/** The report as text; `width`: the terminal's width, to wrap prose in (none: one line per sentence). */
export function renderTextReport(report: Report, width?: number): string {
  const f = report.figures;
  const out: string[] = [];
  out.push("WSP Monitor — rapportage WerkgeversServicepunt Haaglanden");
  out.push(
    `Peildatum ${dutchDate(f.peildatum)} · periode ${dutchDate(f.periodeStart)} t/m ${dutchDate(f.peildatum)} (dag ${f.dagVanHetJaar} van ${f.dagenInJaar})`,
  );
  out.push(wrap(standText(f), width, "  "));
  out.push("");
  out.push("Bronnen");
  for (const sheet of report.sheets) {
    const what = sheet.type ?? "–";
    const period = sheet.period ? `  ${dutchDate(sheet.period.from)} t/m ${dutchDate(sheet.period.to)}` : "";
    const status =
      sheet.status === "gebruikt"
        ? `${formatInteger(sheet.rows)} ${sheet.rows === 1 ? "rij" : "rijen"}${period}`
        : sheet.status;
    // Never shortened: the name is what tells one file from another.
    const where = describeSheet(sheet);
    out.push(`  ${pad(what, 13)}${where.length < 52 ? where.padEnd(52) : `${where}  `}${status}`);
  }
  out.push("");
  out.push(...progressTable("Voortgang per sector", f.perSector, f.totaal));
  out.push("");
  out.push(...progressTable("Voortgang per partner", f.perOrganisatie, f.totaal));
  if (f.dekkingsgraad) {
    out.push("");
    out.push("Dekkingsgraad (werkgevers ≥ 10 werknemers, contact in de afgelopen 12 maanden)");
    out.push(
      `  ${pad("", 42)}${num("Bedrijven", 10)}${num("In contact", 11)}${num("Dekking", 9)}${num("Doel", 8)}`,
    );
    for (const d of f.dekkingsgraad) {
      out.push(
        `  ${pad(d.sector, 42)}${num(formatInteger(d.bedrijven), 10)}${num(formatInteger(d.inContact), 11)}${num(formatPercent(d.dekkingsgraad), 9)}${num(d.doel === undefined ? "" : formatPercent(d.doel), 8)}`,
      );
    }
  }
  if (f.banenTotaal) {
    const b = f.banenTotaal;
    out.push("");
    out.push(
      wrap(
        `Banenafspraak: ${formatDecimal2(b.totaal)} banen (markt ${formatDecimal2(b.markt)} van ${formatInteger(b.doelMarkt)}, overheid ${formatDecimal2(b.overheid)} van ${formatInteger(b.doelOverheid)}; doel ${formatInteger(b.doelTotaal)} eind ${b.doelJaar})`,
        width,
        "  ",
      ),
    );
  }
  out.push("");
  out.push("Bevindingen (uitvoeringsafspraken)");
  for (const result of report.rules) {
    const count = result.checkable ? formatInteger(result.findings.length) : "niet toetsbaar";
    const detail = result.checkable ? "" : `: ${result.reason}`;
    out.push(
      `  ${result.rule.id}  ${pad(result.rule.severities.join("/"), 21)}${pad(result.rule.name, 44)}${num(count, 6)}${detail}`,
    );
  }
  if (report.readFindings.length > 0) {
    out.push(
      `  L01  ${pad("fout", 21)}${pad("Onleesbare waarden", 44)}${num(formatInteger(report.readFindings.length), 6)}`,
    );
  }
  out.push("");
  out.push(wrap(reconciliatieText(f.reconciliatie), width, "  "));
  if (f.notities.length > 0) {
    out.push("");
    out.push("Notities");
    for (const note of f.notities) out.push(wrap(`  - ${note}`, width, "    "));
  }
  return out.join("\n") + "\n";
}
