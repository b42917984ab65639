/**
 * Citizen service numbers (BSN, rule PV1): nine digits passing the 11-test. Reports, findings and
 * summaries must never show them, so every text that leaves the engine goes through `maskBsn`.
 */

/** The 11-test: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11 (and not all zeros). */
export function isBsn(digits: string): boolean {
  if (digits.length !== 9) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    sum += d * (9 - i);
  }
  const last = digits.charCodeAt(8) - 48;
  if (last < 0 || last > 9) return false;
  sum -= last;
  return sum % 11 === 0 && digits !== "000000000";
}

const NINE_DIGITS = /(?<!\d)\d{9}(?!\d)/g;
/**
 * Nine digits in groups, split by points or spaces: 1234.56.782 (the usual notation of a BSN),
 * 123 456 782 or 123.456.782, and 123.45.67.82 — not when the groups go on (1.123.456.782 is a larger
 * number).
 */
const GROUPED =
  /(?<!\d|\d\.)(?:\d{4}[.\s]\d{2}[.\s]\d{3}|\d{3}[.\s]\d{3}[.\s]\d{3}|\d{3}[.\s]\d{2}[.\s]\d{2}[.\s]\d{2})(?!\d|\.\d)/g;
const digitsOf = (grouped: string) => grouped.replace(/\D/g, "");

export const BSN_MASK = "*********";

/** Replaces every BSN-like number in a text by asterisks. */
export function maskBsn(text: string): string {
  if (text.length < 9 || !hasNineDigits(text)) return text;
  return text
    .replace(NINE_DIGITS, (m) => (isBsn(m) ? BSN_MASK : m))
    .replace(GROUPED, (m) => (isBsn(digitsOf(m)) ? BSN_MASK : m));
}

/** Counts BSN candidates (nine-digit numbers) in a cell and how many of them pass the 11-test. */
export function bsnCandidates(value: unknown): { candidates: number; passing: number } {
  if (typeof value === "number") {
    if (!Number.isInteger(value) || value < 10_000_000 || value > 999_999_999) return NONE;
    // Excel drops a leading zero: an eight-digit number may be a BSN starting with 0.
    return isBsn(String(value).padStart(9, "0")) ? ONE_PASSING : ONE_FAILING;
  }
  if (typeof value !== "string" || value.length < 9 || !hasNineDigits(value)) return NONE;
  const found = nineDigitNumbers(value);
  if (found.length === 0) return NONE;
  return { candidates: found.length, passing: found.filter(isBsn).length };
}

/**
 * The nine-digit numbers in a text, in every notation, by the regular expressions alone (no pre-check):
 * what `hasNineDigits` must never miss.
 */
export function nineDigitNumbers(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(NINE_DIGITS)) found.push(match[0]);
  for (const match of text.matchAll(GROUPED)) found.push(digitsOf(match[0]));
  return found;
}

const isDigit = (code: number) => code >= 48 && code <= 57;

/** "." or possibly white space (`\s` of a regular expression; every non-ASCII code counts, to be safe). */
const mayBeSeparator = (code: number) =>
  code === 46 || code === 32 || (code >= 9 && code <= 13) || code >= 0xa0;

/**
 * Cheap pre-check, true for every text in which the regular expressions above can match (and for a few
 * more): nine digits in a row, or nine in groups. Every text cell of every sheet passes here, so it reads
 * as few characters as it can.
 *
 * Texts of 9 or 10 characters (codes, dates) are too short for the grouped styles (11 or 12), and nine
 * digits in a row would cover positions length − 9 up to 8 whatever their start: one non-digit there
 * rules them out, usually at the first character looked at. Longer texts: every pattern spans at least
 * nine consecutive characters, and nine consecutive positions always include one of 8, 17, 26, … (one
 * position of each remainder modulo 9), so only those are probed. A probe on a digit looks at the run
 * of digits around it — nine or more, or a group of two or more next to a separator (the grouped
 * styles); a probe on a separator looks at its neighbours. Anything that might match goes on to the
 * regular expressions.
 */
export function hasNineDigits(text: string): boolean {
  const length = text.length;
  if (length < 9) return false;
  if (length < 11) {
    for (let i = length - 9; i <= 8; i++) if (!isDigit(text.charCodeAt(i))) return false;
    return true;
  }
  for (let i = 8; i < length; i += 9) {
    const code = text.charCodeAt(i);
    if (isDigit(code)) {
      let start = i;
      while (start > 0 && isDigit(text.charCodeAt(start - 1))) start--;
      let end = i + 1;
      while (end < text.length && isDigit(text.charCodeAt(end))) end++;
      if (end - start >= 9) return true;
      // A group of the dotted style: 2 or 3 digits with a separator before or after it.
      if (
        end - start >= 2 &&
        (mayBeSeparator(text.charCodeAt(start - 1)) || mayBeSeparator(text.charCodeAt(end)))
      )
        return true;
    } else if (mayBeSeparator(code) && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))) {
      return true;
    }
  }
  return false;
}

const NONE = { candidates: 0, passing: 0 };
const ONE_PASSING = { candidates: 1, passing: 1 };
const ONE_FAILING = { candidates: 1, passing: 0 };
