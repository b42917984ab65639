import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle1,
  Subtitle2,
} from "@fluentui/react-components";
import { ArrowSyncRegular, ArrowUploadRegular } from "@fluentui/react-icons";
import { useId, useRef } from "react";
import { SOURCE_TYPES } from "../../domain/sources/catalog";
import { PREFERRED_NAMES } from "../../excel/registry";
import type { MappingState } from "../hooks/useColumnMapping";
import { useLocale } from "../hooks/useLocale";
import type { SourcesState } from "../hooks/useSources";
import { DismissButton, ErrorMessage } from "./ErrorMessage";
import { MappingDialog } from "./MappingDialog";
import { SourceCard } from "./SourceCard";
import { useStepStyles } from "./styles";

export interface SourcesStepProps {
  sources: SourcesState;
  mapping: MappingState;
}

/** Bronnen: which sheet is which source, change it, map columns, import an export. */
export function SourcesStep({ sources, mapping }: SourcesStepProps) {
  const styles = useStepStyles();
  const { t, fmt } = useLocale();
  const headingId = useId();
  const importId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const loading = sources.status === "loading";
  const own = sources.read?.ownSheets.map((s) => s.name || PREFERRED_NAMES[s.role]) ?? [];
  return (
    <section className={styles.step} aria-labelledby={headingId}>
      <div className={styles.headingRow}>
        <Subtitle1 as="h2" id={headingId} className={styles.heading}>
          {t.sourcesHeading}
        </Subtitle1>
        <Button
          appearance="subtle"
          icon={<ArrowSyncRegular />}
          aria-label={t.refreshLabel}
          title={t.refreshLabel}
          disabled={loading || sources.busy}
          onClick={() => void sources.refresh()}
        />
      </div>
      <Body1 as="p" className={styles.text}>
        {t.sourcesIntro}
      </Body1>
      {sources.error !== undefined && sources.errorContext !== "import" && (
        <ErrorMessage
          error={sources.error}
          context={sources.errorContext}
          onDismiss={sources.dismissError}
          onRetry={sources.status === "failed" ? () => void sources.refresh() : undefined}
        />
      )}
      {loading && <Spinner size="tiny" labelPosition="after" label={t.readingWorkbook} />}
      {sources.status === "ready" && (
        <Body1 as="p" className={styles.text} data-testid="sources-summary">
          {t.sourcesSummary(sources.found, SOURCE_TYPES.length, sources.rows.length)}
        </Body1>
      )}
      {sources.status === "ready" &&
        sources.problems.map((p) => (
          <MessageBar key={`${p.source}-${p.sheet?.name ?? ""}`} intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t.missingSourcesTitle}</MessageBarTitle>
              {p.message}
            </MessageBarBody>
          </MessageBar>
        ))}
      <ul className={styles.list} aria-label={t.sourcesHeading} aria-busy={loading}>
        {sources.rows.map((row) => (
          <SourceCard
            key={row.name}
            row={row}
            disabled={loading || sources.busy}
            onChoose={(choice) => void sources.choose(row.name, choice)}
            onMap={() => mapping.open(row)}
          />
        ))}
      </ul>
      {own.length > 0 && <Caption1>{t.ownSheets(own.join(", "))}</Caption1>}
      {(sources.read?.emptySheets.length ?? 0) > 0 && (
        <Caption1>{t.emptySheets(sources.read?.emptySheets.join(", ") ?? "")}</Caption1>
      )}

      <section className={styles.section} aria-labelledby={importId}>
        <Subtitle2 as="h3" id={importId} className={styles.subheading}>
          {t.importHeading}
        </Subtitle2>
        <Body1 as="p" className={styles.text}>
          {t.importIntro}
        </Body1>
        <input
          ref={fileInput}
          type="file"
          accept=".csv,.txt,.xlsx,.xlsm"
          multiple
          hidden
          aria-label={t.importInputLabel}
          data-testid="import-input"
          onChange={(event) => {
            const files = Array.from(event.currentTarget.files ?? []);
            event.currentTarget.value = "";
            if (files.length > 0) void sources.importFiles(files);
          }}
        />
        <div>
          <Button
            icon={<ArrowUploadRegular />}
            disabled={sources.importing !== undefined || loading}
            onClick={() => fileInput.current?.click()}
          >
            {t.importButton}
          </Button>
        </div>
        {sources.importing && (
          <Spinner size="tiny" labelPosition="after" label={t.importing(sources.importing)} />
        )}
        {/* A failed import is told where the user chose the file, not at the top of a long step. */}
        {sources.error !== undefined && sources.errorContext === "import" && (
          <ErrorMessage error={sources.error} context="import" onDismiss={sources.dismissError} />
        )}
        {sources.imported.length > 0 && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              {sources.imported.map((i) => (
                <div key={i.sheet}>{t.imported(i.file, i.sheet, fmt.number(i.rows))}</div>
              ))}
            </MessageBarBody>
            <MessageBarActions containerAction={<DismissButton onClick={sources.dismissImported} />} />
          </MessageBar>
        )}
      </section>
      <MappingDialog mapping={mapping} />
    </section>
  );
}
