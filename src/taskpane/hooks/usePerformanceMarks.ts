import { useEffect } from "react";

/** Marks for the e2e run and the bench: the pane's first render, and its sources shown. */
export const FIRST_RENDER_MARK = "wsp:first-render";
export const SOURCES_READY_MARK = "wsp:sources-ready";

function mark(name: string): void {
  if (typeof performance === "undefined" || typeof performance.mark !== "function") return;
  if (performance.getEntriesByName?.(name).length) return;
  performance.mark(name);
}

export function usePerformanceMarks(sourcesReady: boolean): void {
  useEffect(() => mark(FIRST_RENDER_MARK), []);
  useEffect(() => {
    if (sourcesReady) mark(SOURCES_READY_MARK);
  }, [sourcesReady]);
}
