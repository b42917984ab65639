import { Caption1, Field, makeStyles, SpinButton, Subtitle2, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { Thresholds } from "../../domain/context";
import { useLocale } from "../hooks/useLocale";
import { useStepStyles } from "./styles";

const useStyles = makeStyles({
  row: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 8rem), 1fr))",
    gap: tokens.spacingHorizontalM,
    // A field with an error message grows; the other keeps its place at the top.
    alignItems: "start",
  },
  spin: { width: "100%", minWidth: 0, boxSizing: "border-box" },
  input: { minWidth: 0, width: "100%" },
  field: { minWidth: 0 },
});

/** "0,95" or "0.95" -> 0.95 (two decimals); undefined when it is no number. */
export function parseRatio(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const n = Number(text.trim().replace(",", "."));
  return Number.isFinite(n) ? Math.round(n * 100) / 100 : undefined;
}

export interface ThresholdFieldsProps {
  thresholds: Thresholds;
  onChange(thresholds: Thresholds): void;
  /** Validation message when aandacht is above op koers. */
  error?: string;
}

/** The status thresholds as two spin buttons (realisatie / pro rata). */
export function ThresholdFields({ thresholds, onChange, error }: ThresholdFieldsProps) {
  const styles = useStyles();
  const { t, fmt } = useLocale();
  const field = (key: keyof Thresholds, label: string) => (
    <Field
      className={styles.field}
      label={label}
      validationState={error && key === "aandacht" ? "error" : "none"}
      validationMessage={key === "aandacht" ? error : undefined}
    >
      <SpinButton
        className={styles.spin}
        input={{ className: styles.input }}
        value={thresholds[key]}
        displayValue={fmt.decimal(thresholds[key])}
        min={0}
        max={5}
        step={0.01}
        precision={2}
        onChange={(_, data) => {
          const value = data.value ?? parseRatio(data.displayValue);
          if (value !== undefined && value !== null)
            onChange({ ...thresholds, [key]: Math.max(0, Math.min(5, value)) });
        }}
      />
    </Field>
  );
  return (
    <div className={styles.row}>
      {field("opKoers", t.opKoers)}
      {field("aandacht", t.aandacht)}
    </div>
  );
}

/** The thresholds as a section of a step (Rapport and Instellingen): heading, the two fields, the hint. */
export function ThresholdsSection(props: ThresholdFieldsProps) {
  const styles = useStepStyles();
  const { t } = useLocale();
  const headingId = useId();
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId} className={styles.subheading}>
        {t.thresholdsHeading}
      </Subtitle2>
      <ThresholdFields {...props} />
      <Caption1>{t.thresholdsHint}</Caption1>
    </section>
  );
}
