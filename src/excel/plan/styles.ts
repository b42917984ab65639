/** Number formats, colours and fonts of the report, in one place. */
import type { ColumnKind, TextStyle } from "./types";

/** Excel's invariant number format codes; Excel shows them with the user's (nl-NL) separators. */
export const NUMBER_FORMAT: Record<ColumnKind, string> = {
  text: "@",
  integer: "#,##0",
  whole: "0",
  decimal1: "#,##0.0",
  decimal2: "#,##0.00",
  percent: "0.0%",
  date: "dd-mm-yyyy",
  datetime: "dd-mm-yyyy hh:mm",
  diff: "+#,##0;[Red]-#,##0;0",
  diffDecimal1: "+#,##0.0;[Red]-#,##0.0;0.0",
  diffPercent: "+0.0%;[Red]-0.0%;0.0%",
  status: "@",
  link: "General",
};

/** Kinds shown right-aligned (numbers, and the "–" that stands for "no number"). */
export function isNumeric(kind: ColumnKind): boolean {
  return kind !== "text" && kind !== "status" && kind !== "link";
}

export const COLORS = {
  title: "#1F3864",
  muted: "#595959",
  headerFill: "#1F4E78",
  headerFont: "#FFFFFF",
  totalsFill: "#DDEBF7",
  warning: "#9C0006",
  tab: "#1F4E78",
  tabHistorie: "#7F6000",
  /** Series: realisatie, pro rata, ambitie (and further). */
  series: ["#1F4E78", "#F4B183", "#A9D18E", "#8FAADC", "#FFD966"],
};

/** Traffic lights (Excel's "good / neutral / bad" styles). */
export const TRAFFIC_LIGHTS: ReadonlyArray<{ text: string; fill: string; font: string }> = [
  { text: "op koers", fill: "#C6EFCE", font: "#006100" },
  { text: "aandacht", fill: "#FFEB9C", font: "#9C5700" },
  { text: "achter", fill: "#FFC7CE", font: "#9C0006" },
];

export interface FontStyle {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
}

export const TEXT_STYLES: Record<TextStyle, FontStyle> = {
  title: { bold: true, size: 16, color: COLORS.title },
  subtitle: { color: COLORS.muted },
  heading: { bold: true, size: 12, color: COLORS.title },
  text: {},
  note: { italic: true, color: COLORS.muted },
  warning: { bold: true, color: COLORS.warning },
};

export const TABLE_STYLE = "TableStyleMedium2";

/** The "–" shown where a number does not exist (ambitie 0, no earlier figure). */
export const NO_NUMBER = "–";

/** The printed page: A4 landscape, margins in points (the page layout the report sets). */
export const PAGE = {
  width: 842,
  height: 595,
  left: 36,
  right: 36,
  top: 54,
  bottom: 54,
  header: 22,
  footer: 22,
};

/** Standard row height (Calibri 11) and the heights the report sets. */
export const ROW_POINTS = 15;
export const TEXT_ROW_POINTS: Record<TextStyle, number> = {
  title: 24,
  subtitle: 15,
  heading: 20,
  text: 15,
  note: 15,
  warning: 15,
};
