/**
 * Every text the pane shows, in Dutch (default) and English (when Office runs in English). Domain
 * words stay as DOMAIN.md spells them in both: plaatsing, peildatum, dekkingsgraad, banenafspraak,
 * maandstand, the source names (Ambitie, Plaatsingen, …) and the severities (fout, waarschuwing, info).
 * Rule names, finding messages and the report sheets come from the engine and are Dutch in both.
 */
import { MONTHS_NL } from "../domain/dates";
import type { CalendarTexts } from "./calendar";
import type { SourceStatusKey } from "./model";

export type Locale = "nl" | "en";

/** English when Office's display language is English ("en-US", "en-GB", …); Dutch otherwise. */
export function localeFromDisplayLanguage(language: string | undefined | null): Locale {
  return typeof language === "string" && /^en\b/i.test(language) ? "en" : "nl";
}

const plural = (n: number, one: string, more: string) => (n === 1 ? one : more);

const nl = {
  appTitle: "WSP Monitor",
  previewBanner: "Voorbeeldmodus: gesimuleerde Excel met demogegevens",
  previewBannerDetail: "Niets wordt opgeslagen of verstuurd; herlaad de pagina om opnieuw te beginnen.",
  stepsLabel: "Stappen van de maandrapportage",
  tabs: { bronnen: "Bronnen", controle: "Controle", rapport: "Rapport", instellingen: "Instellingen" },
  loading: "Bezig…",
  close: "Sluiten",
  details: "Details",
  hideDetails: "Details verbergen",
  dismiss: "Melding sluiten",
  retry: "Opnieuw proberen",
  reload: "Taakvenster opnieuw laden",

  // Outside Excel
  notInExcelTitle: "Niet geopend in Excel",
  notInExcelBody:
    "Dit taakvenster werkt alleen in Excel: open het via het lint (Start > WSP Monitor > Openen). " +
    "Om het zonder Excel te bekijken: voer `npm run preview` uit en open http://localhost:3001.",
  officeFailedTitle: "Office kon niet worden gestart",
  officeFailedBody:
    "Het taakvenster kreeg geen verbinding met Excel. Sluit het taakvenster en open het opnieuw via het lint; " +
    "helpt dat niet, start Excel dan opnieuw.",

  // Bronnen
  sourcesHeading: "Bronnen in deze werkmap",
  sourcesIntro:
    "WSP Monitor herkent elke bron aan de kolomkoppen, niet aan de bladnaam. Kies zelf een bron als de herkenning niet klopt.",
  readingWorkbook: "Werkmap lezen…",
  refresh: "Opnieuw lezen",
  refreshLabel: "Werkmap opnieuw lezen",
  sourcesSummary: (found: number, total: number, sheets: number) =>
    `${found} van ${total} bronnen gevonden in ${sheets} ${plural(sheets, "blad", "bladen")}.`,
  sourceLabel: "Bron",
  sourceFor: (sheet: string) => `Bron voor blad ${sheet}`,
  automatic: (type: string | undefined) => (type ? `Automatisch (${type})` : "Automatisch (niet herkend)"),
  ignoreSheet: "Niet gebruiken",
  status: {
    gebruikt: "gebruikt",
    "niet herkend": "niet herkend",
    onbruikbaar: "kolom ontbreekt",
    dubbel: "dubbel",
    genegeerd: "niet gebruikt",
  } satisfies Record<SourceStatusKey, string>,
  statusHelp: {
    gebruikt: "Deze bron wordt gelezen.",
    "niet herkend": "Geen bron herkend aan de kolomkoppen; dit blad wordt niet gelezen.",
    onbruikbaar: "Herkend, maar een verplichte kolom ontbreekt: koppel de kolom of kies een andere bron.",
    dubbel: "Er is al een ambitieblad; alleen het eerste wordt gelezen.",
    genegeerd: "U heeft gekozen dit blad niet te gebruiken.",
  } satisfies Record<SourceStatusKey, string>,
  rows: (n: string) => `${n} rijen`,
  period: (from: string, to: string) => `${from} t/m ${to}`,
  headerRow: (row: number) => `kopregel ${row}`,
  chosenByHand: "zelf gekozen",
  missingColumn: (label: string, closest: string | undefined) =>
    closest
      ? `Kolom "${label}" ontbreekt; dichtstbijzijnde kop: "${closest}".`
      : `Kolom "${label}" ontbreekt; geen gelijkende kop gevonden.`,
  mapColumns: "Kolommen koppelen",
  mapColumnsFor: (sheet: string) => `Kolommen koppelen voor blad ${sheet}`,
  ownSheets: (names: string) => `Rapportbladen van WSP Monitor (geen bron): ${names}.`,
  emptySheets: (names: string) => `Lege bladen overgeslagen: ${names}.`,
  missingSourcesTitle: "Niet compleet",
  importHeading: "Export importeren",
  importIntro:
    "Voeg een WBS-export (.csv of .xlsx) toe als nieuw blad. Een bestaand blad wordt nooit overschreven.",
  importButton: "Bestand kiezen…",
  importInputLabel: "Exportbestand (.csv of .xlsx)",
  importing: (file: string) => `${file} importeren…`,
  imported: (file: string, sheet: string, rows: string) =>
    `${file} is toegevoegd als nieuw blad "${sheet}" (${rows} rijen).`,
  sourcesChanged: "De bronnen zijn gewijzigd.",

  // Mapping dialog
  mappingTitle: (sheet: string) => `Kolommen koppelen: ${sheet}`,
  mappingIntro: (type: string) =>
    `Dit blad lijkt op de bron ${type}, maar niet elke verplichte kolom is herkend. Kies per kolom de kop uit uw blad.`,
  mappingRequired: "Verplichte kolommen",
  mappingOptional: "Overige kolommen (optioneel)",
  notMapped: "— niet gekoppeld —",
  mappingPartners:
    "Een kolom per partner: gebruik de partnernamen (Den Haag, Delft, Rijswijk, Westland, UWV) als kop, of voeg onder Instellingen een partneralias toe.",
  mappingSave: "Koppelen",
  cancel: "Annuleren",
  mappingIncomplete: "Kies voor elke verplichte kolom een kop.",
  mappingChosenTwice: (header: string) =>
    `De kop "${header}" is voor meer dan één kolom gekozen; kies er één.`,

  // Controle
  checksHeading: "Controle op de uitvoeringsafspraken",
  checksIntro: (peildatum: string) =>
    `Elke rij wordt getoetst aan de afspraken. Peildatum ${peildatum} (aan te passen bij Rapport).`,
  runChecks: "Controles uitvoeren",
  checksNeedPeildatum: "Kies eerst een geldige peildatum bij Rapport; dan kunnen de controles lopen.",
  rerunChecks: "Opnieuw controleren",
  checking: "Controleren…",
  checksStale:
    "De bronnen of instellingen zijn gewijzigd sinds de laatste controle. Voer de controles opnieuw uit.",
  checksSummary: (total: string, fout: string, waarschuwing: string, info: string) =>
    `${total} bevindingen: ${fout} ${fout === "1" ? "fout" : "fouten"}, ${waarschuwing} ${waarschuwing === "1" ? "waarschuwing" : "waarschuwingen"}, ${info} info.`,
  checksDone: (total: string) => `Controles klaar: ${total} bevindingen.`,
  filtersLabel: "Filters",
  filterPartner: "Partner",
  filterSeverity: "Ernst",
  filterRule: "Regel",
  allPartners: "Alle partners",
  noPartner: "Zonder partner",
  allSeverities: "Alle",
  allRules: "Alle regels",
  filteredCount: (shown: string, total: string) => `${shown} van ${total}`,
  notCheckable: "niet toetsbaar",
  noFindings: "geen bevindingen",
  noFindingsForFilter: "Geen bevindingen voor deze filters.",
  readIssues: "Onleesbare waarden",
  findingsOf: (rule: string) => `Bevindingen van ${rule}`,
  row: (n: number) => `rij ${n}`,
  wholeRow: "hele rij",
  goTo: "Ga naar ",
  findingFromFile: (file: string) => `uit bestand ${file}`,
  showMore: (n: string) => `Meer tonen (nog ${n})`,
  selected: (sheet: string, cell: string) => `${cell} geselecteerd op blad ${sheet}.`,
  notSelectable: (sheet: string) =>
    `Blad ${sheet} is verborgen of bestaat niet meer; maak het zichtbaar of voer de controles opnieuw uit.`,
  agreement: "Afspraak",

  // Rapport
  reportHeading: "Maandrapportage",
  peildatum: "Peildatum",
  peildatumMode: "Peildatum kiezen",
  modeToday: (date: string) => `Vandaag (${date})`,
  modeEndOfMonth: (date: string) => `Laatste dag van vorige maand (${date})`,
  modeFixed: "Vaste datum",
  fixedDate: "Vaste peildatum",
  peildatumHint: "Ook gebruikt door Rapport verversen op het lint.",
  peildatumInvalid: "Vul een geldige datum in.",
  datePlaceholder: "dd-mm-jjjj",
  peildatumTypedInvalid: (typed: string) =>
    `"${typed}" is geen geldige datum; typ dd-mm-jjjj (bijvoorbeeld 30-09-2015) of kies in de kalender. De peildatum blijft ongewijzigd.`,
  calendarLabel: "Kalender",
  calendar: {
    months: [...MONTHS_NL],
    shortMonths: ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    days: ["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"],
    shortDays: ["zo", "ma", "di", "wo", "do", "vr", "za"],
    goToToday: "Naar vandaag",
    prevMonthAriaLabel: "Vorige maand",
    nextMonthAriaLabel: "Volgende maand",
    prevYearAriaLabel: "Vorig jaar",
    nextYearAriaLabel: "Volgend jaar",
    prevYearRangeAriaLabel: "Vorige jaren",
    nextYearRangeAriaLabel: "Volgende jaren",
    closeButtonAriaLabel: "Kalender sluiten",
    selectedDateFormatString: "Gekozen datum {0}",
    todayDateFormatString: "Vandaag, {0}",
    monthPickerHeaderAriaLabel: "{0}, kies een ander jaar",
    yearPickerHeaderAriaLabel: "{0}, kies een andere maand",
    weekNumberFormatString: "Week {0}",
    dayMarkedAriaLabel: "gemarkeerd",
  } satisfies CalendarTexts,
  thresholdsHeading: "Drempels voor de status",
  opKoers: "Op koers vanaf",
  aandacht: "Aandacht vanaf",
  thresholdsHint: "Realisatie gedeeld door pro rata; daaronder is de status achter.",
  thresholdsInvalid: "Aandacht mag niet hoger zijn dan op koers.",
  makeReport: "Maak rapportage",
  making: "Rapportage maken…",
  stepOf: (n: number, label: string) => `Stap ${n} van 4: ${label}`,
  steps: {
    lezen: "lezen — bladen uit de werkmap lezen",
    controleren: "controleren — bronnen herkennen en waarden lezen",
    berekenen: "berekenen — regels toetsen en cijfers berekenen",
    schrijven: "schrijven — rapportbladen maken",
  },
  sheetsProgress: (done: number, total: number) => `blad ${done} van ${total}`,
  reportFailed: "De rapportage is niet gemaakt.",
  reportDone: (peildatum: string, sheets: number) =>
    `Rapportage gemaakt voor peildatum ${peildatum}: ${sheets} bladen.`,
  reportSheets: "Rapportbladen",
  openSheet: (name: string) => `Ga naar blad ${name}`,
  omitted: (list: string) =>
    `Niet gemaakt, omdat deze Excel-versie het niet kan (een nieuwere Excel, zoals Microsoft 365, kan het wel): ${list}.`,
  capped: (n: string) =>
    `${n} bevindingen staan niet in de detailtabel van Bevindingen (het overzicht per regel telt ze wel).`,
  problemsBlock: "De rapportage kan niet gemaakt worden:",
  goToSources: "Naar Bronnen",
  maandstandHeading: "Maandstand",
  maandstandIntro:
    "Leg de cijfers van deze rapportage vast op het blad Historie, om volgende maand mee te vergelijken. Eerdere regels blijven staan.",
  recordMaandstand: "Maandstand vastleggen",
  recording: "Vastleggen…",
  maandstandNeedsReport: "Maak eerst de rapportage; de maandstand legt de cijfers daarvan vast.",
  recorded: (peildatum: string, rows: number, sheet: string, created: boolean) =>
    `Maandstand van ${peildatum} vastgelegd: ${rows} regels toegevoegd aan ${created ? "het nieuwe blad" : "blad"} ${sheet}.`,
  alreadyRecordedTitle: "Deze peildatum is al vastgelegd",
  alreadyRecorded: (peildatum: string, at: string) =>
    `De maandstand van ${peildatum} is al vastgelegd (${at}). Opnieuw vastleggen voegt nieuwe regels toe; de oude blijven staan.`,
  recordAnyway: "Toch vastleggen",

  // Instellingen
  settingsHeading: "Instellingen voor het team",
  settingsIntro:
    "Deze instellingen worden in de werkmap bewaard: iedereen die de werkmap opent, gebruikt ze.",
  sectorAliases: "Sectoraliassen",
  sectorAliasesHint:
    "Een andere schrijfwijze van een sector in de exports, en de sector uit het ambitieblad.",
  partnerAliases: "Partneraliassen",
  partnerAliasesHint: "Een andere naam voor een partner in de kolom Organisatie.",
  instrumentAliases: "Instrumentaliassen",
  instrumentAliasesHint: "Een andere naam voor een instrument uit de regionale toolbox.",
  overheidHeading: "Overheid bij de banenafspraak",
  overheidLabel: "Overheidssectoren, één per regel",
  overheidUnknown: (names: readonly string[]) =>
    `Niet in de sectorlijst van de laatste controle: ${names.join("; ")}. Controleer de schrijfwijze.`,
  overheidHint:
    "De banen in deze sectoren tellen voor het doel overheid (690), de rest voor markt (710). " +
    "Standaard: Openbaar bestuur (overheid) en onderwijs. Leeg: alles is markt.",
  alias: "Alias",
  chooseTarget: "Kies…",
  aliasTarget: { sector: "Sector", partner: "Partner", instrument: "Instrument" },
  aliasFor: (kind: string, n: number) => `${kind}alias ${n}`,
  addAlias: (kind: string) => `${kind}alias toevoegen`,
  removeAlias: (alias: string) => `Alias ${alias || "(leeg)"} verwijderen`,
  duplicateAlias: (alias: string) => `De alias "${alias}" staat er twee keer.`,
  emptyAlias: "Vul de alias en waar die voor staat in, of verwijder de regel.",
  noAliases: "Nog geen aliassen.",
  sheetChoices: "Keuzes per blad",
  sheetChoicesHint: "Bron en kolomkoppeling die bij Bronnen zijn gekozen.",
  noSheetChoices: "Geen keuzes per blad: alle bladen worden automatisch herkend.",
  sheetChoice: (sheet: string, type: string, columns: number) =>
    `${sheet}: ${type}${columns > 0 ? `, ${columns} ${plural(columns, "kolom", "kolommen")} gekoppeld` : ""}`,
  clearChoice: (sheet: string) => `Keuze voor ${sheet} wissen`,
  save: "Opslaan in de werkmap",
  revert: "Wijzigingen ongedaan maken",
  saved: "Opgeslagen in de werkmap. Sla de werkmap op om de instellingen met het team te delen.",
  unsaved: "Niet opgeslagen wijzigingen.",

  // Ribbon error shown in the pane
  lastErrorTitle: (action: string, at: string) =>
    `${action || "Rapport verversen"} is mislukt${at ? ` (${at})` : ""}`,

  // Errors
  errors: {
    generic: {
      title: "Er ging iets mis",
      action: "Probeer het opnieuw. Blijft het misgaan, sluit dan het taakvenster en open het opnieuw.",
    },
    unsupported: {
      title: "Excel-versie te oud",
      action: "Gebruik Excel 2016 of nieuwer, Microsoft 365 of Excel op het web.",
    },
    cellEdit: {
      title: "Excel is bezig met een cel",
      action: "Druk op Enter of Esc om het bewerken van de cel af te ronden en probeer het opnieuw.",
    },
    protected: {
      title: "De werkmap of een blad is beveiligd",
      action: "Hef de beveiliging op (Controleren > Beveiliging opheffen) en probeer het opnieuw.",
    },
    tooLarge: {
      title: "Te veel gegevens in één keer",
      action: "Verklein de bladen (bijvoorbeeld één export per kwartaal) en probeer het opnieuw.",
    },
    connection: {
      title: "Geen verbinding met Excel",
      action: "Wacht even en probeer het opnieuw; sluit anders het taakvenster en open het opnieuw.",
    },
    report: {
      title: "De rapportage is niet gemaakt",
      action: "Het vorige rapport is ongewijzigd. Probeer het opnieuw.",
    },
    // Writing failed: the message says whether the previous report is unchanged.
    reportWrite: { title: "De rapportage is niet gemaakt", action: "Probeer het opnieuw." },
    missing: {
      title: "De rapportage is niet gemaakt",
      action:
        "Los het op bij Bronnen (kies of koppel de bron) en probeer het opnieuw. Het vorige rapport is ongewijzigd.",
    },
    timeout: {
      title: "Rapport verversen duurde te lang",
      action:
        "Kijk of Excel nog bezig is en of de rapportbladen zijn bijgewerkt; maak de rapportage anders hier, bij Rapport.",
    },
    maandstand: {
      title: "De maandstand is niet vastgelegd",
      action: "Los het probleem op en probeer het opnieuw.",
    },
    import: {
      title: "Het bestand is niet geïmporteerd",
      action: "Controleer het bestand en probeer het opnieuw.",
    },
    settings: { title: "De instellingen zijn niet opgeslagen", action: "Probeer het opnieuw." },
    crash: {
      title: "Het taakvenster liep vast",
      action: "Laad het taakvenster opnieuw. De werkmap is niet gewijzigd door deze fout.",
    },
  },
  detailName: "Soort",
  detailCode: "Code",
  detailMessage: "Melding",
  detailDebug: "Debuginformatie van Office",
};

