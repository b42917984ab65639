/** Mounting the pane: Fluent's theme, the error boundary, the app store. Shared by the pane and the preview. */
import { FluentProvider } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { createRoot, type Root } from "react-dom/client";
import App from "./components/App";
import { ErrorBoundary } from "./components/ErrorBoundary";
import type { Locale } from "./i18n";
import { type PaneEnvironment, PaneProvider } from "./store";
import { fluentTheme, type ThemeName } from "./theme";

export interface PaneProps extends PaneEnvironment {
  theme: ThemeName;
}

export function Themed({
  theme,
  locale,
  children,
}: {
  theme: ThemeName;
  locale: Locale;
  children: ReactNode;
}) {
  return (
    <FluentProvider theme={fluentTheme(theme)} lang={locale === "en" ? "en" : "nl"}>
      {children}
    </FluentProvider>
  );
}

/** The whole pane for a host. */
export function Pane({ theme, ...env }: PaneProps) {
  return (
    <Themed theme={theme} locale={env.locale}>
      <ErrorBoundary locale={env.locale}>
        <PaneProvider env={env}>
          <App />
        </PaneProvider>
      </ErrorBoundary>
    </Themed>
  );
}

/** The root of the page (#container), with the document's language set. */
export function paneRoot(locale: Locale): Root {
  document.documentElement.lang = locale === "en" ? "en" : "nl";
  const container =
    document.getElementById("container") ?? document.body.appendChild(document.createElement("div"));
  return createRoot(container);
}
