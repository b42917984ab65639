import type { ExcelHost } from "../../excel/host";
import { usePaneStore } from "../store";

/** The Excel host the pane works on (office.js in Excel, the simulator in the preview and tests). */
export function useHost(): ExcelHost {
  return usePaneStore().host;
}
