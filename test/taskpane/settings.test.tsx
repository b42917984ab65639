/** @jest-environment jsdom */
/**
 * Instellingen: aliases and thresholds saved in the workbook (so the team shares them), validation,
 * undo, clearing a sheet choice, and the aliases reaching the checks.
 */
import { LAST_ERROR_KEY, SETTINGS_KEY } from "../../src/excel";
import { demoWorkbook, main, pick, renderPane, screen, sourcesReady, waitFor, within } from "./helpers";
import { onScreen } from "../support/on-screen";

jest.setTimeout(90_000);

const stored = (wb: { settings: Map<string, string> }) => JSON.parse(wb.settings.get(SETTINGS_KEY) ?? "{}");

async function openSettings(user: ReturnType<typeof renderPane>["user"]) {
  await sourcesReady();
  await user.click(screen.getByRole("tab", { name: "Instellingen" }));
  return screen.findByRole("heading", { name: "Instellingen voor het team" });
}

test("aliases and thresholds are saved in the workbook", async () => {
  const { user, sim } = renderPane();
  await openSettings(user);
  const save = screen.getByRole("button", { name: "Opslaan in de werkmap" });
  expect(save).toBeDisabled();

  await user.click(screen.getByRole("button", { name: "Partneralias toevoegen" }));
  const partners = screen.getByRole("list", { name: "Partneraliassen" });
  // A new row with a partner to choose from starts empty too: no error before anything is filled in.
  expect(within(partners).queryByText(/Vul de alias/)).not.toBeInTheDocument();
  await user.type(within(partners).getByRole("textbox", { name: "Alias" }), "Werkplein Delft");
  await pick(user, within(partners).getByRole("combobox", { name: "Partner" }), "Delft");

  await user.click(screen.getByRole("button", { name: "Sectoralias toevoegen" }));
  const sectors = screen.getByRole("list", { name: "Sectoraliassen" });
  await user.type(within(sectors).getByRole("textbox", { name: "Alias" }), "Bouw & infra");
  await user.type(within(sectors).getByRole("textbox", { name: "Sector" }), "Bouw en techniek");

  const opKoers = screen.getByRole("spinbutton", { name: "Op koers vanaf" });
  await user.clear(opKoers);
  await user.type(opKoers, "1,05{Enter}");

  expect(screen.getByText("Niet opgeslagen wijzigingen.")).toBeInTheDocument();
  await user.click(save);
  expect(
    await main().findByText(
      "Opgeslagen in de werkmap. Sla de werkmap op om de instellingen met het team te delen.",
    ),
  ).toBeInTheDocument();
  expect(stored(sim.workbook)).toMatchObject({
    partnerAliases: { "Werkplein Delft": "Delft" },
    sectorAliases: { "Bouw & infra": "Bouw en techniek" },
    thresholds: { opKoers: 1.05, aandacht: 0.9 },
    peildatum: { mode: "vast", datum: "2015-09-30" },
  });
  expect(save).toBeDisabled();
});

test("the government sectors of the banenafspraak are saved in the workbook, one per line", async () => {
  const { user, sim } = renderPane();
  await openSettings(user);
  const field = screen.getByRole("textbox", { name: "Overheidssectoren, één per regel" });
  expect(field).toHaveValue("Openbaar bestuur (overheid) en onderwijs");
  await user.type(field, "{Enter}  Zorg, welzijn, schoonmaak  {Enter}{Enter}");
  await user.click(screen.getByRole("button", { name: "Opslaan in de werkmap" }));
  await main().findByText(/Opgeslagen in de werkmap/);
  expect(stored(sim.workbook).overheidSectoren).toEqual([
    "Openbaar bestuur (overheid) en onderwijs",
    "Zorg, welzijn, schoonmaak",
  ]);
});

test("after a check, a government sector not in the sector list is flagged; sector aliases choose from it", async () => {
  const { user } = renderPane();
  await sourcesReady();
  await user.click(screen.getByRole("tab", { name: "Controle" }));
  await user.click(await screen.findByRole("button", { name: "Controles uitvoeren" }));
  await waitFor(() => screen.getByTestId("checks-summary"), { timeout: 30_000 });
  await user.click(screen.getByRole("tab", { name: "Instellingen" }));
  const field = await screen.findByRole("textbox", { name: "Overheidssectoren, één per regel" });
  expect(main().queryByText(/Niet in de sectorlijst/)).not.toBeInTheDocument();
  await user.type(field, "{Enter}Zorgsector");
  expect(
    main().getByText(
      "Niet in de sectorlijst van de laatste controle: Zorgsector. Controleer de schrijfwijze.",
    ),
  ).toBeInTheDocument();
  // A sector alias then points at a sector of that list, chosen, not typed.
  await user.click(screen.getByRole("button", { name: "Sectoralias toevoegen" }));
  const sectors = screen.getByRole("list", { name: "Sectoraliassen" });
  await pick(user, within(sectors).getByRole("combobox", { name: "Sector" }), "Bouw en techniek");
  expect(within(sectors).getByRole("combobox", { name: "Sector" })).toHaveTextContent("Bouw en techniek");
  // A government sector named by that alias is known, as the report would match it.
  await user.type(within(sectors).getByRole("textbox", { name: "Alias" }), "Bouwsector");
  await user.type(field, "{Enter}Bouwsector");
  expect(
    main().getByText(
      "Niet in de sectorlijst van de laatste controle: Zorgsector. Controleer de schrijfwijze.",
    ),
  ).toBeInTheDocument();
});

