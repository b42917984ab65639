import { Rule } from "./types";
import { AMBITIE_AGREEMENT, sectorRows } from "./ambitie-cells";
import { matchKey } from "../text";

export const A05: Rule = {
  id: "A05",
  name: "Sector dubbel",
  severities: ["fout"],
  source: "Ambitie",
  description: "Een sector staat twee keer in de ambitietabel (alleen de eerste rij telt).",
  agreement: AMBITIE_AGREEMENT,
  requires: [{ source: "Ambitie" }],
  check(ctx, emit) {
    const table = ctx.data.ambitie;
    if (!table) return;
    const first = new Map<string, number>();
    for (const row of sectorRows(table)) {
      const key = matchKey(row.sector as string);
      const earlier = first.get(key);
      if (earlier === undefined) first.set(key, row.row);
      else
        emit(row, `Sector ${row.sector} staat al in rij ${earlier}; deze rij telt niet mee.`, {
          column: "sector",
        });
    }
  },
};
