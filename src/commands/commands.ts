/**
 * Ribbon commands (manifest.xml, group "WSP Monitor"):
 * - "Openen" shows the task pane (declared in the manifest, no code);
 * - "Rapport verversen" (`refreshReport`) makes the report with the team's last settings without
 *   opening the pane: read the workbook, check, compute, write. On failure (or after 5 minutes without
 *   an end) the failure is stored in the workbook settings ("wspMonitor.lastError", retried while Excel
 *   is busy) and the pane is opened where Office supports it (shared runtime); the pane shows it. A
 *   success clears an earlier failure.
 */
import { type ExcelHost, officeHost } from "../excel/host";
import { refreshReport } from "../excel/make-report";
import {
  clearLastError,
  type LastError,
  loadSettings,
  resolvePeildatum,
  saveLastError,
} from "../excel/settings";

/** The action name as the ribbon says it, for the stored error. */
const ACTION = "Rapport verversen";

/** How long the ribbon waits for the report before it says it took too long (Excel may be stuck). */
export const COMMAND_TIMEOUT_MS = 5 * 60_000;
/** Waits before each new attempt to store a failure (Excel may still be busy, e.g. editing a cell). */
export const SAVE_RETRY_DELAYS_MS = [500, 1_000, 2_000, 4_000, 8_000];

interface ErrorFields {
  name?: unknown;
  code?: unknown;
  message?: unknown;
  debugInfo?: unknown;
  cause?: unknown;
}

const fieldsOf = (error: unknown): ErrorFields =>
  (error && typeof error === "object" ? error : { message: String(error) }) as ErrorFields;

/**
 * What the pane needs to explain a failure: our error's name and Dutch message, and Office's code and
 * debug info — from the error itself or from Office's error under our wrapper.
 */
export function errorRecord(error: unknown, at: Date = new Date()): LastError {
  const e = fieldsOf(error);
  const cause = e.cause === undefined ? undefined : fieldsOf(e.cause);
  const name = typeof e.name === "string" && e.name !== "Error" ? e.name : undefined;
  const code = typeof e.code === "string" ? e.code : typeof cause?.code === "string" ? cause.code : undefined;
  const rawDebug = e.debugInfo ?? cause?.debugInfo;
  let debugInfo: string | undefined;
  if (rawDebug !== undefined) {
    try {
      debugInfo = typeof rawDebug === "string" ? rawDebug : JSON.stringify(rawDebug);
    } catch {
      debugInfo = String(rawDebug);
    }
  }
  return {
    at: at.toISOString(),
    action: ACTION,
    message: typeof e.message === "string" && e.message ? e.message : "Onbekende fout.",
    ...(name ? { name } : {}),
    ...(code ? { code } : {}),
    ...(debugInfo ? { debugInfo } : {}),
  };
}

/** The ribbon's own failure when the report does not finish in time. */
export class CommandTimeoutError extends Error {
  constructor(minutes: number) {
    super(`Rapport verversen was na ${minutes} ${minutes === 1 ? "minuut" : "minuten"} nog niet klaar.`);
    this.name = "CommandTimeoutError";
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Stores the failure for the pane, trying again while Excel is busy; false when it never could. */
async function storeFailure(host: ExcelHost, record: LastError, delays: readonly number[]): Promise<boolean> {
  for (let attempt = 0; ; attempt++) {
    try {
      await saveLastError(host, record);
      return true;
    } catch {
      if (attempt >= delays.length) return false;
      await sleep(delays[attempt]);
    }
  }
}

/** Opens the task pane where the add-in runs in a shared runtime (SharedRuntime 1.1). */
async function showPane(): Promise<void> {
  const addin = (Office as unknown as { addin?: { showAsTaskpane?: () => Promise<void> } }).addin;
  const supported = Office.context?.requirements?.isSetSupported?.("SharedRuntime", "1.1") ?? false;
  if (supported && typeof addin?.showAsTaskpane === "function") await addin.showAsTaskpane();
}

export interface CommandOptions {
  /** The day the report is for (tests). */
  today?: Date;
  timeoutMs?: number;
  retryDelaysMs?: readonly number[];
}

/**
 * The report with the last settings. On success an earlier failure's message is cleared (it would
 * otherwise greet the user over a good report); on failure, or when the report does not finish in
 * time, the failure is stored for the pane (retried while Excel is busy) and the pane is opened where
 * Office can.
 */
export async function refreshReportCommand(options: CommandOptions = {}): Promise<void> {
  const host = officeHost();
  const timeoutMs = options.timeoutMs ?? COMMAND_TIMEOUT_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new CommandTimeoutError(Math.max(1, Math.round(timeoutMs / 60_000)))),
      timeoutMs,
    );
  });
  try {
    const run = (async () => {
      const { settings } = await loadSettings(host);
      await refreshReport(host, {
        settings,
        peildatum: resolvePeildatum(settings.peildatum, options.today ?? new Date()),
      });
    })();
    // After a timeout the run goes on unobserved: a late failure must not become an unhandled rejection.
    run.catch(() => undefined);
    await Promise.race([run, timeout]);
    await clearLastError(host).catch(() => undefined);
  } catch (error) {
    const stored = await storeFailure(
      host,
      errorRecord(error),
      options.retryDelaysMs ?? SAVE_RETRY_DELAYS_MS,
    );
    // Without a stored message the pane could not say why; nothing more can be done without a workbook.
    if (stored) await showPane().catch(() => undefined);
  } finally {
    clearTimeout(timer);
  }
}

/** Ribbon entry point: Office passes an event that must be completed, exactly once. */
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
