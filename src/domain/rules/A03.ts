import { Rule } from "./types";
import { amount, AMBITIE_AGREEMENT, cellPlace, formatAmount, sameAmount, sectorRows } from "./ambitie-cells";

export const A03: Rule = {
  id: "A03",
  name: "Kolomtotaal klopt niet",
  severities: ["fout"],
  source: "Ambitie",
  description:
    "Een cel van de Totaal-rij is niet de som van de sectorrijen in die kolom (partners en Totaal).",
  agreement: AMBITIE_AGREEMENT,
  requires: [{ source: "Ambitie" }],
  notCheckable(ctx) {
    const table = ctx.data.ambitie;
    return table && !table.totalsRow ? `rij Totaal ontbreekt (Ambitie: ${table.sheet.name})` : undefined;
  },
  check(ctx, emit) {
    const table = ctx.data.ambitie;
    const totals = table?.totalsRow;
    if (!table || !totals) return;
    const rows = sectorRows(table);
    const columns = [...table.partners.map((_, i) => i), -1];
    for (const index of columns) {
      const total = amount(index >= 0 ? totals.cells[index] : totals.totaal);
      const parts = rows.map((r) => amount(index >= 0 ? r.cells[index] : r.totaal));
      if (total === undefined || parts.some((p) => p === undefined)) continue;
      const sum = (parts as number[]).reduce((a, b) => a + b, 0);
      if (!sameAmount(sum, total)) {
        const name = index >= 0 ? table.partners[index] : "Totaal";
        emit.at(
          { ...cellPlace(table, totals, index), recordId: "Totaal" },
          `Totaal-rij voor ${name}: ${formatAmount(total)}, maar de sectoren tellen op tot ${formatAmount(sum)}.`,
        );
      }
    }
  },
};
