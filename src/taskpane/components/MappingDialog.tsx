import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Dropdown,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Option,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import type { MappingColumn, MappingState } from "../hooks/useColumnMapping";
import { useLocale } from "../hooks/useLocale";

const useStyles = makeStyles({
  content: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, margin: 0 },
  heading: { margin: 0 },
  dropdown: { width: "100%", minWidth: 0 },
});

const NONE = "";

/** Map the columns the engine did not recognise to the sheet's own headers. */
export function MappingDialog({ mapping }: { mapping: MappingState }) {
  const styles = useStyles();
  const { t } = useLocale();
  // A header chosen for more than one column: each of them says so (the save button waits for it).
  const chosenTwice = new Set(
    Object.values(mapping.choices).filter((h, i, all) => h !== NONE && all.indexOf(h) !== i),
  );
  const column = (c: MappingColumn) => {
    const chosen = mapping.choices[c.key] ?? NONE;
    const twice = chosenTwice.has(chosen);
    return (
      <Field
        key={c.key}
        label={c.label}
        required={c.required}
        hint={c.closest ? t.missingColumn(c.label, c.closest) : undefined}
        validationState={twice ? "error" : "none"}
        validationMessage={twice ? t.mappingChosenTwice(chosen) : undefined}
      >
        <Dropdown
          className={styles.dropdown}
          value={chosen || t.notMapped}
          selectedOptions={[chosen]}
          onOptionSelect={(_, data) => mapping.choose(c.key, data.optionValue ?? NONE)}
        >
          <Option value={NONE}>{t.notMapped}</Option>
          {mapping.headers.map((h) => (
            <Option key={h} value={h}>
              {h}
            </Option>
          ))}
        </Dropdown>
      </Field>
    );
  };
  const required = mapping.columns.filter((c) => c.required);
  const optional = mapping.columns.filter((c) => !c.required);
  return (
    <Dialog
      open={mapping.sheet !== undefined}
      onOpenChange={(_, data) => {
        if (!data.open) mapping.close();
      }}
    >
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>{mapping.sheet ? t.mappingTitle(mapping.sheet) : ""}</DialogTitle>
          <DialogContent className={styles.content}>
            <Body1 as="p" className={styles.heading}>
              {mapping.type ? t.mappingIntro(mapping.type) : ""}
            </Body1>
            {mapping.partnersMissing && (
              <MessageBar intent="info" layout="multiline">
                <MessageBarBody>{t.mappingPartners}</MessageBarBody>
              </MessageBar>
            )}
            {required.length > 0 && (
              <section className={styles.group}>
                <Subtitle2 as="h3" className={styles.heading}>
                  {t.mappingRequired}
                </Subtitle2>
                {required.map(column)}
              </section>
            )}
            {optional.length > 0 && (
              <section className={styles.group}>
                <Subtitle2 as="h3" className={styles.heading}>
                  {t.mappingOptional}
                </Subtitle2>
                {optional.map(column)}
              </section>
            )}
            {!mapping.complete && required.length > 0 && chosenTwice.size === 0 && (
              <Body1 as="p">{t.mappingIncomplete}</Body1>
            )}
          </DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              disabled={!mapping.complete || mapping.saving || required.length === 0}
              onClick={() => void mapping.save()}
            >
              {t.mappingSave}
            </Button>
            <DialogTrigger disableButtonEnhancement>
              <Button>{t.cancel}</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
