import {
  Body1,
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Radio,
  RadioGroup,
  Subtitle1,
  Subtitle2,
} from "@fluentui/react-components";
import { DocumentTableRegular, HistoryRegular, PlayRegular } from "@fluentui/react-icons";
import { useId } from "react";
import type { SourceProblem } from "../../domain/analyse";
import { isoDate } from "../../domain/dates";
import { displayDate } from "../display";
import { type PeildatumMode, resolvePeildatum } from "../../excel/settings";
import type { ReportState } from "../hooks/useReport";
import { useLocale } from "../hooks/useLocale";
import type { SettingsState } from "../hooks/useSettings";
import { usePaneStore } from "../store";
import { DateField } from "./DateField";
import { ErrorMessage } from "./ErrorMessage";
import { ThresholdsSection } from "./ThresholdFields";
import { useStepStyles } from "./styles";

export interface ReportStepProps {
  report: ReportState;
  settings: SettingsState;
  problems: SourceProblem[];
  onGoToSources(): void;
}

/** Rapport: peildatum, thresholds, make the report with progress, links to its sheets, maandstand. */
export function ReportStep({ report, settings, problems, onGoToSources }: ReportStepProps) {
  const styles = useStepStyles();
  const { t, fmt } = useLocale();
  const { now } = usePaneStore();
  const headingId = useId();
  const maandstandId = useId();
  const running = report.status === "running";
  const today = now();
  const mode = settings.draft.peildatum.mode;
  const setMode = (next: PeildatumMode) =>
    settings.update({
      peildatum:
        next === "vast"
          ? {
              mode: next,
              datum: settings.draft.peildatum.datum ?? isoDate(resolvePeildatum({ mode }, today)),
            }
          : { mode: next },
    });
  const fixed = settings.draft.peildatum.datum ?? "";
  const peildatumOk = Number.isFinite(settings.peildatum);
  const thresholdsError = settings.problems.find((p) => p.kind === "thresholds")?.message;
  const result = report.result;
  // After a report that failed on these very problems, the error says it all: no warning beside it.
  const failedOnProblems = (report.error as { name?: unknown } | undefined)?.name === "MissingSourcesError";
  return (
    <section className={styles.step} aria-labelledby={headingId}>
      <Subtitle1 as="h2" id={headingId} className={styles.heading}>
        {t.reportHeading}
      </Subtitle1>

      <Field label={t.peildatum} hint={t.peildatumHint}>
        <RadioGroup value={mode} onChange={(_, data) => setMode(data.value as PeildatumMode)}>
          <Radio
            value="vandaag"
            label={t.modeToday(displayDate(resolvePeildatum({ mode: "vandaag" }, today)))}
          />
          <Radio
            value="eindeVorigeMaand"
            label={t.modeEndOfMonth(displayDate(resolvePeildatum({ mode: "eindeVorigeMaand" }, today)))}
          />
          <Radio value="vast" label={t.modeFixed} />
        </RadioGroup>
      </Field>
      {mode === "vast" && (
        <DateField
          label={t.fixedDate}
          value={fixed}
          onChange={(datum) => settings.update({ peildatum: { mode: "vast", datum } })}
          invalidMessage={peildatumOk ? undefined : t.peildatumInvalid}
        />
      )}

      <ThresholdsSection
        thresholds={settings.draft.thresholds}
        onChange={(thresholds) => settings.update({ thresholds })}
        error={thresholdsError}
      />

      {problems.length > 0 && !failedOnProblems && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.problemsBlock}</MessageBarTitle>
            {problems.map((p) => (
              <div key={`${p.source}-${p.sheet?.name ?? ""}`}>{p.message}</div>
            ))}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={onGoToSources}>
              {t.goToSources}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}

      <div className={styles.buttons}>
        <Button
          appearance="primary"
          icon={<PlayRegular />}
          disabled={running || !peildatumOk || thresholdsError !== undefined}
          onClick={() => void report.make()}
        >
          {t.makeReport}
        </Button>
      </div>
      {running && report.progress && (
        <Field
          label={`${t.stepOf(report.progress.number, t.steps[report.progress.step])}${
            report.progress.detail
              ? ` (${t.sheetsProgress(report.progress.detail.done, report.progress.detail.total)})`
              : ""
          }`}
          validationState="none"
        >
          <ProgressBar
            value={report.progress.value}
            max={1}
            thickness="large"
            data-testid="report-progress"
          />
        </Field>
      )}
      {report.error !== undefined && (
        <ErrorMessage
          error={report.error}
          context={report.errorContext}
          onDismiss={report.dismissError}
          action={failedOnProblems ? { label: t.goToSources, onClick: onGoToSources } : undefined}
        />
      )}
      {result && report.status === "done" && (
        <>
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              {t.reportDone(displayDate(result.report.options.peildatum), result.write.sheets.length)}
            </MessageBarBody>
          </MessageBar>
          <nav aria-label={t.reportSheets}>
            <ul className={styles.list}>
              {result.write.sheets.map((s) => (
                <li key={s.role}>
                  <Button
                    className={styles.full}
                    icon={<DocumentTableRegular />}
                    aria-label={t.openSheet(s.name)}
                    onClick={() => void report.openSheet(s.name)}
                  >
                    <span className={styles.truncate}>{s.name}</span>
                  </Button>
                </li>
              ))}
            </ul>
          </nav>
          {result.write.omitted.length > 0 && (
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>{t.omitted(result.write.omitted.join("; "))}</MessageBarBody>
            </MessageBar>
          )}
          {result.write.cappedFindings ? (
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>{t.capped(fmt.number(result.write.cappedFindings))}</MessageBarBody>
            </MessageBar>
          ) : null}
        </>
      )}

      <section className={styles.section} aria-labelledby={maandstandId}>
        <Subtitle2 as="h3" id={maandstandId} className={styles.subheading}>
          {t.maandstandHeading}
        </Subtitle2>
        <Body1 as="p" className={styles.text}>
          {t.maandstandIntro}
        </Body1>
        <div className={styles.buttons}>
          <Button
            icon={<HistoryRegular />}
            disabled={!result || report.status !== "done" || report.recording}
            onClick={() => void report.record()}
          >
            {report.recording ? t.recording : t.recordMaandstand}
          </Button>
        </div>
        {!result && <Caption1>{t.maandstandNeedsReport}</Caption1>}
        {report.recorded && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              {t.recorded(
                report.recorded.peildatum,
                report.recorded.rows,
                report.recorded.sheet,
                report.recorded.created,
              )}
            </MessageBarBody>
          </MessageBar>
        )}
      </section>

      <Dialog
        open={report.confirming}
        onOpenChange={(_, data) => {
          if (!data.open) report.cancelRecord();
        }}
      >
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t.alreadyRecordedTitle}</DialogTitle>
            <DialogContent>
              {result && report.alreadyRecorded
                ? t.alreadyRecorded(displayDate(result.report.options.peildatum), report.alreadyRecorded)
                : ""}
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => void report.confirmRecord()}>
                {t.recordAnyway}
              </Button>
              <Button onClick={report.cancelRecord}>{t.cancel}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
