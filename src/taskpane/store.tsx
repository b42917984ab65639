/**
 * The pane's small app-level store: the Excel host, the language, a clock, the current step, a
 * revision number of the sources (bumped when the pane imports a sheet or re-reads the workbook, so the
 * checks know they are stale; the report sheets and settings it writes are no sources)
 * and a live region for status messages. Everything else lives in the hooks.
 */
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from "react";
import type { ExcelHost } from "../excel/host";
import { formatters, type Formatters, type Locale, STRINGS, type Strings } from "./i18n";
import type { StepId } from "./model";

export interface PaneEnvironment {
  host: ExcelHost;
  locale: Locale;
  /** The clock (tests pin it). */
  now?: () => Date;
  /** Lets the browser paint between steps of long work (tests may pass a no-op). */
  pause?: () => Promise<void>;
  /** Shown above the steps (the preview's banner). */
  preview?: boolean;
}

export interface PaneStore {
  host: ExcelHost;
  locale: Locale;
  t: Strings;
  fmt: Formatters;
  now: () => Date;
  pause: () => Promise<void>;
  preview: boolean;
  step: StepId;
  setStep(step: StepId): void;
  /** Bumped whenever the pane changes the sources (an import) or re-reads the workbook. */
  revision: number;
  touchWorkbook(): void;
  /** The last status message, for the polite live region. */
  status: string;
  announce(message: string): void;
}

/** A macrotask: lets React render and the browser paint before long work continues. */
export const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const PaneContext = createContext<PaneStore | null>(null);

export function PaneProvider({ env, children }: { env: PaneEnvironment; children: ReactNode }) {
  const [step, setStep] = useState<StepId>("bronnen");
  const [revision, setRevision] = useState(0);
  const [status, setStatus] = useState("");
  const touchWorkbook = useCallback(() => setRevision((r) => r + 1), []);
  const announce = useCallback((message: string) => setStatus(message), []);
  const { host, locale, now, pause, preview } = env;
  const value = useMemo<PaneStore>(
    () => ({
      host,
      locale,
      t: STRINGS[locale],
      fmt: formatters(locale),
      now: now ?? (() => new Date()),
      pause: pause ?? yieldToBrowser,
      preview: preview ?? false,
      step,
      setStep,
      revision,
      touchWorkbook,
      status,
      announce,
    }),
    [host, locale, now, pause, preview, step, revision, touchWorkbook, status, announce],
  );
  return <PaneContext.Provider value={value}>{children}</PaneContext.Provider>;
}

export function usePaneStore(): PaneStore {
  const store = useContext(PaneContext);
  if (!store) throw new Error("usePaneStore outside PaneProvider");
  return store;
}
