import { makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../../domain/rules/types";
import { unbreakableDates } from "../display";
import { useLocale } from "../hooks/useLocale";

const useStyles = makeStyles({
  item: { minWidth: 0, position: "relative" },
  button: {
    display: "flex",
    flexDirection: "column",
    alignItems: "stretch",
    rowGap: "2px",
    width: "100%",
    minWidth: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    textAlign: "start",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":active": { backgroundColor: tokens.colorNeutralBackground1Pressed },
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "1px",
    },
  },
  where: {
    fontWeight: tokens.fontWeightSemibold,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
  },
  message: { overflowWrap: "anywhere" },
  meta: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0, 0, 0, 0)",
    whiteSpace: "nowrap",
  },
});

/** One finding: where it is and what is wrong; activating it selects the cell in Excel. */
export function FindingItem({ finding, onSelect }: { finding: Finding; onSelect(finding: Finding): void }) {
  const styles = useStyles();
  const { t } = useLocale();
  const cell = finding.columnLetter ? `${finding.columnLetter}${finding.row}` : t.row(finding.row);
  const where = [finding.sheet, cell, finding.column].filter(Boolean).join(" · ");
  const meta = [
    finding.value ? `“${finding.value}”` : "",
    finding.record && finding.record !== finding.value ? finding.record : "",
    finding.partner ?? "",
    finding.severity,
  ]
    .filter(Boolean)
    .join(" · ");
  const content = (
    <>
      <span className={styles.where} title={where}>
        {where}
      </span>
      <span className={styles.message}>{unbreakableDates(finding.message)}</span>
      <span className={styles.meta}>{unbreakableDates(meta)}</span>
    </>
  );
  if (finding.file !== undefined) {
    return (
      <li className={styles.item}>
        <div className={styles.button}>
          {content}
          <span className={styles.meta}>{t.findingFromFile(finding.file)}</span>
        </div>
      </li>
    );
  }
  return (
    <li className={styles.item}>
      <button
        type="button"
        className={styles.button}
        data-rule={finding.rule}
        data-sheet={finding.sheet}
        data-cell={finding.columnLetter ? cell : undefined}
        data-row={finding.row}
        onClick={() => onSelect(finding)}
      >
        <span className={styles.hidden}>{t.goTo}</span>
        {content}
      </button>
    </li>
  );
}
