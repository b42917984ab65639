import {
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  type BadgeProps,
  Button,
  Caption1,
  CounterBadge,
  makeStyles,
  Text,
  tokens,
} from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { Finding, Severity } from "../../domain/rules/types";
import type { RuleGroup } from "../hooks/useChecks";
import { useLocale } from "../hooks/useLocale";

export const SEVERITY_COLOR: Record<Severity, BadgeProps["color"]> = {
  fout: "danger",
  waarschuwing: "warning",
  info: "informative",
};

const useStyles = makeStyles({
  item: {
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  head: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    width: "100%",
    minWidth: 0,
    textAlign: "start",
  },
  id: { fontWeight: tokens.fontWeightSemibold, flexShrink: 0, minWidth: "2.6em" },
  name: {
    flexGrow: 1,
    minWidth: 0,
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: "2px",
    overflowWrap: "break-word",
  },
  badges: { display: "flex", columnGap: tokens.spacingHorizontalXS, flexShrink: 0, alignItems: "center" },
  panel: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalM,
  },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
});

export interface RuleItemProps {
  group: RuleGroup;
  filtered: boolean;
  onShowMore(): void;
  renderFinding(finding: Finding, index: number): ReactNode;
}

/** A rule in the summary: id, name, severity, count; open to see its findings. */
export function RuleItem({ group, filtered, onShowMore, renderFinding }: RuleItemProps) {
  const styles = useStyles();
  const { t, fmt } = useLocale();
  const count = group.findings.length;
  const main = group.severities[0];
  const left = count - group.visible;
  return (
    <AccordionItem value={group.id} className={styles.item} data-rule={group.id}>
      <AccordionHeader expandIconPosition="end" size="small">
        <span className={styles.head}>
          <span className={styles.id}>{group.id}</span>
          <span className={styles.name}>
            <span>{group.name}</span>
            {group.checkable ? (
              <Badge appearance="tint" size="small" color={SEVERITY_COLOR[main]}>
                {group.severities.join(" / ")}
              </Badge>
            ) : (
              <Badge appearance="outline" size="small" color="subtle">
                {t.notCheckable}
              </Badge>
            )}
          </span>
          <span className={styles.badges}>
            {group.checkable && (
              <CounterBadge
                count={count}
                showZero
                overflowCount={99999}
                size="medium"
                appearance={count > 0 ? "filled" : "ghost"}
                color={count > 0 ? (main === "fout" ? "danger" : "informative") : "informative"}
                aria-label={
                  filtered ? t.filteredCount(fmt.number(count), fmt.number(group.total)) : undefined
                }
                data-testid={`count-${group.id}`}
              />
            )}
          </span>
        </span>
      </AccordionHeader>
      <AccordionPanel className={styles.panel}>
        {!group.checkable && (
          <Text size={200}>
            {t.notCheckable}: {group.reason}
          </Text>
        )}
        {group.agreement && (
          <Caption1>
            {t.agreement}: {group.agreement}
          </Caption1>
        )}
        {group.checkable && count === 0 && <Text size={200}>{t.noFindings}</Text>}
        {count > 0 && (
          <ul className={styles.list} aria-label={t.findingsOf(group.id)}>
            {group.findings.slice(0, group.visible).map(renderFinding)}
          </ul>
        )}
        {left > 0 && (
          <div>
            <Button size="small" onClick={onShowMore}>
              {t.showMore(fmt.number(left))}
            </Button>
          </div>
        )}
      </AccordionPanel>
    </AccordionItem>
  );
}
