import { Caption1, Field, Subtitle2, Textarea } from "@fluentui/react-components";
import { useId } from "react";
import { useLocale } from "../hooks/useLocale";
import { useStepStyles } from "./styles";

export interface GovernmentSectorsProps {
  /** One sector per line, as typed. */
  value: string;
  onChange(value: string): void;
}

/**
 * The sectors whose banen count as government (a local definition of DOMAIN.md), one per line: sector
 * names hold commas ("Transport, logistiek, groothandel"), so a list separated by commas would not do.
 */
export function GovernmentSectors({ value, onChange }: GovernmentSectorsProps) {
  const styles = useStepStyles();
  const { t } = useLocale();
  const headingId = useId();
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId} className={styles.subheading}>
        {t.overheidHeading}
      </Subtitle2>
      <Field label={t.overheidLabel}>
        <Textarea value={value} resize="vertical" rows={3} onChange={(_, data) => onChange(data.value)} />
      </Field>
      <Caption1>{t.overheidHint}</Caption1>
    </section>
  );
}
