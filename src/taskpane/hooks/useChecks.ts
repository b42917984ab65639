/**
 * Controle: run the rules on a fresh read of the workbook, summarise per rule, filter by partner,
 * severity and rule, page through long lists of findings, and go to a finding's cell in Excel.
 */
import { useCallback, useMemo, useState } from "react";
import type { DayNumber } from "../../domain/dates";
import { type Finding, READ_ISSUE_ID, type Severity } from "../../domain/rules/types";
import type { CheckResult, PipelineStep } from "../../excel/make-report";
import type { TeamSettings } from "../../excel/settings";
import { loadEngine } from "../load-engine";
import { usePaneStore } from "../store";

/** Findings shown per rule before "Meer tonen". */
export const PAGE_SIZE = 100;
export const ALL = "*";
/** Filter value for findings without a partner (sources without an Organisatie column). */
export const NO_PARTNER = "-";
export const SEVERITIES: readonly Severity[] = ["fout", "waarschuwing", "info"];

export interface Filters {
  partner: string;
  severity: Severity | typeof ALL;
  rule: string;
}

export interface RuleGroup {
  id: string;
  name: string;
  severities: readonly Severity[];
  checkable: boolean;
  reason?: string;
  agreement: string;
  /** All findings of the rule, before filtering. */
  total: number;
  /** The findings that pass the filters. */
  findings: Finding[];
  /** How many of them are shown. */
  visible: number;
}

export interface ChecksState {
  status: "idle" | "running" | "done" | "failed";
  step?: PipelineStep;
  result?: CheckResult;
  /** The workbook or the settings changed since the checks ran. */
  stale: boolean;
  error?: unknown;
  filters: Filters;
  partners: string[];
  groups: RuleGroup[];
  totals: Record<Severity, number> & { all: number; filtered: number };
  open: string[];
  /** Shown when a finding's cell could not be selected. */
  notice?: string;
  run(): Promise<void>;
  setFilter(patch: Partial<Filters>): void;
  setOpen(ids: string[]): void;
  showMore(id: string): void;
  select(finding: Finding): Promise<void>;
  dismissError(): void;
}

const matches = (f: Finding, filters: Filters) =>
  (filters.severity === ALL || f.severity === filters.severity) &&
  (filters.partner === ALL ||
    (filters.partner === NO_PARTNER ? f.partner === undefined : f.partner === filters.partner));

export function useChecks(settings: TeamSettings, peildatum: DayNumber): ChecksState {
  const { host, pause, revision, announce, t, fmt } = usePaneStore();
  const [status, setStatus] = useState<ChecksState["status"]>("idle");
  const [step, setStep] = useState<PipelineStep>();
  const [result, setResult] = useState<CheckResult>();
  const [basis, setBasis] = useState("");
  const [error, setError] = useState<unknown>();
  const [filters, setFilters] = useState<Filters>({ partner: ALL, severity: ALL, rule: ALL });
  const [open, setOpen] = useState<string[]>([]);
  const [pages, setPages] = useState<Record<string, number>>({});
  const [notice, setNotice] = useState<string>();

  const currentBasis = `${revision}|${peildatum}|${JSON.stringify(settings)}`;

  const run = useCallback(async () => {
    if (!Number.isFinite(peildatum)) return;
    setStatus("running");
    setError(undefined);
    announce(t.checking);
    try {
      const { checkWorkbook } = await loadEngine();
      const checked = await checkWorkbook(host, {
        settings,
        peildatum,
        pause,
        onStep: (s) => setStep(s),
      });
      setResult(checked);
      setBasis(currentBasis);
      setPages({});
      setStatus("done");
      const count =
        checked.report.rules.reduce((n, r) => n + r.findings.length, 0) + checked.report.readFindings.length;
      announce(t.checksDone(fmt.number(count)));
    } catch (e) {
      setError(e);
      setStatus("failed");
    } finally {
      setStep(undefined);
    }
  }, [announce, currentBasis, fmt, host, pause, peildatum, settings, t]);

  const all = useMemo(() => {
    if (!result) return [];
    const groups = result.report.rules.map((r) => ({
      id: r.rule.id as string,
      name: r.rule.name,
      severities: r.rule.severities,
      checkable: r.checkable,
      reason: r.reason,
      agreement: r.rule.agreement,
      list: r.findings,
    }));
    if (result.report.readFindings.length > 0)
      groups.push({
        id: READ_ISSUE_ID,
        name: t.readIssues,
        severities: ["fout"],
        checkable: true,
        reason: undefined,
        agreement: "",
        list: result.report.readFindings,
      });
    return groups;
  }, [result, t]);

  const partners = useMemo(() => {
    const set = new Set<string>();
    let without = false;
    for (const g of all)
      for (const f of g.list) {
        if (f.partner === undefined) without = true;
        else set.add(f.partner);
      }
    const names = [...set].sort((a, b) =>
      a === "Onbekend" ? 1 : b === "Onbekend" ? -1 : a.localeCompare(b, "nl"),
    );
    return without ? [...names, NO_PARTNER] : names;
  }, [all]);

  const groups = useMemo<RuleGroup[]>(() => {
    const filtering = filters.partner !== ALL || filters.severity !== ALL;
    return all
      .filter((g) => filters.rule === ALL || g.id === filters.rule)
      .map((g) => {
        const findings = filtering ? g.list.filter((f) => matches(f, filters)) : g.list;
        return {
          id: g.id,
          name: g.name,
          severities: g.severities,
          checkable: g.checkable,
          reason: g.reason,
          agreement: g.agreement,
          total: g.list.length,
          findings,
          visible: Math.min(findings.length, pages[g.id] ?? PAGE_SIZE),
        };
      })
      .filter((g) => !filtering || g.findings.length > 0);
  }, [all, filters, pages]);

  const totals = useMemo(() => {
    const out = { fout: 0, waarschuwing: 0, info: 0, all: 0, filtered: 0 };
    for (const g of all)
      for (const f of g.list) {
        out[f.severity]++;
        out.all++;
      }
    out.filtered = groups.reduce((n, g) => n + g.findings.length, 0);
    return out;
  }, [all, groups]);

  const setFilter = useCallback((patch: Partial<Filters>) => {
    setFilters((f) => ({ ...f, ...patch }));
    setPages({});
  }, []);

  const showMore = useCallback((id: string) => {
    setPages((p) => ({ ...p, [id]: (p[id] ?? PAGE_SIZE) + PAGE_SIZE }));
  }, []);

  const select = useCallback(
    async (finding: Finding) => {
      setError(undefined);
      setNotice(undefined);
      try {
        const cell = finding.columnLetter
          ? `${finding.columnLetter}${finding.row}`
          : `${finding.row}:${finding.row}`;
        const { selectFindingCell } = await loadEngine();
        const ok = await selectFindingCell(host, finding);
        announce(ok ? t.selected(finding.sheet, cell) : t.notSelectable(finding.sheet));
        if (!ok) setNotice(t.notSelectable(finding.sheet));
      } catch (e) {
        setError(e);
      }
    },
    [announce, host, t],
  );

  return {
    status,
    step,
    result,
    stale: status === "done" && basis !== currentBasis,
    error,
    filters,
    partners,
    groups,
    totals,
    open,
    notice,
    run,
    setFilter,
    setOpen,
    showMore,
    select,
    dismissError: () => {
      setError(undefined);
      setNotice(undefined);
    },
  };
}
