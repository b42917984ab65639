/**
 * The report sheets the add-in writes, in order, as users see them (issue 3). Written out here rather
 * than imported from src/excel, so that a test fails when the code renames or reorders a sheet.
 */
export const REPORT_SHEETS = [
  "Voortgang",
  "Dekkingsgraad",
  "Banenafspraak",
  "Uitsplitsing",
  "Toolbox en doelgroep",
  "Bevindingen",
];

/** The nine sources of DOMAIN.md, in its order. */
export const SOURCE_TYPES = [
  "Ambitie",
  "Sectoren",
  "Bedrijven",
  "Toolbox",
  "Plaatsingen",
  "Vacatures",
  "Werkgevers",
  "Contacten",
  "Kandidaten",
];
