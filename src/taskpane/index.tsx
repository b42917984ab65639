/**
 * The task pane in Excel: waits for office.js, then shows the steps on the real workbook
 * (`officeHost()`), in Office's language and theme. In a plain browser (no Excel host) it says so and
 * points to the preview; when Office does not answer, it says that too. Never a blank pane.
 */
import { officeHost } from "../excel/host";
import { Pane, paneRoot, Themed } from "./boot";
import { StartupMessage, type StartupState } from "./components/StartupMessage";
import { localeFromDisplayLanguage } from "./i18n";
import { themeNameFromOffice } from "./theme";

/** office.js answers within a second in Excel; outside Office it may never answer. */
const OFFICE_TIMEOUT_MS = 15_000;

type Ready = { host: Office.HostType | null } | "timeout" | "no-office";

async function waitForOffice(): Promise<Ready> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return "no-office";
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), OFFICE_TIMEOUT_MS);
  });
  try {
    const info = await Promise.race([Office.onReady(), timeout]);
    return info === "timeout" ? info : { host: info.host };
  } catch {
    return "timeout";
  } finally {
    clearTimeout(timer);
  }
}

function start(): void {
  const browserLocale = localeFromDisplayLanguage(
    typeof navigator !== "undefined" ? navigator.language : "nl",
  );
  const root = paneRoot(browserLocale);
  const message = (state: StartupState) =>
    root.render(
      <Themed theme="light" locale={browserLocale}>
        <StartupMessage state={state} locale={browserLocale} />
      </Themed>,
    );
  message("starting");
  void waitForOffice().then((ready) => {
    if (ready === "no-office") return message("not-in-excel");
    if (ready === "timeout") return message("office-failed");
    if (ready.host !== Office.HostType.Excel) return message("not-in-excel");
    const locale = localeFromDisplayLanguage(Office.context.displayLanguage);
    document.documentElement.lang = locale === "en" ? "en" : "nl";
    root.render(
      <Pane host={officeHost()} locale={locale} theme={themeNameFromOffice(Office.context.officeTheme)} />,
    );
  });
}

start();
