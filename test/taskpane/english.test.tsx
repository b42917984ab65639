/** @jest-environment jsdom */
/** English when Office runs in English; Dutch otherwise. Office's theme to Fluent's. */
import { localeFromDisplayLanguage, STRINGS } from "../../src/taskpane/i18n";
import { themeNameFromOffice } from "../../src/taskpane/theme";
import { main, renderPane, screen, sourcesReady } from "./helpers";

jest.setTimeout(60_000);

test("the display language decides: English for en-*, Dutch for anything else", () => {
  expect(localeFromDisplayLanguage("en-US")).toBe("en");
  expect(localeFromDisplayLanguage("en-GB")).toBe("en");
  expect(localeFromDisplayLanguage("nl-NL")).toBe("nl");
  expect(localeFromDisplayLanguage("de-DE")).toBe("nl");
  expect(localeFromDisplayLanguage(undefined)).toBe("nl");
  expect(localeFromDisplayLanguage("entity")).toBe("nl");
});

test("both languages have every text", () => {
  const shape = (o: object): unknown =>
    Object.fromEntries(
      Object.entries(o).map(([k, v]) => [k, v && typeof v === "object" ? shape(v) : typeof v]),
    );
  expect(shape(STRINGS.en)).toEqual(shape(STRINGS.nl));
});

test("counts of findings read as proper plurals in both languages", () => {
  expect(STRINGS.nl.checksSummary("3", "1", "2", "0")).toBe(
    "3 bevindingen: 1 fout, 2 waarschuwingen, 0 info.",
  );
  expect(STRINGS.nl.checksSummary("12", "10", "1", "1")).toBe(
    "12 bevindingen: 10 fouten, 1 waarschuwing, 1 info.",
  );
  expect(STRINGS.en.checksSummary("3", "1", "2", "0")).toBe(
    "3 findings: 1 error (fout), 2 warnings (waarschuwing), 0 info.",
  );
});

test("the pane in English", async () => {
  const { user } = renderPane({ locale: "en" });
  expect(await sourcesReady()).toHaveTextContent("9 of 9 sources found in 9 sheets.");
  for (const name of ["Sources", "Checks", "Report", "Settings"])
    expect(screen.getByRole("tab", { name })).toBeInTheDocument();
  expect(screen.getByRole("combobox", { name: "Source WBS plaatsingen" })).toHaveTextContent(
    "Automatic (Plaatsingen)",
  );
  await user.click(screen.getByRole("tab", { name: "Report" }));
  expect(await main().findByRole("button", { name: "Make report" })).toBeInTheDocument();
  // Domain words stay as DOMAIN.md spells them.
  expect(main().getByText("Peildatum")).toBeInTheDocument();
  expect(main().getByRole("button", { name: "Record maandstand" })).toBeInTheDocument();
});

test("Office's theme: a dark body background gives the dark theme; anything else light", () => {
  expect(themeNameFromOffice({ bodyBackgroundColor: "#262626" })).toBe("dark");
  expect(themeNameFromOffice({ bodyBackgroundColor: "#000" })).toBe("dark");
  expect(themeNameFromOffice({ bodyBackgroundColor: "#ffffff" })).toBe("light");
  expect(themeNameFromOffice({ bodyBackgroundColor: "#E6E6E6" })).toBe("light");
  expect(themeNameFromOffice({ bodyBackgroundColor: "colourful" })).toBe("light");
  expect(themeNameFromOffice(undefined)).toBe("light");
});
