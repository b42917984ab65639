/** Dutch (nl-NL) display of numbers, percentages and statuses, shared by the CLI and the Excel report. */

const INTEGER = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 0 });
const ONE_DECIMAL = new Intl.NumberFormat("nl-NL", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const TWO_DECIMALS = new Intl.NumberFormat("nl-NL", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** A cell's number as the user typed it, in Dutch: decimal comma, no grouping ("2,5", "1134"). */
const CELL_NUMBER = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 10, useGrouping: false });

export const DASH = "–";

export const formatCellNumber = (n: number) => CELL_NUMBER.format(n);

export const formatInteger = (n: number) => INTEGER.format(n);
export const formatDecimal = (n: number) => ONE_DECIMAL.format(n);
export const formatDecimal2 = (n: number) => TWO_DECIMALS.format(n);
export const formatPercent = (n: number | null) => (n === null ? DASH : `${ONE_DECIMAL.format(n * 100)}%`);
