import { Rule } from "./types";
import { amount, AMBITIE_AGREEMENT, cellPlace, formatAmount, sameAmount, sectorRows } from "./ambitie-cells";

export const A02: Rule = {
  id: "A02",
  name: "Rijtotaal klopt niet",
  severities: ["fout"],
  source: "Ambitie",
  description: "Het Totaal van een sectorrij is niet de som van de partnerkolommen.",
  agreement: AMBITIE_AGREEMENT,
  requires: [{ source: "Ambitie" }],
  check(ctx, emit) {
    const table = ctx.data.ambitie;
    if (!table) return;
    for (const row of sectorRows(table)) {
      const parts = row.cells.map(amount);
      const total = amount(row.totaal);
      // Cells that are not numbers are A04's; the sum cannot be checked then.
      if (total === undefined || parts.some((p) => p === undefined)) continue;
      const sum = (parts as number[]).reduce((a, b) => a + b, 0);
      if (!sameAmount(sum, total)) {
        emit.at(
          cellPlace(table, row, -1),
          `Totaal ${formatAmount(total)} voor ${row.sector} is niet de som van de partners (${formatAmount(sum)}).`,
        );
      }
    }
  },
};
