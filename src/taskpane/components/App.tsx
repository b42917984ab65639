import {
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Tab,
  TabList,
  tokens,
} from "@fluentui/react-components";
import { lazy, Suspense, useCallback, useEffect } from "react";
import { displayDate } from "../display";
import type { LastError } from "../../excel/settings";
import { describeError, type ErrorInfo, OWN_ERRORS } from "../errors";
import { useChecks } from "../hooks/useChecks";
import { useColumnMapping } from "../hooks/useColumnMapping";
import { usePerformanceMarks } from "../hooks/usePerformanceMarks";
import { stampText, useReport } from "../hooks/useReport";
import { useSettings } from "../hooks/useSettings";
import { useSources } from "../hooks/useSources";
import type { Strings } from "../i18n";
import { type StepId, STEP_IDS } from "../model";
import { loadEngine } from "../load-engine";
import { usePaneStore } from "../store";
import { ErrorMessage } from "./ErrorMessage";
import Header from "./Header";
import { LiveRegion } from "./LiveRegion";
import { SourcesStep } from "./SourcesStep";

// The first step renders at once; the other three load right after (one chunk), so the pane's first
// render does not wait for their code.
const loadChecks = () => import(/* webpackChunkName: "steps" */ "./ChecksStep");
const loadReport = () => import(/* webpackChunkName: "steps" */ "./ReportStep");
const loadSettings = () => import(/* webpackChunkName: "steps" */ "./SettingsStep");
const ChecksStep = lazy(() => loadChecks().then((m) => ({ default: m.ChecksStep })));
const ReportStep = lazy(() => loadReport().then((m) => ({ default: m.ReportStep })));
const SettingsStep = lazy(() => loadSettings().then((m) => ({ default: m.SettingsStep })));

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    display: "flex",
    flexDirection: "column",
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    // A safety net only (every step is laid out for 320 px): clip, never a scroll container.
    overflowX: "clip",
  },
  banner: { margin: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}` },
  message: { marginBottom: tokens.spacingVerticalM },
  tablist: { flexWrap: "wrap", rowGap: 0 },
  tab: {
    minWidth: 0,
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
  },
  tabs: {
    padding: `0 ${tokens.spacingHorizontalXS}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  main: {
    flexGrow: 1,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalXXL}`,
    minWidth: 0,
  },
});

const tabId = (step: StepId) => `wsp-tab-${step}`;
const PANEL_ID = "wsp-step-panel";

/** The ribbon's stored failure, explained as the pane explains its own (advice by Office's code). */
function lastErrorInfo(t: Strings, error: LastError): ErrorInfo {
  const at = error.at ? stampText(toLocalStamp(error.at)) : "";
  // A record stored by an older version kept our error's name under `code`.
  const legacyName = error.name === undefined && OWN_ERRORS.has(error.code ?? "");
  const info = describeError(
    {
      name: legacyName ? error.code : error.name,
      code: legacyName ? undefined : error.code,
      message: error.message,
      debugInfo: error.debugInfo,
    },
    t,
    "report",
  );
  // describeError shows our own errors' Dutch message, Office's (English) only in the details.
  return { ...info, title: t.lastErrorTitle(error.action, at) };
}

/** ISO time -> local "jjjj-mm-ddThh:mm". */
function toLocalStamp(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** The pane: the four steps of the monthly flow as tabs. All state lives in the hooks. */
export default function App() {
  const styles = useStyles();
  const store = usePaneStore();
  const { t, step, setStep } = store;
  const settings = useSettings();
  const sources = useSources(settings.effective, settings.status !== "loading", settings.setSheetOverride);
  const mapping = useColumnMapping(sources.mapColumns);
  const checks = useChecks(settings.effective, settings.peildatum);
  const { dirty, problems, save } = settings;
  const keepSettings = useCallback(
    async () => (dirty && problems.length === 0 ? save() : true),
    [dirty, problems, save],
  );
  const { lastError, dismissLastError } = settings;
  // A report made here makes the ribbon's earlier failure old news: its message goes.
  const afterMake = useCallback(() => {
    if (lastError) void dismissLastError();
  }, [lastError, dismissLastError]);
  const report = useReport(settings.effective, settings.peildatum, keepSettings, afterMake);
  usePerformanceMarks(sources.status === "ready");
  useEffect(() => {
    void Promise.all([loadEngine(), loadChecks(), loadReport(), loadSettings()]);
  }, []);

  const peildatum = Number.isFinite(settings.peildatum) ? displayDate(settings.peildatum) : "–";
  return (
    <div className={styles.root}>
      <Header title={t.appTitle} logo="assets/logo-filled.png">
        {store.preview && (
          <MessageBar intent="info" layout="multiline" className={styles.banner} data-testid="preview-banner">
            <MessageBarBody>
              <MessageBarTitle>{t.previewBanner}</MessageBarTitle>
              {t.previewBannerDetail}
            </MessageBarBody>
          </MessageBar>
        )}
      </Header>
      <nav aria-label={t.stepsLabel} className={styles.tabs}>
        <TabList
          className={styles.tablist}
          selectedValue={step}
          onTabSelect={(_, data) => setStep(data.value as StepId)}
          size="small"
        >
          {STEP_IDS.map((id) => (
            <Tab
              key={id}
              id={tabId(id)}
              className={styles.tab}
              value={id}
              aria-controls={id === step ? PANEL_ID : undefined}
            >
              {t.tabs[id]}
            </Tab>
          ))}
        </TabList>
      </nav>
      <main className={styles.main}>
        {settings.lastError && (
          <div className={styles.message}>
            <ErrorMessage
              error={undefined}
              info={lastErrorInfo(t, settings.lastError)}
              onDismiss={() => void settings.dismissLastError()}
            />
          </div>
        )}
        {settings.status === "failed" && settings.error !== undefined && step !== "instellingen" && (
          <div className={styles.message}>
            <ErrorMessage error={settings.error} onDismiss={settings.dismissError} />
          </div>
        )}
        <div role="tabpanel" id={PANEL_ID} aria-labelledby={tabId(step)}>
          <Suspense fallback={<Spinner size="small" label={t.loading} />}>
            {step === "bronnen" && <SourcesStep sources={sources} mapping={mapping} />}
            {step === "controle" && (
              <ChecksStep
                checks={checks}
                peildatum={peildatum}
                disabled={!Number.isFinite(settings.peildatum)}
              />
            )}
            {step === "rapport" && (
              <ReportStep
                report={report}
                settings={settings}
                problems={sources.problems}
                onGoToSources={() => setStep("bronnen")}
              />
            )}
            {step === "instellingen" && (
              <SettingsStep settings={settings} sectors={checks.result?.report.figures.sectoren} />
            )}
          </Suspense>
        </div>
      </main>
      <LiveRegion message={store.status} />
    </div>
  );
}
