import { Rule } from "./types";

export const P03: Rule = {
  id: "P03",
  name: "Onbekende sector",
  severities: ["fout", "waarschuwing"],
  source: "Plaatsingen",
  description:
    "De sector staat niet in de sectorlijst (fout, telt onder Onbekend), of is herkend via een sterk gelijkende naam (waarschuwing).",
  agreement: "Plaatsingen worden per sector gevolgd: de sectorindeling van het regionaal plan is leidend.",
  requires: [{ source: "Plaatsingen" }],
  check(ctx, emit) {
    const resolved = ctx.resolvedPlacements();
    ctx.data.records.Plaatsingen.forEach((p, i) => {
      const { sectorMatch } = resolved[i];
      if (sectorMatch.kind === "exact") return;
      if (sectorMatch.kind === "close") {
        emit(p, `Sector "${p.sector}" is gelezen als ${sectorMatch.name}.`, {
          column: "sector",
          severity: "waarschuwing",
        });
      } else {
        emit(
          p,
          p.sector === undefined
            ? "Sector is leeg; telt onder Onbekend."
            : `Sector "${p.sector}" is onbekend; telt onder Onbekend.`,
          {
            column: "sector",
          },
        );
      }
    });
  },
};
