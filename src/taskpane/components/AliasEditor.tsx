import {
  Button,
  Caption1,
  Dropdown,
  Field,
  Input,
  makeStyles,
  Option,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { AddRegular, DeleteRegular } from "@fluentui/react-icons";
import { useId } from "react";
import type { AliasKind, AliasRow, DraftProblem } from "../hooks/useSettings";
import { useLocale } from "../hooks/useLocale";
import { useStepStyles } from "./styles";

const useStyles = makeStyles({
  item: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  problem: { color: tokens.colorPaletteRedForeground1 },
  row: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr) auto",
    alignItems: "end",
    columnGap: tokens.spacingHorizontalS,
  },
  input: { width: "100%", minWidth: 0 },
});

export interface AliasEditorProps {
  kind: AliasKind;
  title: string;
  hint: string;
  rows: AliasRow[];
  problems: DraftProblem[];
  /** Fixed choices for the target (partners); free text otherwise. */
  targets?: string[];
  onChange(rows: AliasRow[]): void;
}

/** A list of alias -> name pairs the team can add to and remove from. */
export function AliasEditor({ kind, title, hint, rows, problems, targets, onChange }: AliasEditorProps) {
  const styles = useStepStyles();
  const own = useStyles();
  const { t } = useLocale();
  const headingId = useId();
  const targetLabel = t.aliasTarget[kind];
  const set = (index: number, patch: Partial<AliasRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId} className={styles.subheading}>
        {title}
      </Subtitle2>
      <Caption1>{hint}</Caption1>
      {rows.length === 0 && <Caption1>{t.noAliases}</Caption1>}
      {rows.length > 0 && (
        <ul className={styles.list} aria-labelledby={headingId}>
          {rows.map((row, index) => {
            const problem = problems.find((p) => p.index === index)?.message;
            const options =
              targets && row.target && !targets.includes(row.target) ? [...targets, row.target] : targets;
            return (
              <li key={index} className={own.item}>
                <div className={own.row}>
                  <Field label={t.alias} size="small" validationState={problem ? "error" : "none"}>
                    <Input
                      size="small"
                      className={own.input}
                      value={row.alias}
                      aria-describedby={problem ? `${headingId}-problem-${index}` : undefined}
                      onChange={(_, data) => set(index, { alias: data.value })}
                    />
                  </Field>
                  <Field label={targetLabel} size="small">
                    {options ? (
                      <Dropdown
                        size="small"
                        className={own.input}
                        value={row.target}
                        placeholder={t.chooseTarget}
                        selectedOptions={row.target ? [row.target] : []}
                        onOptionSelect={(_, data) => set(index, { target: data.optionValue ?? "" })}
                      >
                        {options.map((o) => (
                          <Option key={o} value={o}>
                            {o}
                          </Option>
                        ))}
                      </Dropdown>
                    ) : (
                      <Input
                        size="small"
                        className={own.input}
                        value={row.target}
                        onChange={(_, data) => set(index, { target: data.value })}
                      />
                    )}
                  </Field>
                  <Button
                    size="small"
                    appearance="subtle"
                    icon={<DeleteRegular />}
                    aria-label={t.removeAlias(row.alias)}
                    title={t.removeAlias(row.alias)}
                    onClick={() => onChange(rows.filter((_, i) => i !== index))}
                  />
                </div>
                {problem && (
                  <Caption1 id={`${headingId}-problem-${index}`} className={own.problem}>
                    {problem}
                  </Caption1>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <div>
        <Button
          size="small"
          icon={<AddRegular />}
          // A new row starts wholly empty, so it is no mistake until the user fills half of it.
          onClick={() => onChange([...rows, { alias: "", target: "" }])}
        >
          {t.addAlias(targetLabel)}
        </Button>
      </div>
    </section>
  );
}
