/** The lines that head the report, the same in the CLI's summary and on the Voortgang sheet. */
import { formatInteger, formatPercent } from "../format";
import { Figures } from "./types";

/**
 * "Stand: 3.391 plaatsingen van 4.935 (68,7%), pro rata 3.691 — aandacht. Achter: ICT; Transport,
 * logistiek, groothandel." Sector names may hold commas themselves, so the sectors behind are separated
 * by semicolons.
 */
export function standText(f: Pick<Figures, "totaal" | "perSector">): string {
  const t = f.totaal;
  const behind = f.perSector.filter((s) => s.status === "achter").map((s) => s.naam);
  return (
    `Stand: ${formatInteger(t.realisatie)} plaatsingen van ${formatInteger(t.ambitie)} ` +
    `(${formatPercent(t.pctAmbitie)}), pro rata ${formatInteger(t.proRata)} — ${t.status}.` +
    (behind.length > 0 ? ` Achter: ${behind.join("; ")}.` : "")
  );
}

/** How every placement row read is accounted for (DOMAIN.md's reconciliation), as one sentence. */
export function reconciliatieText(r: Figures["reconciliatie"]): string {
  return (
    `Reconciliatie: ${formatInteger(r.gelezen)} plaatsingen gelezen = ${formatInteger(r.geteld)} geteld + ` +
    `${formatInteger(r.dubbel)} dubbel + ${formatInteger(r.voorPeriode)} voor de periode + ` +
    `${formatInteger(r.naPeildatum)} na de peildatum + ${formatInteger(r.ongeldigeDatum)} ongeldige datum; ` +
    `onder Onbekend geteld: ${formatInteger(r.onbekendeSector)} sector, ${formatInteger(r.onbekendeOrganisatie)} partner.`
  );
}
