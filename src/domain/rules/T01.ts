import { Rule } from "./types";

export const T01: Rule = {
  id: "T01",
  name: "Instrument niet in de toolbox",
  severities: ["fout", "waarschuwing"],
  source: "Plaatsingen",
  description:
    "Het instrument staat niet in de regionale toolbox, niet op naam en niet als alias (fout), of is herkend via een sterk gelijkende naam (waarschuwing).",
  agreement:
    "Alle plaatsingsinstrumenten zijn regionaal geharmoniseerd in de regionale toolbox; het beheer is regionaal geborgd om te voorkomen dat elke gemeente zijn eigen variant heeft.",
  requires: [{ source: "Plaatsingen", columns: ["instrument"] }, { source: "Toolbox" }],
  check(ctx, emit) {
    const instruments = ctx.instruments;
    if (!instruments) return;
    for (const p of ctx.data.records.Plaatsingen) {
      if (p.instrument === undefined) continue;
      const match = instruments.match(p.instrument);
      if (match.kind === "close") {
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
