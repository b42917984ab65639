import { Caption1, Field, Subtitle2, Textarea } from "@fluentui/react-components";
import { useId, useMemo } from "react";
import { unmatchedSectors } from "../../domain/matching";
import { useLocale } from "../hooks/useLocale";
import { sectorLines } from "../hooks/useSettings";
import { useStepStyles } from "./styles";

export interface GovernmentSectorsProps {
  /** One sector per line, as typed. */
  value: string;
  onChange(value: string): void;
  /** The sector list of the last check, when known: names not in it are flagged. */
  sectors?: readonly string[];
  /** The team's sector aliases (alias -> sector), which the report matches too. */
  aliases: Readonly<Record<string, string>>;
}

/**
 * The sectors whose banen count as government (a local definition of DOMAIN.md), one per line: sector
 * names hold commas ("Transport, logistiek, groothandel"), so a list separated by commas would not do.
 */
export function GovernmentSectors({ value, onChange, sectors, aliases }: GovernmentSectorsProps) {
  const styles = useStepStyles();
  const { t } = useLocale();
  const headingId = useId();
  // Matched as the report matches them (key, alias, close match), so a flag here means a note there.
  const unknown = useMemo(
    () => (sectors ? unmatchedSectors(sectorLines(value), sectors, aliases) : []),
    [value, sectors, aliases],
  );
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId} className={styles.subheading}>
        {t.overheidHeading}
      </Subtitle2>
      <Field
        label={t.overheidLabel}
        validationState={unknown.length > 0 ? "warning" : "none"}
        validationMessage={unknown.length > 0 ? t.overheidUnknown(unknown) : undefined}
      >
        <Textarea value={value} resize="vertical" rows={3} onChange={(_, data) => onChange(data.value)} />
      </Field>
      <Caption1>{t.overheidHint}</Caption1>
    </section>
  );
}
