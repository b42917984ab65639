/** @jest-environment jsdom */
/**
 * Bronnen: the workbook's sheets recognised, a sheet's source changed by dropdown (and stored in the
 * workbook for the team), the column-mapping dialog, and importing an export as a new sheet.
 */
import { fireEvent } from "@testing-library/react";
import { SETTINGS_KEY } from "../../src/excel";
import {
  demoWorkbook,
  main,
  openedDialog,
  pick,
  renderPane,
  screen,
  sheetCard,
  sourcesReady,
  waitFor,
  within,
} from "./helpers";
import { onScreen, onScreenPattern } from "../support/on-screen";

jest.setTimeout(90_000);

const storedSettings = (wb: { settings: Map<string, string> }) =>
  JSON.parse(wb.settings.get(SETTINGS_KEY) ?? "{}");

test("lists each sheet with its source, rows and period", async () => {
  renderPane();
  expect(await sourcesReady()).toHaveTextContent("9 van 9 bronnen gevonden in 9 bladen.");
  const plaatsingen = sheetCard("WBS plaatsingen");
  expect(within(plaatsingen).getByRole("heading", { name: "WBS plaatsingen" })).toBeInTheDocument();
  expect(within(plaatsingen).getByRole("combobox", { name: "Bron WBS plaatsingen" })).toHaveTextContent(
    "Automatisch (Plaatsingen)",
  );
  expect(plaatsingen).toHaveTextContent(
    onScreenPattern(/300 rijen · \d\d-\d\d-\d{4} t\/m \d\d-\d\d-\d{4} · kopregel 1/),
  );
  expect(within(sheetCard("Ambitie 2015")).getByText("gebruikt")).toBeInTheDocument();
  expect(sheetCard("Ambitie 2015")).toHaveTextContent("kopregel 3");
});

test("a sheet's source is changed by dropdown and kept in the workbook", async () => {
  const { user, sim } = renderPane();
  await sourcesReady();
  const card = sheetCard("Kandidaten");
  await pick(user, within(card).getByRole("combobox"), "Niet gebruiken");
  await waitFor(() => expect(within(sheetCard("Kandidaten")).getByText("niet gebruikt")).toBeInTheDocument());
  expect(storedSettings(sim.workbook).sheets).toEqual({ Kandidaten: { sourceType: "geen" } });
  expect(await sourcesReady()).toHaveTextContent("8 van 9 bronnen gevonden in 9 bladen.");

  // A source chosen by hand: the sheet is read as that source (here it does not fit).
  await pick(user, within(sheetCard("Kandidaten")).getByRole("combobox"), "Toolbox");
  await waitFor(() =>
    expect(within(sheetCard("Kandidaten")).getByText("kolom ontbreekt")).toBeInTheDocument(),
  );
  expect(storedSettings(sim.workbook).sheets).toEqual({ Kandidaten: { sourceType: "Toolbox" } });
  expect(sheetCard("Kandidaten")).toHaveTextContent('Kolom "Instrument" ontbreekt');

  await pick(user, within(sheetCard("Kandidaten")).getByRole("combobox"), /^Automatisch/);
  await waitFor(() => expect(within(sheetCard("Kandidaten")).getByText("gebruikt")).toBeInTheDocument());
  expect(storedSettings(sim.workbook).sheets).toEqual({});
});

test("the mapping dialog says so when one header is chosen for two columns", async () => {
  const wb = demoWorkbook();
  const ws = wb.findWorksheet("WBS plaatsingen")!;
  for (let c = 0; c < 30; c++) {
    if (ws.getCell(0, c)?.value === "Sector") ws.ensureCell(0, c).value = "Branchegroep";
    if (ws.getCell(0, c)?.value === "Organisatie") ws.ensureCell(0, c).value = "Registrerende partij";
  }
  const { user } = renderPane({ workbook: wb });
  await sourcesReady();
  const mapButton = within(sheetCard("WBS plaatsingen")).getByRole("button", {
    name: "Kolommen koppelen voor blad WBS plaatsingen",
  });
  await waitFor(() => expect(mapButton).toBeEnabled());
  await user.click(mapButton);
  const dialog = await openedDialog("Kolommen koppelen: WBS plaatsingen");
  const organisatie = within(dialog).getByRole("combobox", { name: /^Organisatie/, hidden: true });
  await pick(user, organisatie, "Branchegroep", true);
  expect(
    within(dialog).getAllByText('De kop "Branchegroep" is voor meer dan één kolom gekozen; kies er één.'),
  ).toHaveLength(2);
  expect(within(dialog).getByRole("button", { name: "Koppelen", hidden: true })).toBeDisabled();
  await pick(user, organisatie, "Registrerende partij", true);
  expect(within(dialog).queryByText(/is voor meer dan één kolom gekozen/)).not.toBeInTheDocument();
  expect(within(dialog).getByRole("button", { name: "Koppelen", hidden: true })).toBeEnabled();
});

