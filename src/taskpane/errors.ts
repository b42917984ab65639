/**
 * Errors as the user reads them: what happened and what to do, in the pane's language, plus the
 * technical details (Office's error code, message and debug info) for a details toggle.
 */
import type { Strings } from "./i18n";

/** Which action failed; chooses the title when the error itself says nothing more specific. */
export type ErrorContext = "generic" | "report" | "maandstand" | "import" | "settings" | "crash";

export interface ErrorInfo {
  title: string;
  /** What happened, in one or two sentences (the Dutch message of our own errors, when there is one). */
  message?: string;
  /** What to do. */
  action: string;
  details: { name?: string; code?: string; message?: string; debugInfo?: string };
}

interface ErrorLike {
  name?: unknown;
  code?: unknown;
  message?: unknown;
  debugInfo?: unknown;
  /** MissingSourcesError: what is missing. */
  problems?: Array<{ message?: unknown } | null>;
  /** Our wrappers (ReportWriteError, MaandstandError, ImportError): the error underneath, often Office's. */
  cause?: unknown;
}

/** Our own errors carry a Dutch message written for users. */
export const OWN_ERRORS: ReadonlySet<string> = new Set([
  "MissingSourcesError",
  "ReportWriteError",
  "MaandstandError",
  "ImportError",
  "UnsupportedExcelError",
  "PaneError",
  "CommandTimeoutError",
]);

/** An error with a Dutch message for users (e.g. a file that cannot be read). */
export class PaneError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PaneError";
  }
}

function debugText(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string") return value;
  try {
    return JSON.stringify(value, null, 2);
  } catch {
    return String(value);
  }
}

export function describeError(error: unknown, t: Strings, context: ErrorContext = "generic"): ErrorInfo {
  const e: ErrorLike = error && typeof error === "object" ? (error as ErrorLike) : { message: String(error) };
  const name = typeof e.name === "string" ? e.name : undefined;
  const message = typeof e.message === "string" ? e.message : undefined;
  // Office's error under one of our wrappers: its code chooses the advice, and its details are shown.
  const cause: ErrorLike | undefined =
    e.cause && typeof e.cause === "object" ? (e.cause as ErrorLike) : undefined;
  const fromCause = typeof e.code !== "string" && typeof cause?.code === "string";
  const code = typeof e.code === "string" ? e.code : fromCause ? (cause?.code as string) : undefined;
  const own = name !== undefined && OWN_ERRORS.has(name);
  const detailMessage = fromCause && typeof cause?.message === "string" ? cause.message : message;
  const debugInfo = debugText(e.debugInfo ?? (fromCause ? cause?.debugInfo : undefined));
  const details = {
    ...(name && name !== "Error" ? { name } : {}),
    ...(code ? { code } : {}),
    ...(detailMessage ? { message: detailMessage } : {}),
    ...(debugInfo ? { debugInfo } : {}),
  };
  const office = (() => {
    if (code === "InvalidOperationInCellEditMode") return t.errors.cellEdit;
    if (
      code === "AccessDenied" ||
      (code === "InvalidOperation" &&
        /protect|beveilig/i.test((fromCause ? cause?.message : message) as string))
    )
      return t.errors.protected;
    if (code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded")
      return t.errors.tooLarge;
    if (code === "ConnectionFailure" || code === "ServiceNotAvailable" || code === "Timeout")
      return t.errors.connection;
    return undefined;
  })();
  const wrapper = (() => {
    if (name === "MissingSourcesError") return t.errors.missing;
    if (name === "UnsupportedExcelError") return t.errors.unsupported;
    if (name === "ReportWriteError") return t.errors.reportWrite;
    if (name === "MaandstandError") return t.errors.maandstand;
    if (name === "ImportError") return t.errors.import;
    if (name === "CommandTimeoutError") return t.errors.timeout;
    return undefined;
  })();
  // What failed from our wrapper; what to do from Office's code when it has one.
  const kind = wrapper
    ? { title: wrapper.title, action: office?.action ?? wrapper.action }
    : (office ?? t.errors[context]);
  // A missing source: the problems themselves; the action already says the previous report is unchanged.
  const problems = Array.isArray(e.problems)
    ? e.problems.map((p) => (p && typeof p.message === "string" ? p.message : "")).filter((m) => m !== "")
    : [];
  const shown = name === "MissingSourcesError" && problems.length > 0 ? problems.join(" ") : message;
  return { title: kind.title, ...(own && shown ? { message: shown } : {}), action: kind.action, details };
}
