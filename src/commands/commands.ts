/**
 * Ribbon commands (manifest.xml, group "WSP Monitor"):
 * - "Openen" shows the task pane (declared in the manifest, no code);
 * - "Rapport verversen" (`refreshReport`) makes the report with the team's last settings without
 *   opening the pane: read the workbook, check, compute, write. On failure the message is stored in
 *   the workbook settings ("wspMonitor.lastError") and the pane is opened where Office supports it
 *   (shared runtime); the pane shows the message.
 */
import { officeHost } from "../excel/host";
import { refreshReport } from "../excel/make-report";
import { loadSettings, resolvePeildatum, saveLastError } from "../excel/settings";

/** The action name as the ribbon says it, for the stored error. */
const ACTION = "Rapport verversen";

function errorRecord(error: unknown) {
  const e = (error && typeof error === "object" ? error : { message: String(error) }) as {
    name?: unknown;
    code?: unknown;
    message?: unknown;
    debugInfo?: unknown;
  };
  const code =
    typeof e.code === "string"
      ? e.code
      : typeof e.name === "string" && e.name !== "Error"
        ? e.name
        : undefined;
  let debugInfo: string | undefined;
  if (e.debugInfo !== undefined) {
    try {
      debugInfo = JSON.stringify(e.debugInfo);
    } catch {
      debugInfo = String(e.debugInfo);
    }
  }
  return {
    at: new Date().toISOString(),
    action: ACTION,
    message: typeof e.message === "string" && e.message ? e.message : "Onbekende fout.",
    ...(code ? { code } : {}),
    ...(debugInfo ? { debugInfo } : {}),
  };
}

/** Opens the task pane where the add-in runs in a shared runtime (SharedRuntime 1.1). */
async function showPane(): Promise<void> {
  const addin = (Office as unknown as { addin?: { showAsTaskpane?: () => Promise<void> } }).addin;
  const supported = Office.context?.requirements?.isSetSupported?.("SharedRuntime", "1.1") ?? false;
  if (supported && typeof addin?.showAsTaskpane === "function") await addin.showAsTaskpane();
}

/** The report with the last settings; `today` for tests. */
export async function refreshReportCommand(today: Date = new Date()): Promise<void> {
  const host = officeHost();
  try {
    const { settings } = await loadSettings(host);
    await refreshReport(host, { settings, peildatum: resolvePeildatum(settings.peildatum, today) });
  } catch (error) {
    try {
      await saveLastError(host, errorRecord(error));
      await showPane();
    } catch {
      // Nothing more to do without a workbook: the error stays unreported rather than crashing Office.
    }
  }
}

/** Ribbon entry point: Office passes an event that must be completed. */
export async function refreshReportAction(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await refreshReportCommand();
  } finally {
    event.completed();
  }
}

if (typeof Office !== "undefined") {
  Office.onReady(() => {
    // Ready: the ribbon can call the functions below.
  });
  // Office.actions.associate where the host has it; older function-file hosts look for a global.
  Office.actions?.associate("refreshReport", refreshReportAction);
  (globalThis as Record<string, unknown>).refreshReport = refreshReportAction;
}
