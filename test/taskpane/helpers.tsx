/**
 * Shared setup of the pane's component tests (jsdom): the pane over the simulated Excel with a small
 * demo workbook, jsdom gaps filled in, and a few queries for Fluent's controls.
 */
import "@testing-library/jest-dom";
import { configure, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { TextDecoder, TextEncoder } from "node:util";
import { demoPeildatum, generateDemoWorkbook } from "../../src/demo/generate";
import {
  defaultSettings,
  type ExcelHost,
  SETTINGS_KEY,
  settingsValue,
  simulatedHost,
  workbookFromDemo,
} from "../../src/excel";
import {
  createSimulatedExcel,
  type SimulatedExcel,
  type SimulatedExcelOptions,
  type SimulatedWorkbook,
} from "../../src/simulated-excel";
import { Pane } from "../../src/taskpane/boot";
import type { Locale } from "../../src/taskpane/i18n";

// findBy…/waitFor give up after 1 s by default; on a busy 2-core CI machine Fluent's dialogs and the
// simulated Excel's batches can take longer than that, so wait up to 10 s (a hang still fails).
configure({ asyncUtilTimeout: 10_000 });

// jsdom lacks these; Fluent's listbox scrolls the active option into view, the readers decode text.
Object.assign(globalThis, { TextDecoder, TextEncoder });
if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = () => undefined;
if (!window.matchMedia)
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;

export const SMALL = { placements: 300, vacancies: 300, employers: 200, contacts: 400, candidates: 200 };

/** The demo workbook (small), with the peildatum pinned to the demo's 30-09-2015 unless `pin` is false. */
export function demoWorkbook(options: { pin?: boolean } = {}): SimulatedWorkbook {
  const wb = workbookFromDemo(generateDemoWorkbook(SMALL));
  if (options.pin !== false)
    wb.settings.set(
      SETTINGS_KEY,
      JSON.stringify(
        settingsValue({ ...defaultSettings(), peildatum: { mode: "vast", datum: demoPeildatum() } }),
      ),
    );
  return wb;
}

export interface Rendered {
  sim: SimulatedExcel;
  host: ExcelHost;
  user: ReturnType<typeof userEvent.setup>;
}

export function renderPane(
  options: {
    workbook?: SimulatedWorkbook;
    locale?: Locale;
    host?: ExcelHost;
    sim?: SimulatedExcelOptions;
    now?: Date;
  } = {},
): Rendered {
  const sim = createSimulatedExcel(options.workbook ?? demoWorkbook(), options.sim);
  const host = options.host ?? simulatedHost(sim);
  const now = options.now ?? new Date(2015, 9, 15, 10, 0);
  const user = userEvent.setup();
  render(
    <Pane
      host={host}
      locale={options.locale ?? "nl"}
      theme="light"
      now={() => new Date(now)}
      pause={() => Promise.resolve()}
    />,
  );
  return { sim, host, user };
}

/** Waits until the Bronnen step shows its summary (the workbook read and recognised). */
export async function sourcesReady(): Promise<HTMLElement> {
  return waitFor(() => screen.getByTestId("sources-summary"), { timeout: 20_000 });
}

/** The card of one sheet in Bronnen. */
export function sheetCard(name: string): HTMLElement {
  const card = document.querySelector(`li[data-sheet="${CSS.escape(name)}"]`);
  if (!card) throw new Error(`no card for ${name}`);
  return card as HTMLElement;
}

/** Opens a Fluent Dropdown and picks an option by its text (`hidden`: inside a dialog, see sources.test). */
export async function pick(
  user: Rendered["user"],
  combobox: HTMLElement,
  option: string | RegExp,
  hidden = false,
): Promise<void> {
  await user.click(combobox);
  const listbox = await screen.findByRole("listbox", { hidden });
  await user.click(within(listbox).getByRole("option", { name: option, hidden }));
}

/** Queries inside the pane's main area (the live region outside it repeats status messages). */
export const main = () => within(screen.getByRole("main"));

/**
 * The open dialog with this title. Under jsdom, Fluent's focus manager (tabster) now and then marks the
 * open dialog's own surface `aria-hidden` (its modalizer races with jsdom's focus handling); then every
 * accessible name inside is empty and queries by name fail at random. Chromium does not do this, and the
 * end-to-end test checks the dialogs there by role and name, with axe. So here the dialog is found by its
 * title element, and a stray `aria-hidden` on the surface itself is removed before the test goes on.
 */
export async function openedDialog(title: string): Promise<HTMLElement> {
  return waitFor(() => {
    const dialog = Array.from(document.querySelectorAll<HTMLElement>('[role="dialog"]')).find(
      (d) => document.getElementById(d.getAttribute("aria-labelledby") ?? "")?.textContent === title,
    );
    if (!dialog) throw new Error(`no open dialog "${title}"`);
    if (dialog.getAttribute("aria-hidden") === "true") dialog.removeAttribute("aria-hidden");
    return dialog;
  });
}

export { screen, waitFor, within };
