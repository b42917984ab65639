import {
  Accordion,
  Body1,
  Button,
  Dropdown,
  Field,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Option,
  Spinner,
  Subtitle1,
  tokens,
} from "@fluentui/react-components";
import { PlayRegular } from "@fluentui/react-icons";
import { useId } from "react";
import { ALL, type ChecksState, type Filters, NO_PARTNER, SEVERITIES } from "../hooks/useChecks";
import { useLocale } from "../hooks/useLocale";
import { DismissButton, ErrorMessage } from "./ErrorMessage";
import { FindingItem } from "./FindingItem";
import { RuleItem } from "./RuleItem";
import { useStepStyles } from "./styles";

const useStyles = makeStyles({
  filters: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(7.5rem, 1fr))",
    gap: tokens.spacingHorizontalS,
    border: 0,
    margin: 0,
    padding: 0,
    minWidth: 0,
  },
  dropdown: { minWidth: 0, width: "100%" },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS, fontWeight: tokens.fontWeightSemibold },
});

export interface ChecksStepProps {
  checks: ChecksState;
  peildatum: string;
  /** No valid peildatum (a fixed date left empty under Rapport): the checks cannot run. */
  disabled: boolean;
}

/** Controle: the rules, their counts, filters and findings. */
export function ChecksStep({ checks, peildatum, disabled }: ChecksStepProps) {
  const styles = useStepStyles();
  const own = useStyles();
  const { t, fmt } = useLocale();
  const headingId = useId();
  const running = checks.status === "running";
  const filtered = checks.filters.partner !== ALL || checks.filters.severity !== ALL;
  const ruleOptions = checks.groups.length > 0 || checks.filters.rule !== ALL;
  const filter = <K extends keyof Filters>(
    key: K,
    label: string,
    value: string,
    options: [string, string][],
  ) => (
    <Field label={label} size="small">
      <Dropdown
        size="small"
        className={own.dropdown}
        value={options.find(([v]) => v === value)?.[1] ?? ""}
        selectedOptions={[value]}
        onOptionSelect={(_, data) => checks.setFilter({ [key]: data.optionValue ?? ALL } as Partial<Filters>)}
      >
        {options.map(([v, text]) => (
          <Option key={v} value={v}>
            {text}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
  const result = checks.result;
  return (
    <section className={styles.step} aria-labelledby={headingId}>
      <Subtitle1 as="h2" id={headingId} className={styles.heading}>
        {t.checksHeading}
      </Subtitle1>
      <Body1 as="p" className={styles.text}>
        {t.checksIntro(peildatum)}
      </Body1>
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          icon={<PlayRegular />}
          disabled={running || disabled}
          onClick={() => void checks.run()}
        >
          {result ? t.rerunChecks : t.runChecks}
        </Button>
      </div>
      {disabled && !running && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t.checksNeedPeildatum}</MessageBarBody>
        </MessageBar>
      )}
      {running && (
        <Spinner
          size="tiny"
          labelPosition="after"
          label={checks.step ? `${t.checking} ${t.steps[checks.step]}` : t.checking}
        />
      )}
      {checks.error !== undefined && <ErrorMessage error={checks.error} onDismiss={checks.dismissError} />}
      {checks.notice && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{checks.notice}</MessageBarBody>
          <MessageBarActions containerAction={<DismissButton onClick={checks.dismissError} />} />
        </MessageBar>
      )}
      {checks.stale && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t.checksStale}</MessageBarBody>
        </MessageBar>
      )}
      {result && (
        <>
          <Body1 as="p" className={styles.text} data-testid="checks-summary">
            {t.checksSummary(
              fmt.number(checks.totals.all),
              fmt.number(checks.totals.fout),
              fmt.number(checks.totals.waarschuwing),
              fmt.number(checks.totals.info),
            )}
            {filtered || checks.filters.rule !== ALL
              ? ` (${t.filteredCount(fmt.number(checks.totals.filtered), fmt.number(checks.totals.all))})`
              : ""}
          </Body1>
          <fieldset className={own.filters}>
            <legend className={own.legend}>{t.filtersLabel}</legend>
            {filter("partner", t.filterPartner, checks.filters.partner, [
              [ALL, t.allPartners],
              ...checks.partners.map((p): [string, string] => [p, p === NO_PARTNER ? t.noPartner : p]),
            ])}
            {filter("severity", t.filterSeverity, checks.filters.severity, [
              [ALL, t.allSeverities],
              ...SEVERITIES.map((s): [string, string] => [s, s]),
            ])}
            {ruleOptions &&
              filter("rule", t.filterRule, checks.filters.rule, [
                [ALL, t.allRules],
                ...result.report.rules.map((r): [string, string] => [
                  r.rule.id,
                  `${r.rule.id} ${r.rule.name}`,
                ]),
                ...(result.report.readFindings.length > 0
                  ? [["L01", `L01 ${t.readIssues}`] as [string, string]]
                  : []),
              ])}
          </fieldset>
          {checks.groups.length === 0 ? (
            <Body1 as="p" className={styles.text}>
              {t.noFindingsForFilter}
            </Body1>
          ) : (
            <Accordion
              multiple
              collapsible
              openItems={checks.open}
              onToggle={(_, data) => checks.setOpen(data.openItems as string[])}
            >
              {checks.groups.map((group) => (
                <RuleItem
                  key={group.id}
                  group={group}
                  filtered={filtered}
                  onShowMore={() => checks.showMore(group.id)}
                  renderFinding={(f, i) => (
                    <FindingItem key={`${f.rule}-${f.row}-${i}`} finding={f} onSelect={checks.select} />
                  )}
                />
              ))}
            </Accordion>
          )}
        </>
      )}
    </section>
  );
}
