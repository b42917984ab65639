import {
  Body1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  tokens,
} from "@fluentui/react-components";
import { STRINGS, type Locale } from "../i18n";
import Header from "./Header";

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  main: {
    padding: tokens.spacingHorizontalM,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
  },
  code: { fontFamily: tokens.fontFamilyMonospace },
});

export type StartupState = "starting" | "not-in-excel" | "office-failed";

/** What the pane shows before (or instead of) the steps: never a blank pane. */
export function StartupMessage({ state, locale }: { state: StartupState; locale: Locale }) {
  const styles = useStyles();
  const t = STRINGS[locale];
  return (
    <div className={styles.root}>
      <Header title={t.appTitle} logo="assets/logo-filled.png" />
      <main className={styles.main}>
        {state === "starting" && <Spinner size="small" label={t.loading} />}
        {state !== "starting" && (
          <MessageBar intent={state === "office-failed" ? "error" : "warning"} layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>
                {state === "office-failed" ? t.officeFailedTitle : t.notInExcelTitle}
              </MessageBarTitle>
              <Body1 as="p">{state === "office-failed" ? t.officeFailedBody : t.notInExcelBody}</Body1>
            </MessageBarBody>
          </MessageBar>
        )}
      </main>
    </div>
  );
}
