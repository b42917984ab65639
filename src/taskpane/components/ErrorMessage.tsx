import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { useId } from "react";
import { describeError, type ErrorContext, type ErrorInfo } from "../errors";
import { useLocale } from "../hooks/useLocale";
import { useToggle } from "../hooks/useToggle";

const useStyles = makeStyles({
  text: { margin: `${tokens.spacingVerticalXS} 0 0` },
  details: {
    margin: `${tokens.spacingVerticalS} 0 0`,
    padding: tokens.spacingHorizontalS,
    maxHeight: "200px",
    overflow: "auto",
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
  },
});

export interface ErrorMessageProps {
  error: unknown;
  context?: ErrorContext;
  onDismiss?: () => void;
  onRetry?: () => void;
  /** A ready description (the ribbon's stored error) instead of an error object. */
  info?: ErrorInfo;
  /** A way out beside Details, e.g. "Naar Bronnen". */
  action?: { label: string; onClick(): void };
}

/** A failure: what happened and what to do, with Office's details behind a toggle. */
export function ErrorMessage({ error, context, onDismiss, onRetry, info, action }: ErrorMessageProps) {
  const styles = useStyles();
  const { t } = useLocale();
  const [open, toggle] = useToggle();
  const id = useId();
  const described = info ?? describeError(error, t, context);
  const { details } = described;
  const lines = [
    details.name && `${t.detailName}: ${details.name}`,
    details.code && `${t.detailCode}: ${details.code}`,
    details.message && `${t.detailMessage}: ${details.message}`,
    details.debugInfo && `${t.detailDebug}:\n${details.debugInfo}`,
  ].filter(Boolean);
  return (
    <MessageBar intent="error" layout="multiline" politeness="assertive">
      <MessageBarBody>
        <MessageBarTitle>{described.title}</MessageBarTitle>
        {described.message && <p className={styles.text}>{described.message}</p>}
        <p className={styles.text}>{described.action}</p>
        {open && (
          <pre id={id} className={styles.details} tabIndex={0} aria-label={t.details}>
            {lines.join("\n")}
          </pre>
        )}
      </MessageBarBody>
      <MessageBarActions containerAction={onDismiss && <DismissButton onClick={onDismiss} />}>
        {lines.length > 0 && (
          <Button size="small" aria-expanded={open} aria-controls={open ? id : undefined} onClick={toggle}>
            {open ? t.hideDetails : t.details}
          </Button>
        )}
        {onRetry && (
          <Button size="small" onClick={onRetry}>
            {t.retry}
          </Button>
        )}
        {action && (
          <Button size="small" onClick={action.onClick}>
            {action.label}
          </Button>
        )}
      </MessageBarActions>
    </MessageBar>
  );
}

/** The close button of a dismissable message bar. */
export function DismissButton({ onClick }: { onClick(): void }) {
  const { t } = useLocale();
  return (
    <Button appearance="transparent" aria-label={t.dismiss} icon={<DismissRegular />} onClick={onClick} />
  );
}
