import { Body1, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import Header from "./Header";

export interface AppProps {
  /** False in a plain browser: office.js loaded (or not) without an Excel host. */
  inExcel: boolean;
}

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  main: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
  note: {
    color: tokens.colorNeutralForeground3,
  },
});

export default function App({ inExcel }: AppProps) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Header title="WSP Monitor" logo="assets/logo-filled.png" />
      <main className={styles.main}>
        <Body1 as="p">
          De taakvenster-stappen zijn in opbouw. Gebruik voorlopig de rapportage via de opdrachtregel.
        </Body1>
        {!inExcel && (
          <Caption1 as="p" className={styles.note}>
            Geopend buiten Excel: de werkboekfuncties zijn hier niet beschikbaar.
          </Caption1>
        )}
      </main>
    </div>
  );
}
