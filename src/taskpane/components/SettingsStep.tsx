import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Subtitle1,
  Subtitle2,
} from "@fluentui/react-components";
import { ArrowUndoRegular, DismissRegular, SaveRegular } from "@fluentui/react-icons";
import { useId, useMemo } from "react";
import { DEFAULT_PARTNERS, ONBEKEND } from "../../domain/matching";
import { IGNORE_SHEET } from "../../excel/settings";
import { useLocale } from "../hooks/useLocale";
import type { SettingsState } from "../hooks/useSettings";
import { AliasEditor } from "./AliasEditor";
import { ErrorMessage } from "./ErrorMessage";
import { GovernmentSectors } from "./GovernmentSectors";
import { ThresholdsSection } from "./ThresholdFields";
import { useStepStyles } from "./styles";

const PARTNERS = DEFAULT_PARTNERS.map((p) => p.name);

/**
 * Instellingen: thresholds, the government sectors of the banenafspraak, aliases and choices per sheet,
 * kept in the workbook for the team.
 */
export function SettingsStep({
  settings,
  sectors,
}: {
  settings: SettingsState;
  /**
   * The sector list of the last check, when the checks have run: sector aliases then choose from it, and a
   * government sector not in it is flagged.
   */
  sectors?: readonly string[];
}) {
  const styles = useStepStyles();
  const { t } = useLocale();
  const headingId = useId();
  const choicesId = useId();
  const problemsOf = (kind: string) => settings.problems.filter((p) => p.kind === kind);
  const choices = Object.entries(settings.saved.sheets);
  // The sectors of the list: Onbekend (where unmatched placements go) is none of them.
  const known = useMemo(() => sectors?.filter((s) => s !== ONBEKEND), [sectors]);
  return (
    <section className={styles.step} aria-labelledby={headingId}>
      <Subtitle1 as="h2" id={headingId} className={styles.heading}>
        {t.settingsHeading}
      </Subtitle1>
      <Body1 as="p" className={styles.text}>
        {t.settingsIntro}
      </Body1>
      {settings.error !== undefined && (
        <ErrorMessage error={settings.error} context="settings" onDismiss={settings.dismissError} />
      )}

      <ThresholdsSection
        thresholds={settings.draft.thresholds}
        onChange={(thresholds) => settings.update({ thresholds })}
        error={problemsOf("thresholds")[0]?.message}
      />

      <GovernmentSectors
        value={settings.draft.overheidSectoren}
        onChange={(overheidSectoren) => settings.update({ overheidSectoren })}
        sectors={known}
        aliases={settings.effective.sectorAliases}
      />

      {(["sector", "partner", "instrument"] as const).map((kind) => (
        <AliasEditor
          key={kind}
          kind={kind}
          title={t[`${kind}Aliases`]}
          hint={t[`${kind}AliasesHint`]}
          rows={settings.draft.aliases[kind]}
          problems={problemsOf(kind)}
          targets={kind === "partner" ? PARTNERS : kind === "sector" && known ? [...known] : undefined}
          onChange={(rows) => settings.setAliases(kind, rows)}
        />
      ))}

      <section className={styles.section} aria-labelledby={choicesId}>
        <Subtitle2 as="h3" id={choicesId} className={styles.subheading}>
          {t.sheetChoices}
        </Subtitle2>
        <Caption1>{t.sheetChoicesHint}</Caption1>
        {choices.length === 0 ? (
          <Caption1>{t.noSheetChoices}</Caption1>
        ) : (
          <ul className={styles.list} aria-labelledby={choicesId}>
            {choices.map(([sheet, choice]) => (
              <li key={sheet} className={styles.headingRow}>
                <Body1 className={styles.truncate} title={sheet}>
                  {t.sheetChoice(
                    sheet,
                    choice.sourceType === IGNORE_SHEET
                      ? t.ignoreSheet
                      : (choice.sourceType ?? t.automatic(undefined)),
                    Object.keys(choice.columnMap ?? {}).length,
                  )}
                </Body1>
                <Button
                  size="small"
                  appearance="subtle"
                  icon={<DismissRegular />}
                  aria-label={t.clearChoice(sheet)}
                  title={t.clearChoice(sheet)}
                  disabled={settings.saving}
                  onClick={() => void settings.setSheetOverride(sheet, undefined)}
                />
              </li>
            ))}
          </ul>
        )}
      </section>

      <div className={styles.section}>
        {settings.dirty && !settings.justSaved && <Caption1>{t.unsaved}</Caption1>}
        <div className={styles.buttons}>
          <Button
            appearance="primary"
            icon={<SaveRegular />}
            disabled={!settings.dirty || settings.saving || settings.problems.length > 0}
            onClick={() => void settings.save()}
          >
            {t.save}
          </Button>
          <Button
            icon={<ArrowUndoRegular />}
            disabled={!settings.dirty || settings.saving}
            onClick={settings.revert}
          >
            {t.revert}
          </Button>
        </div>
        {settings.justSaved && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>{t.saved}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </section>
  );
}
