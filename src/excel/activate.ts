/** For the task pane's links to the report sheets. */
import type { ExcelHost } from "./host";

/** Activates a sheet by name and selects its first cell; false when it is gone or hidden. */
export async function activateSheet(host: ExcelHost, name: string): Promise<boolean> {
  return host.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItemOrNullObject(name);
    ws.load("visibility");
    await ctx.sync();
    if (ws.isNullObject || ws.visibility !== "Visible") return false;
    ws.activate();
    ws.getRange("A1").select();
    await ctx.sync();
    return true;
  });
}
