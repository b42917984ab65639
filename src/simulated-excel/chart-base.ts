/** Base of the chart proxies (kept separate so that chart modules can extend it without cycles). */
import { SimClientObject } from "./client-object";
import type { ChartData, SimulatedWorksheet } from "./model";

export interface ChartTarget {
  ws: SimulatedWorksheet;
  chart: ChartData;
}

export class ChartPart<T extends ChartTarget = ChartTarget> extends SimClientObject<T> {
  protected override _isAlive(t: T): boolean {
    return !t.chart.deleted && !t.ws.deleted;
  }
}
