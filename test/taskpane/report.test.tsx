/** @jest-environment jsdom */
/**
 * Rapport: peildatum and thresholds, "Maak rapportage" with progress through its four steps, the links
 * to the report sheets, what this Excel could not make, "Maandstand vastleggen" (asking before recording
 * a peildatum again), and the report refused when a required source is missing.
 */
import { type ExcelHost, SETTINGS_KEY, simulatedHost } from "../../src/excel";
import { createSimulatedExcel } from "../../src/simulated-excel";
import {
  demoWorkbook,
  main,
  openedDialog,
  renderPane,
  screen,
  sourcesReady,
  waitFor,
  within,
} from "./helpers";
import { REPORT_SHEETS } from "../support/report-sheets";
import { onScreen, onScreenPattern } from "../support/on-screen";

jest.setTimeout(90_000);

/** A host whose next batch waits until `release()` (to look at the progress mid-way). */
function gatedHost(inner: ExcelHost) {
  let armed = false;
  let open: () => void = () => undefined;
  let gate = Promise.resolve();
  return {
    host: {
      isSetSupported: inner.isSetSupported,
      run: async <T,>(batch: (ctx: Excel.RequestContext) => Promise<T>) => {
        if (armed) {
          armed = false;
          await gate;
        }
        return inner.run(batch);
      },
    } satisfies ExcelHost,
    arm() {
      armed = true;
      gate = new Promise((resolve) => (open = resolve));
    },
    release: () => open(),
  };
}

async function openReport(user: ReturnType<typeof renderPane>["user"]) {
  await sourcesReady();
  await user.click(screen.getByRole("tab", { name: "Rapport" }));
  return screen.findByRole("button", { name: "Maak rapportage" });
}

test("progress through the steps, then links to the report sheets", async () => {
  const wb = demoWorkbook();
  const sim = createSimulatedExcel(wb);
  const gated = gatedHost(simulatedHost(sim));
  const { user } = renderPane({ workbook: wb, host: gated.host });
  const make = await openReport(user);
  expect(screen.getByRole("radio", { name: "Vaste datum" })).toBeChecked();
  expect(screen.getByLabelText("Vaste peildatum")).toHaveValue("30-09-2015");

  gated.arm();
  await user.click(make);
  const progress = await screen.findByRole("progressbar");
  expect(main().getByText("Stap 1 van 4: lezen — bladen uit de werkmap lezen")).toBeInTheDocument();
  expect(make).toBeDisabled();
  gated.release();

  await main().findByText(
    onScreen("Rapportage gemaakt voor peildatum 30-09-2015: 6 bladen."),
    {},
    { timeout: 30_000 },
  );
  expect(progress).not.toBeInTheDocument();
  const links = within(screen.getByRole("navigation", { name: "Rapportbladen" })).getAllByRole("button");
  expect(links.map((l) => l.textContent)).toEqual(REPORT_SHEETS);
  expect(sim.workbook.activeWorksheet.name).toBe("Voortgang");
  await user.click(screen.getByRole("button", { name: "Ga naar blad Dekkingsgraad" }));
  await waitFor(() => expect(sim.workbook.activeWorksheet.name).toBe("Dekkingsgraad"));
  // This Excel has everything: nothing omitted.
  expect(screen.queryByText(/Niet gemaakt in deze Excel-versie/)).not.toBeInTheDocument();
  // The settings the report was made with are kept for "Rapport verversen".
  expect(JSON.parse(sim.workbook.settings.get(SETTINGS_KEY) ?? "{}").peildatum).toEqual({
    mode: "vast",
    datum: "2015-09-30",
  });
});

test("an older Excel: the report says what it could not make", async () => {
  const { user } = renderPane({ sim: { supportedSets: { ExcelApi: "1.7" } } });
  await user.click(await openReport(user));
  const omitted = await main().findByText(
    /^Niet gemaakt, omdat deze Excel-versie het niet kan/,
    {},
    { timeout: 30_000 },
  );
  expect(omitted).toHaveTextContent("afdrukinstellingen");
  expect(omitted).toHaveTextContent("rasterlijnen verbergen (ExcelApi 1.8)");
});

test("thresholds and peildatum are edited here; an invalid choice blocks the report", async () => {
  const { user, sim } = renderPane();
  const make = await openReport(user);
  const aandacht = screen.getByRole("spinbutton", { name: "Aandacht vanaf" });
  await user.clear(aandacht);
  await user.type(aandacht, "1,20{Enter}");
  expect(await main().findByText("Aandacht mag niet hoger zijn dan op koers.")).toBeInTheDocument();
  expect(make).toBeDisabled();
  await user.clear(aandacht);
  await user.type(aandacht, "0,85{Enter}");
  await waitFor(() => expect(make).toBeEnabled());

  await user.click(
    screen.getByRole("radio", { name: onScreenPattern(/^Laatste dag van vorige maand \(30-09-2015\)$/) }),
  );
  expect(screen.queryByLabelText("Vaste peildatum")).not.toBeInTheDocument();
  await user.click(make);
  await main().findByText(
    onScreen("Rapportage gemaakt voor peildatum 30-09-2015: 6 bladen."),
    {},
    { timeout: 30_000 },
  );
  const stored = JSON.parse(sim.workbook.settings.get(SETTINGS_KEY) ?? "{}");
  expect(stored.thresholds).toEqual({ opKoers: 1, aandacht: 0.85 });
  expect(stored.peildatum).toEqual({ mode: "eindeVorigeMaand" });
});

