/** For the task pane: go to the source cell of a finding. */
import type { Finding } from "../domain/rules/types";
import type { ExcelHost } from "./host";

/** Activates the finding's sheet and selects its cell (or its row); false when the sheet is not here. */
export async function selectFindingCell(host: ExcelHost, finding: Finding): Promise<boolean> {
  if (finding.file !== undefined || !finding.sheet || !(finding.row > 0)) return false;
  const address = finding.columnLetter
    ? `${finding.columnLetter}${finding.row}`
    : `${finding.row}:${finding.row}`;
  return host.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItemOrNullObject(finding.sheet);
    ws.load("visibility");
    await ctx.sync();
    if (ws.isNullObject || ws.visibility !== "Visible") return false;
    ws.activate();
    ws.getRange(address).select();
    await ctx.sync();
    return true;
  });
}