test("incomplete or duplicate aliases are shown and block saving; undo restores", async () => {
  const { user, sim } = renderPane();
  await openSettings(user);
  const before = sim.workbook.settings.get(SETTINGS_KEY);
  await user.click(screen.getByRole("button", { name: "Instrumentalias toevoegen" }));
  const list = screen.getByRole("list", { name: "Instrumentaliassen" });
  // A row just added, still empty, is no mistake yet.
  expect(within(list).queryByText(/Vul de alias/)).not.toBeInTheDocument();
  await user.type(within(list).getByRole("textbox", { name: "Alias" }), "LKS");
  expect(
    within(list).getByText("Vul de alias en waar die voor staat in, of verwijder de regel."),
  ).toBeInTheDocument();
  expect(screen.getByRole("button", { name: "Opslaan in de werkmap" })).toBeDisabled();
  await user.click(screen.getByRole("button", { name: "Instrumentalias toevoegen" }));
  const [first, second] = within(list).getAllByRole("textbox", { name: "Alias" });
  const targets = within(list).getAllByRole("textbox", { name: "Instrument" });
  await user.type(targets[0], "Loonkostensubsidie");
  await user.type(second, "lks");
  await user.type(targets[1], "Loonkostensubsidie");
  expect(within(list).getByText('De alias "lks" staat er twee keer.')).toBeInTheDocument();
  expect(first).toHaveValue("LKS");

  await user.click(screen.getByRole("button", { name: "Alias lks verwijderen" }));
  await waitFor(() => expect(screen.getByRole("button", { name: "Opslaan in de werkmap" })).toBeEnabled());
  await user.click(screen.getByRole("button", { name: "Wijzigingen ongedaan maken" }));
  expect(screen.queryByRole("list", { name: "Instrumentaliassen" })).not.toBeInTheDocument();
  expect(screen.getAllByText("Nog geen aliassen.")).toHaveLength(3);
  expect(sim.workbook.settings.get(SETTINGS_KEY)).toBe(before);
});

test("a choice made under Bronnen is listed and can be cleared", async () => {
  const wb = demoWorkbook();
  wb.settings.set(
    SETTINGS_KEY,
    JSON.stringify({
      ...JSON.parse(wb.settings.get(SETTINGS_KEY)!),
      sheets: { Kandidaten: { sourceType: "geen" } },
    }),
  );
  const { user, sim } = renderPane({ workbook: wb });
  await openSettings(user);
  expect(main().getByText("Kandidaten: Niet gebruiken")).toBeInTheDocument();
  await user.click(screen.getByRole("button", { name: "Keuze voor Kandidaten wissen" }));
  await main().findByText("Geen keuzes per blad: alle bladen worden automatisch herkend.");
  expect(stored(sim.workbook).sheets).toEqual({});
});

test("a partner alias reaches the checks", async () => {
  const wb = demoWorkbook();
  const ws = wb.findWorksheet("WBS plaatsingen")!;
  let column = -1;
  for (let c = 0; c < 30; c++) if (ws.getCell(0, c)?.value === "Organisatie") column = c;
  for (const r of [1, 2, 3]) ws.ensureCell(r, column).value = "Werkplein Delft";
  const { user } = renderPane({ workbook: wb });
  await openSettings(user);
  await user.click(screen.getByRole("tab", { name: "Controle" }));
  await user.click(await screen.findByRole("button", { name: "Controles uitvoeren" }));
  await waitFor(() => screen.getByTestId("checks-summary"), { timeout: 30_000 });
  const before = Number(screen.getByTestId("count-P04").textContent);

  await user.click(screen.getByRole("tab", { name: "Instellingen" }));
  await user.click(await screen.findByRole("button", { name: "Partneralias toevoegen" }));
  const partners = screen.getByRole("list", { name: "Partneraliassen" });
  await user.type(within(partners).getByRole("textbox", { name: "Alias" }), "Werkplein Delft");
  await pick(user, within(partners).getByRole("combobox", { name: "Partner" }), "Delft");
  await user.click(screen.getByRole("tab", { name: "Controle" }));
  expect(await main().findByText(/sinds de laatste controle/)).toBeInTheDocument();
  await user.click(screen.getByRole("button", { name: "Opnieuw controleren" }));
  await waitFor(() => expect(Number(screen.getByTestId("count-P04").textContent)).toBe(before - 3), {
    timeout: 30_000,
  });
});