test("the mapping dialog maps a missing column, and the report then uses it", async () => {
  const wb = demoWorkbook();
  const ws = wb.findWorksheet("WBS plaatsingen")!;
  for (let c = 0; c < 30; c++)
    if (ws.getCell(0, c)?.value === "Sector") ws.ensureCell(0, c).value = "Branchegroep";
  const { user, sim } = renderPane({ workbook: wb });
  await sourcesReady();
  const card = sheetCard("WBS plaatsingen");
  expect(within(card).getByText("kolom ontbreekt")).toBeInTheDocument();
  expect(card).toHaveTextContent('Kolom "Sector" ontbreekt; dichtstbijzijnde kop: "Branchegroep".');
  expect(screen.getByText(/lijkt op Plaatsingen, maar kolom "Sector" ontbreekt/)).toBeInTheDocument();

  // The card's buttons are disabled while the pane is still busy with the workbook (a click would be lost).
  const mapButton = within(card).getByRole("button", { name: "Kolommen koppelen voor blad WBS plaatsingen" });
  await waitFor(() => expect(mapButton).toBeEnabled());
  await user.click(mapButton);
  const dialog = await openedDialog("Kolommen koppelen: WBS plaatsingen");
  // The closest header is proposed; the user confirms it.
  const sector = within(dialog).getByRole("combobox", { name: /^Sector/, hidden: true });
  expect(sector).toHaveTextContent("Branchegroep");
  await pick(user, sector, "Branchegroep", true);
  await user.click(within(dialog).getByRole("button", { name: "Koppelen", hidden: true }));
  await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
  await waitFor(() => expect(within(sheetCard("WBS plaatsingen")).getByText("gebruikt")).toBeInTheDocument());
  expect(storedSettings(sim.workbook).sheets).toEqual({
    "WBS plaatsingen": { sourceType: "Plaatsingen", columnMap: { sector: "Branchegroep" } },
  });

  // Once the modal dialog is gone, the rest of the pane is reachable again.
  await user.click(await screen.findByRole("tab", { name: "Rapport" }));
  await user.click(await screen.findByRole("button", { name: "Maak rapportage" }));
  await main().findByText(
    onScreen("Rapportage gemaakt voor peildatum 30-09-2015: 6 bladen."),
    {},
    { timeout: 30_000 },
  );
  const voortgang = sim.workbook.findTable("WSP_Voortgang_Sector")!;
  expect(voortgang.worksheet.name).toBe("Voortgang");
  // The sector column was read: the placements count under their sectors, not all under Onbekend.
  const names = Array.from(
    { length: voortgang.rect.r1 - voortgang.rect.r0 },
    (_, i) => voortgang.worksheet.getCell(voortgang.rect.r0 + 1 + i, voortgang.rect.c0)?.value,
  );
  expect(names).toContain("Detailhandel");
});

test("importing an export adds a new sheet and never overwrites one", async () => {
  const { user, sim } = renderPane();
  await sourcesReady();
  const csv =
    "Plaatsingsnummer;Datum plaatsing;Sector;Organisatie\nP1;01-03-2015;ICT;Delft\nP2;02-03-2015;ICT;UWV\n";
  const file = new File([csv], "WBS plaatsingen.csv", { type: "text/csv" });
  await user.upload(screen.getByTestId("import-input"), file);
  await main().findByText(
    'WBS plaatsingen.csv is toegevoegd als nieuw blad "WBS plaatsingen (2)" (3 rijen).',
    {},
    { timeout: 20_000 },
  );
  expect(sim.workbook.findWorksheet("WBS plaatsingen (2)")!.getCell(1, 0)?.value).toBe("P1");
  expect(sim.workbook.findWorksheet("WBS plaatsingen")!.getCell(1, 0)?.value).not.toBe("P1");
  await waitFor(() =>
    expect(within(sheetCard("WBS plaatsingen (2)")).getByText("gebruikt")).toBeInTheDocument(),
  );
  expect(sheetCard("WBS plaatsingen (2)")).toHaveTextContent("2 rijen");
});

test("a file that cannot be read gives a Dutch message with details", async () => {
  renderPane();
  await sourcesReady();
  const file = new File(["not a zip"], "oud.xls");
  fireEvent.change(screen.getByTestId("import-input"), { target: { files: [file] } });
  const title = await screen.findByText("Het bestand is niet geïmporteerd", {}, { timeout: 20_000 });
  expect(screen.getByText(/het oude \.xls-formaat wordt niet gelezen/)).toBeInTheDocument();
  // Told in the import section, beside the button the user just used.
  const section = screen.getByRole("region", { name: "Export importeren" });
  expect(section).toContainElement(title);
});
