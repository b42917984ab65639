/**
 * Dates as the pane shows them: with non-breaking hyphens (U+2011), so that a date never breaks over
 * two lines (src/taskpane/display.ts). Written out here rather than imported, so that the tests say
 * what the screen holds.
 */
const NON_BREAKING_HYPHEN = "\u2011";

/** "Rapportage gemaakt voor peildatum 30-09-2015" as on screen. */
export const onScreen = (text: string): string => text.replace(/(\d)-(?=\d)/g, `$1${NON_BREAKING_HYPHEN}`);

/** The same for a pattern: a hyphen between digits (30-09-2015, \d\d-\d\d-\d{4}) as on screen. */
export const onScreenPattern = (pattern: RegExp): RegExp =>
  new RegExp(pattern.source.replace(/(\d|\\d|\})-(?=\d|\\d)/g, `$1${NON_BREAKING_HYPHEN}`), pattern.flags);
