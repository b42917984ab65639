import { Rule } from "./types";
import { AMBITIE_AGREEMENT, cellPlace } from "./ambitie-cells";
import { INVALID, Parsed } from "../values";

const wholeAndPositive = (value: Parsed<number>) =>
  value === undefined || (value !== INVALID && Number.isInteger(value) && value >= 0);

export const A04: Rule = {
  id: "A04",
  name: "Ongeldig ambitiegetal",
  severities: ["fout"],
  source: "Ambitie",
  description: "Een ambitiecel is geen geheel getal van 0 of meer (lege cellen tellen als 0).",
  agreement: AMBITIE_AGREEMENT,
  requires: [{ source: "Ambitie" }],
  check(ctx, emit) {
    const table = ctx.data.ambitie;
    if (!table) return;
    const rows = table.totalsRow ? [...table.rows, table.totalsRow] : table.rows;
    for (const row of rows) {
      const values: Parsed<number>[] = [...row.cells, row.totaal];
      values.forEach((value, i) => {
        if (wholeAndPositive(value)) return;
        const index = i < row.cells.length ? i : -1;
        const place = cellPlace(table, row, index);
        emit.at(place, `"${place.value}" in kolom ${place.columnHeader} is geen geheel getal van 0 of meer.`);
      });
    }
  },
};