/** The demo workbook with a failure of "Rapport verversen" stored on 01-10-2015 09:30 (fields given). */
function withRibbonError(fields: Record<string, string>) {
  const wb = demoWorkbook();
  wb.settings.set(
    LAST_ERROR_KEY,
    JSON.stringify({ at: new Date(2015, 9, 1, 9, 30).toISOString(), action: "Rapport verversen", ...fields }),
  );
  return wb;
}

test("the ribbon's failure under Office's code: Dutch message, the code's advice, Office's text in the details", async () => {
  const wb = withRibbonError({
    message: "Het rapport kon niet worden geschreven. Het vorige rapport is ongewijzigd.",
    name: "ReportWriteError",
    code: "InvalidOperationInCellEditMode",
    debugInfo: '{"errorLocation":"Workbook.worksheets.add"}',
  });
  const { user } = renderPane({ workbook: wb });
  expect(
    await main().findByText(onScreen("Rapport verversen is mislukt (01-10-2015 09:30)")),
  ).toBeInTheDocument();
  expect(
    main().getByText("Het rapport kon niet worden geschreven. Het vorige rapport is ongewijzigd."),
  ).toBeInTheDocument();
  expect(
    main().getByText("Druk op Enter of Esc om het bewerken van de cel af te ronden en probeer het opnieuw."),
  ).toBeInTheDocument();
  await user.click(main().getAllByRole("button", { name: "Details" })[0]);
  expect(main().getByLabelText("Details")).toHaveTextContent("Code: InvalidOperationInCellEditMode");
  expect(main().getByLabelText("Details")).toHaveTextContent("Workbook.worksheets.add");
});

test("Office's own error from the ribbon: no English in the message, the advice by its code", async () => {
  const wb = withRibbonError({
    message: "You cannot perform the requested operation.",
    name: "RichApi.Error",
    code: "AccessDenied",
  });
  const { user } = renderPane({ workbook: wb });
  expect(
    await main().findByText(onScreen("Rapport verversen is mislukt (01-10-2015 09:30)")),
  ).toBeInTheDocument();
  expect(main().getByText(/^Hef de beveiliging op/)).toBeInTheDocument();
  expect(main().queryByText("You cannot perform the requested operation.")).not.toBeInTheDocument();
  await user.click(main().getAllByRole("button", { name: "Details" })[0]);
  expect(main().getByLabelText("Details")).toHaveTextContent("You cannot perform the requested operation.");
});

test("the ribbon gave up waiting: said, with what to check", async () => {
  const wb = withRibbonError({
    message: "Rapport verversen was na 5 minuten nog niet klaar.",
    name: "CommandTimeoutError",
  });
  renderPane({ workbook: wb });
  expect(await main().findByText("Rapport verversen was na 5 minuten nog niet klaar.")).toBeInTheDocument();
  expect(main().getByText(/^Kijk of Excel nog bezig is/)).toBeInTheDocument();
});

test("a report made in the pane clears the ribbon's earlier failure", async () => {
  const wb = withRibbonError({ message: "Eerder mislukt." });
  const { user, sim } = renderPane({ workbook: wb });
  expect(await main().findByText(/Rapport verversen is mislukt/)).toBeInTheDocument();
  await sourcesReady();
  await user.click(screen.getByRole("tab", { name: "Rapport" }));
  await user.click(await screen.findByRole("button", { name: "Maak rapportage" }));
  await main().findByText(/^Rapportage gemaakt voor peildatum/, {}, { timeout: 30_000 });
  await waitFor(() => expect(sim.workbook.settings.has(LAST_ERROR_KEY)).toBe(false));
  expect(main().queryByText(/is mislukt/)).not.toBeInTheDocument();
});

test("the ribbon's last error is shown with its details, and dismissing clears it from the workbook", async () => {
  const wb = withRibbonError({
    message: "De rapportage is niet gemaakt: Bron Plaatsingen ontbreekt. Het vorige rapport is ongewijzigd.",
    code: "MissingSourcesError",
  });
  const { user, sim } = renderPane({ workbook: wb });
  expect(
    await main().findByText(onScreen("Rapport verversen is mislukt (01-10-2015 09:30)")),
  ).toBeInTheDocument();
  expect(main().getByText(/Bron Plaatsingen ontbreekt/)).toBeInTheDocument();
  await user.click(main().getAllByRole("button", { name: "Details" })[0]);
  // A record of an older version keeps our error's name under "code": shown as its kind.
  expect(main().getByLabelText("Details")).toHaveTextContent("Soort: MissingSourcesError");
  await user.click(main().getAllByRole("button", { name: "Melding sluiten" })[0]);
  await waitFor(() => expect(sim.workbook.settings.has(LAST_ERROR_KEY)).toBe(false));
  expect(main().queryByText(/is mislukt/)).not.toBeInTheDocument();
});