test("the fixed peildatum: typed or picked as dd-mm-jjjj in a Dutch calendar; a non-date is said and undone", async () => {
  const { user, sim } = renderPane();
  const make = await openReport(user);
  const field = screen.getByLabelText("Vaste peildatum");
  expect(field).toHaveAttribute("placeholder", "dd-mm-jjjj");

  // A date that does not exist: said in words, and the previous peildatum stays.
  await user.clear(field);
  await user.type(field, "31-02-2015");
  await user.tab();
  expect(
    await main().findByText(
      '"31-02-2015" is geen geldige datum; typ dd-mm-jjjj (bijvoorbeeld 30-09-2015) of kies in de kalender. De peildatum blijft ongewijzigd.',
    ),
  ).toBeInTheDocument();
  expect(field).toHaveValue("30-09-2015");
  expect(make).toBeEnabled();

  // Another style the exports use is read, and written back as dd-mm-jjjj.
  await user.clear(field);
  await user.type(field, "31-8-2015");
  await user.tab();
  await waitFor(() => expect(field).toHaveValue("31-08-2015"));
  expect(main().queryByText(/is geen geldige datum/)).not.toBeInTheDocument();

  // The calendar speaks Dutch, starts on Monday, and a click picks the day.
  await user.click(field);
  expect(screen.queryByRole("dialog", { name: "Kalender" })).not.toBeInTheDocument();
  await user.keyboard("{ArrowDown}");
  const calendar = await screen.findByRole("dialog", { name: "Kalender" });
  expect(within(calendar).getAllByText("augustus 2015").length).toBeGreaterThan(0);
  const weekdays = within(calendar)
    .getAllByRole("columnheader")
    .map((day) => day.textContent);
  expect(weekdays).toEqual(["ma", "di", "wo", "do", "vr", "za", "zo"]);
  await user.click(within(calendar).getByRole("button", { name: "14, augustus, 2015" }));
  await waitFor(() => expect(field).toHaveValue("14-08-2015"));

  await user.click(make);
  await main().findByText(
    onScreen("Rapportage gemaakt voor peildatum 14-08-2015: 6 bladen."),
    {},
    { timeout: 30_000 },
  );
  expect(JSON.parse(sim.workbook.settings.get(SETTINGS_KEY) ?? "{}").peildatum).toEqual({
    mode: "vast",
    datum: "2015-08-14",
  });
});

test("maandstand: recorded on Historie; the same peildatum again asks first", async () => {
  const { user, sim } = renderPane();
  const record = () => screen.getByRole("button", { name: "Maandstand vastleggen" });
  await openReport(user);
  expect(record()).toBeDisabled();
  expect(
    screen.getByText("Maak eerst de rapportage; de maandstand legt de cijfers daarvan vast."),
  ).toBeInTheDocument();
  await user.click(screen.getByRole("button", { name: "Maak rapportage" }));
  await main().findByText(/^Rapportage gemaakt/, {}, { timeout: 30_000 });
  await user.click(record());
  const done = await main().findByText(
    onScreenPattern(
      /^Maandstand van 30-09-2015 vastgelegd: \d+ regels toegevoegd aan het nieuwe blad Historie\.$/,
    ),
  );
  const rows = Number(/(\d+) regels/.exec(done.textContent ?? "")?.[1]);
  const table = () => sim.workbook.findTable("WSP_Historie")!;
  expect(table().rect.r1 - table().rect.r0).toBe(rows);

  await user.click(record());
  const dialog = await openedDialog("Deze peildatum is al vastgelegd");
  expect(dialog).toHaveTextContent(
    onScreen("De maandstand van 30-09-2015 is al vastgelegd (15-10-2015 10:00)."),
  );
  await user.click(within(dialog).getByRole("button", { name: "Annuleren", hidden: true }));
  await waitFor(() => expect(screen.queryByRole("dialog", { hidden: true })).not.toBeInTheDocument());
  expect(table().rect.r1 - table().rect.r0).toBe(rows);

  await user.click(await screen.findByRole("button", { name: "Maandstand vastleggen" }));
  const again = await openedDialog("Deze peildatum is al vastgelegd");
  await user.click(within(again).getByRole("button", { name: "Toch vastleggen", hidden: true }));
  await waitFor(() => expect(table().rect.r1 - table().rect.r0).toBe(2 * rows));
});

test("a required source missing: a warning before, a Dutch error after, and no report", async () => {
  const wb = demoWorkbook();
  wb.worksheets.splice(wb.worksheets.indexOf(wb.findWorksheet("WBS plaatsingen")!), 1);
  const { user, sim } = renderPane({ workbook: wb });
  const make = await openReport(user);
  expect(main().getByText("De rapportage kan niet gemaakt worden:")).toBeInTheDocument();
  expect(main().getByText(/^Bron Plaatsingen ontbreekt/)).toBeInTheDocument();
  await user.click(make);
  expect(
    await main().findByText("De rapportage is niet gemaakt", {}, { timeout: 30_000 }),
  ).toBeInTheDocument();
  expect(main().getByText(/Los het op bij Bronnen/)).toBeInTheDocument();
  // Said once: the warning gives way to the error, which names the problem without repeating itself.
  expect(main().queryByText("De rapportage kan niet gemaakt worden:")).not.toBeInTheDocument();
  expect(main().getAllByText(/^Bron Plaatsingen ontbreekt/)).toHaveLength(1);
  const text = screen.getByRole("main").textContent ?? "";
  expect(text.match(/Het vorige rapport is ongewijzigd/g)).toHaveLength(1);
  expect(screen.getByTestId("live-region")).toHaveTextContent("De rapportage is niet gemaakt.");
  expect(sim.workbook.findWorksheet("Voortgang")).toBeUndefined();
  await user.click(main().getByRole("button", { name: "Naar Bronnen" }));
  expect(screen.getByRole("tab", { name: "Bronnen" })).toHaveAttribute("aria-selected", "true");
});