export type Strings = typeof nl;

const en: Strings = {
  appTitle: "WSP Monitor",
  previewBanner: "Preview mode: simulated Excel with demo data",
  previewBannerDetail: "Nothing is saved or sent; reload the page to start again.",
  stepsLabel: "Steps of the monthly report",
  tabs: { bronnen: "Sources", controle: "Checks", rapport: "Report", instellingen: "Settings" },
  loading: "Working…",
  close: "Close",
  details: "Details",
  hideDetails: "Hide details",
  dismiss: "Dismiss message",
  retry: "Try again",
  reload: "Reload the task pane",

  notInExcelTitle: "Not opened in Excel",
  notInExcelBody:
    "This task pane only works in Excel: open it from the ribbon (Home > WSP Monitor > Open). " +
    "To look at it without Excel: run `npm run preview` and open http://localhost:3001.",
  officeFailedTitle: "Office could not start",
  officeFailedBody:
    "The task pane could not connect to Excel. Close the task pane and open it again from the ribbon; " +
    "if that does not help, restart Excel.",

  sourcesHeading: "Sources in this workbook",
  sourcesIntro:
    "WSP Monitor recognises each source by its column headers, not by the sheet name. Choose a source yourself when the recognition is wrong.",
  readingWorkbook: "Reading the workbook…",
  refresh: "Read again",
  refreshLabel: "Read the workbook again",
  sourcesSummary: (found, total, sheets) =>
    `${found} of ${total} sources found in ${sheets} ${plural(sheets, "sheet", "sheets")}.`,
  sourceLabel: "Source",
  sourceFor: (sheet) => `Source for sheet ${sheet}`,
  automatic: (type) => (type ? `Automatic (${type})` : "Automatic (not recognised)"),
  ignoreSheet: "Do not use",
  status: {
    gebruikt: "used",
    "niet herkend": "not recognised",
    onbruikbaar: "column missing",
    dubbel: "duplicate",
    genegeerd: "not used",
  },
  statusHelp: {
    gebruikt: "This source is read.",
    "niet herkend": "No source recognised from the headers; this sheet is not read.",
    onbruikbaar: "Recognised, but a required column is missing: map the column or choose another source.",
    dubbel: "There already is an ambition sheet; only the first one is read.",
    genegeerd: "You chose not to use this sheet.",
  },
  rows: (n) => `${n} rows`,
  period: (from, to) => `${from} to ${to}`,
  headerRow: (row) => `header row ${row}`,
  chosenByHand: "chosen by hand",
  missingColumn: (label, closest) =>
    closest
      ? `Column "${label}" is missing; closest header: "${closest}".`
      : `Column "${label}" is missing; no similar header found.`,
  mapColumns: "Map columns",
  mapColumnsFor: (sheet) => `Map columns for sheet ${sheet}`,
  ownSheets: (names) => `Report sheets of WSP Monitor (not a source): ${names}.`,
  emptySheets: (names) => `Empty sheets skipped: ${names}.`,
  missingSourcesTitle: "Not complete",
  importHeading: "Import an export",
  importIntro: "Add a WBS export (.csv or .xlsx) as a new sheet. An existing sheet is never overwritten.",
  importButton: "Choose file…",
  importInputLabel: "Export file (.csv or .xlsx)",
  importing: (file) => `Importing ${file}…`,
  imported: (file, sheet, rows) => `${file} was added as the new sheet "${sheet}" (${rows} rows).`,
  sourcesChanged: "The sources have changed.",

  mappingTitle: (sheet) => `Map columns: ${sheet}`,
  mappingIntro: (type) =>
    `This sheet looks like the source ${type}, but not every required column was recognised. Choose the header from your sheet for each column.`,
  mappingRequired: "Required columns",
  mappingOptional: "Other columns (optional)",
  notMapped: "— not mapped —",
  mappingPartners:
    "One column per partner: use the partner names (Den Haag, Delft, Rijswijk, Westland, UWV) as headers, or add a partner alias under Settings.",
  mappingSave: "Map",
  cancel: "Cancel",
  mappingIncomplete: "Choose a header for every required column.",
  mappingChosenTwice: (header) => `The header "${header}" is chosen for more than one column; choose one.`,

  checksHeading: "Checks against the agreements",
  checksIntro: (peildatum) =>
    `Every row is checked against the agreements. Peildatum ${peildatum} (set it under Report).`,
  runChecks: "Run checks",
  rerunChecks: "Check again",
  checksNeedPeildatum: "First choose a valid peildatum under Rapport; then the checks can run.",
  checking: "Checking…",
  checksStale: "The sources or settings changed since the last check. Run the checks again.",
  checksSummary: (total, fout, waarschuwing, info) =>
    `${total} findings: ${fout} ${fout === "1" ? "error" : "errors"} (fout), ${waarschuwing} ${waarschuwing === "1" ? "warning" : "warnings"} (waarschuwing), ${info} info.`,
  checksDone: (total) => `Checks done: ${total} findings.`,
  filtersLabel: "Filters",
  filterPartner: "Partner",
  filterSeverity: "Severity",
  filterRule: "Rule",
  allPartners: "All partners",
  noPartner: "No partner",
  allSeverities: "All",
  allRules: "All rules",
  filteredCount: (shown, total) => `${shown} of ${total}`,
  notCheckable: "not checkable",
  noFindings: "no findings",
  noFindingsForFilter: "No findings for these filters.",
  readIssues: "Unreadable values",
  findingsOf: (rule) => `Findings of ${rule}`,
  row: (n) => `row ${n}`,
  wholeRow: "whole row",
  goTo: "Go to ",
  findingFromFile: (file) => `from file ${file}`,
  showMore: (n) => `Show more (${n} left)`,
  selected: (sheet, cell) => `${cell} selected on sheet ${sheet}.`,
  notSelectable: (sheet) =>
    `Sheet ${sheet} is hidden or no longer exists; unhide it or run the checks again.`,
  agreement: "Agreement",

  reportHeading: "Monthly report",
  peildatum: "Peildatum",
  peildatumMode: "Choose the peildatum",
  modeToday: (date) => `Today (${date})`,
  modeEndOfMonth: (date) => `Last day of last month (${date})`,
  modeFixed: "Fixed date",
  fixedDate: "Fixed peildatum",
  peildatumHint: "Also used by Refresh report on the ribbon.",
  peildatumInvalid: "Enter a valid date.",
  datePlaceholder: "dd-mm-yyyy",
  peildatumTypedInvalid: (typed) =>
    `"${typed}" is not a valid date; type dd-mm-yyyy (for example 30-09-2015) or pick one in the calendar. The peildatum stays as it was.`,
  calendarLabel: "Calendar",
  calendar: {
    months: [
      "January",
      "February",
      "March",
      "April",
      "May",
      "June",
      "July",
      "August",
      "September",
      "October",
      "November",
      "December",
    ],
    shortMonths: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    days: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
    shortDays: ["Su", "Mo", "Tu", "We", "Th", "Fr", "Sa"],
    goToToday: "Go to today",
    prevMonthAriaLabel: "Previous month",
    nextMonthAriaLabel: "Next month",
    prevYearAriaLabel: "Previous year",
    nextYearAriaLabel: "Next year",
    prevYearRangeAriaLabel: "Previous years",
    nextYearRangeAriaLabel: "Next years",
    closeButtonAriaLabel: "Close calendar",
    selectedDateFormatString: "Selected date {0}",
    todayDateFormatString: "Today, {0}",
    monthPickerHeaderAriaLabel: "{0}, choose another year",
    yearPickerHeaderAriaLabel: "{0}, choose another month",
    weekNumberFormatString: "Week {0}",
    dayMarkedAriaLabel: "marked",
  },
  thresholdsHeading: "Status thresholds",
  opKoers: "Op koers from",
  aandacht: "Aandacht from",
  thresholdsHint: "Realisatie divided by pro rata; below them the status is achter.",
  thresholdsInvalid: "Aandacht cannot be higher than op koers.",
  makeReport: "Make report",
  making: "Making the report…",
  stepOf: (n, label) => `Step ${n} of 4: ${label}`,
  steps: {
    lezen: "reading — the sheets of the workbook",
    controleren: "checking — recognising sources and reading values",
    berekenen: "computing — checking the rules and computing the figures",
    schrijven: "writing — making the report sheets",
  },
  sheetsProgress: (done, total) => `sheet ${done} of ${total}`,
  reportFailed: "The report was not made.",
  reportDone: (peildatum, sheets) => `Report made for peildatum ${peildatum}: ${sheets} sheets.`,
  reportSheets: "Report sheets",
  openSheet: (name) => `Go to sheet ${name}`,
  omitted: (list) =>
    `Not made, because this version of Excel cannot (a newer Excel, such as Microsoft 365, can): ${list}.`,
  capped: (n) =>
    `${n} findings are not in the detail table of Bevindingen (the summary per rule counts them all).`,
  problemsBlock: "The report cannot be made:",
  goToSources: "Go to Sources",
  maandstandHeading: "Maandstand",
  maandstandIntro:
    "Record the figures of this report on the Historie sheet, to compare with next month. Earlier rows stay.",
  recordMaandstand: "Record maandstand",
  recording: "Recording…",
  maandstandNeedsReport: "Make the report first; the maandstand records its figures.",
  recorded: (peildatum, rows, sheet, created) =>
    `Maandstand of ${peildatum} recorded: ${rows} rows added to ${created ? "the new sheet" : "sheet"} ${sheet}.`,
  alreadyRecordedTitle: "This peildatum has been recorded",
  alreadyRecorded: (peildatum, at) =>
    `The maandstand of ${peildatum} was recorded before (${at}). Recording again adds new rows; the old ones stay.`,
  recordAnyway: "Record anyway",

  settingsHeading: "Settings for the team",
  settingsIntro: "These settings are kept in the workbook: everyone who opens the workbook uses them.",
  sectorAliases: "Sector aliases",
  sectorAliasesHint: "Another spelling of a sector in the exports, and the sector of the ambition sheet.",
  partnerAliases: "Partner aliases",
  partnerAliasesHint: "Another name for a partner in the Organisatie column.",
  instrumentAliases: "Instrument aliases",
  instrumentAliasesHint: "Another name for an instrument of the regional toolbox.",
  overheidHeading: "Government in the banenafspraak",
  overheidLabel: "Government sectors, one per line",
  overheidUnknown: (names) =>
    `Not in the sector list of the last check: ${names.join("; ")}. Check the spelling.`,
  overheidHint:
    "The banen in these sectors count towards the government target (690), the rest towards market (710). " +
    "Default: Openbaar bestuur (overheid) en onderwijs. Empty: everything is market.",
  alias: "Alias",
  chooseTarget: "Choose…",
  aliasTarget: { sector: "Sector", partner: "Partner", instrument: "Instrument" },
  aliasFor: (kind, n) => `${kind} alias ${n}`,
  addAlias: (kind) => `Add ${kind.toLowerCase()} alias`,
  removeAlias: (alias) => `Remove alias ${alias || "(empty)"}`,
  duplicateAlias: (alias) => `The alias "${alias}" is there twice.`,
  emptyAlias: "Fill in the alias and what it stands for, or remove the row.",
  noAliases: "No aliases yet.",
  sheetChoices: "Choices per sheet",
  sheetChoicesHint: "Source and column mapping chosen under Sources.",
  noSheetChoices: "No choices per sheet: all sheets are recognised automatically.",
  sheetChoice: (sheet, type, columns) =>
    `${sheet}: ${type}${columns > 0 ? `, ${columns} ${plural(columns, "column", "columns")} mapped` : ""}`,
  clearChoice: (sheet) => `Clear the choice for ${sheet}`,
  save: "Save in the workbook",
  revert: "Undo changes",
  saved: "Saved in the workbook. Save the workbook to share the settings with the team.",
  unsaved: "Unsaved changes.",

  lastErrorTitle: (action, at) => `${action || "Refresh report"} failed${at ? ` (${at})` : ""}`,

  errors: {
    generic: {
      title: "Something went wrong",
      action: "Try again. If it keeps failing, close the task pane and open it again.",
    },
    unsupported: {
      title: "Excel version too old",
      action: "Use Excel 2016 or newer, Microsoft 365 or Excel on the web.",
    },
    cellEdit: {
      title: "Excel is editing a cell",
      action: "Press Enter or Esc to finish editing the cell and try again.",
    },
    protected: {
      title: "The workbook or a sheet is protected",
      action: "Unprotect it (Review > Unprotect) and try again.",
    },
    tooLarge: {
      title: "Too much data at once",
      action: "Make the sheets smaller (for example one export per quarter) and try again.",
    },
    connection: {
      title: "No connection with Excel",
      action: "Wait a moment and try again; otherwise close the task pane and open it again.",
    },
    report: { title: "The report was not made", action: "The previous report is unchanged. Try again." },
    reportWrite: { title: "The report was not made", action: "Try again." },
    missing: {
      title: "The report was not made",
      action:
        "Fix it under Sources (choose or map the source) and try again. The previous report is unchanged.",
    },
    timeout: {
      title: "Refresh report took too long",
      action:
        "Check whether Excel is still busy and whether the report sheets were updated; else make the report here, under Report.",
    },
    maandstand: { title: "The maandstand was not recorded", action: "Fix the problem and try again." },
    import: { title: "The file was not imported", action: "Check the file and try again." },
    settings: { title: "The settings were not saved", action: "Try again." },
    crash: {
      title: "The task pane stopped",
      action: "Reload the task pane. The workbook was not changed by this error.",
    },
  },
  detailName: "Kind",
  detailCode: "Code",
  detailMessage: "Message",
  detailDebug: "Debug information from Office",
};

export const STRINGS: Record<Locale, Strings> = { nl, en };

/** Numbers, dates and times as the locale writes them (Dutch: 1.234 and 30-09-2015). */
export interface Formatters {
  number(n: number): string;
  decimal(n: number, digits?: number): string;
}

export function formatters(locale: Locale): Formatters {
  const tag = locale === "en" ? "en-GB" : "nl-NL";
  const integer = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
  return {
    number: (n) => integer.format(n),
    decimal: (n, digits = 2) =>
      new Intl.NumberFormat(tag, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n),
  };
}
