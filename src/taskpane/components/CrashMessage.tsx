import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { ErrorInfo } from "../errors";
import { STRINGS, type Locale } from "../i18n";
import { ErrorMessage } from "./ErrorMessage";
import { PaneProvider } from "../store";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
  },
});

const nobody = {
  run: () => Promise.reject(new Error("no host")),
  isSetSupported: () => false,
};

/** What the error boundary shows: the failure and a way to start again. */
export function CrashMessage({ info, locale }: { info: ErrorInfo; locale: Locale }) {
  const styles = useStyles();
  return (
    <PaneProvider env={{ host: nobody, locale }}>
      <main className={styles.root}>
        <ErrorMessage error={undefined} info={info} />
        <Button appearance="primary" onClick={() => window.location.reload()}>
          {STRINGS[locale].reload}
        </Button>
      </main>
    </PaneProvider>
  );
}
