import { Rule } from "./types";

export const T01: Rule = {
  id: "T01",
  name: "Instrument niet in de toolbox",
  severities: ["fout", "waarschuwing"],
  source: "Plaatsingen",
  description:
    "Het instrument staat niet in de regionale toolbox, niet op naam en niet als alias (fout), of is herkend via een sterk gelijkende naam of staat in de toolbox als niet actief (waarschuwing).",
  agreement:
    "Alle plaatsingsinstrumenten zijn regionaal geharmoniseerd in de regionale toolbox; het beheer is regionaal geborgd om te voorkomen dat elke gemeente zijn eigen variant heeft.",
  requires: [{ source: "Plaatsingen", columns: ["instrument"] }, { source: "Toolbox" }],
  check(ctx, emit) {
    if (!ctx.instruments) return;
    const matches = ctx.instrumentMatches();
    const placements = ctx.data.records.Plaatsingen;
    for (let i = 0; i < placements.length; i++) {
      const p = placements[i];
      const match = matches[i];
      if (p.instrument === undefined || match === undefined) continue;
      if (match.name !== undefined && ctx.inactiveInstruments.has(match.name)) {
        const read = match.kind === "close" ? ` (gelezen als ${match.name})` : "";
        emit(p, `Instrument "${p.instrument}"${read} staat in de regionale toolbox als niet actief.`, {
          column: "instrument",
          severity: "waarschuwing",
        });
      } else if (match.kind === "close") {
        emit(p, `Instrument "${p.instrument}" is gelezen als ${match.name}.`, {
          column: "instrument",
          severity: "waarschuwing",
        });
      } else if (match.kind === "none") {
        emit(p, `Instrument "${p.instrument}" staat niet in de regionale toolbox.`, { column: "instrument" });
      }
    }
  },
};
