import {
  Badge,
  type BadgeProps,
  Button,
  Caption1,
  Dropdown,
  Label,
  mergeClasses,
  Option,
  Subtitle2,
  Text,
} from "@fluentui/react-components";
import { LinkEditRegular } from "@fluentui/react-icons";
import { useId } from "react";
import { SOURCE_TYPES } from "../../domain/sources/catalog";
import { IGNORE_SHEET } from "../../excel/settings";
import type { SourceChoice } from "../hooks/useSources";
import { useLocale } from "../hooks/useLocale";
import type { SourceRow, SourceStatusKey } from "../model";
import { useStepStyles } from "./styles";

const BADGE: Record<SourceStatusKey, BadgeProps["color"]> = {
  gebruikt: "success",
  "niet herkend": "informative",
  onbruikbaar: "danger",
  dubbel: "warning",
  genegeerd: "subtle",
};

export interface SourceCardProps {
  row: SourceRow;
  disabled: boolean;
  onChoose(choice: SourceChoice): void;
  onMap(): void;
}

/** One sheet: its source (changeable), status, rows and period, and what is missing. */
export function SourceCard({ row, disabled, onChoose, onMap }: SourceCardProps) {
  const styles = useStepStyles();
  const { t, fmt, date } = useLocale();
  const headingId = useId();
  const labelId = useId();
  const choice: SourceChoice = row.override?.sourceType ?? "auto";
  const autoLabel = t.automatic(row.override?.sourceType ? undefined : row.type);
  const shown = choice === "auto" ? autoLabel : choice === IGNORE_SHEET ? t.ignoreSheet : choice;
  const report = row.report;
  const facts = [
    report && report.status === "gebruikt" ? t.rows(fmt.number(report.rows)) : undefined,
    report?.period ? t.period(date(report.period.from), date(report.period.to)) : undefined,
    report?.headerRow && report.status !== "niet herkend" ? t.headerRow(report.headerRow) : undefined,
    row.override ? t.chosenByHand : undefined,
  ].filter(Boolean);
  return (
    <li className={styles.card} data-sheet={row.name}>
      <div className={styles.headingRow}>
        <Subtitle2
          as="h3"
          id={headingId}
          className={mergeClasses(styles.subheading, styles.truncate)}
          title={row.name}
        >
          {row.name}
        </Subtitle2>
        <Badge appearance="tint" color={BADGE[row.status]} title={t.statusHelp[row.status]}>
          {t.status[row.status]}
        </Badge>
      </div>
      <Label id={labelId} size="small">
        {t.sourceLabel}
      </Label>
      <Dropdown
        aria-labelledby={`${labelId} ${headingId}`}
        className={styles.full}
        value={shown}
        selectedOptions={[choice]}
        disabled={disabled}
        onOptionSelect={(_, data) => {
          if (data.optionValue && data.optionValue !== choice) onChoose(data.optionValue as SourceChoice);
        }}
      >
        <Option value="auto">{autoLabel}</Option>
        {SOURCE_TYPES.map((type) => (
          <Option key={type} value={type}>
            {type}
          </Option>
        ))}
        <Option value={IGNORE_SHEET}>{t.ignoreSheet}</Option>
      </Dropdown>
      {facts.length > 0 && <Caption1>{facts.join(" · ")}</Caption1>}
      {row.status !== "gebruikt" && <Caption1>{t.statusHelp[row.status]}</Caption1>}
      {report?.status === "onbruikbaar" &&
        report.missing.map((m) => (
          <Text key={m.key} size={200}>
            {t.missingColumn(m.label, m.closest)}
          </Text>
        ))}
      {report?.status === "onbruikbaar" && (
        <div>
          <Button
            size="small"
            icon={<LinkEditRegular />}
            onClick={onMap}
            aria-label={t.mapColumnsFor(row.name)}
          >
            {t.mapColumns}
          </Button>
        </div>
      )}
    </li>
  );
}
