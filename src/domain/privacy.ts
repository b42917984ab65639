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
const DOTTED = /(?<!\d)(\d{3})[.\s](\d{2})[.\s](\d{2})[.\s](\d{2})(?!\d)/g;

export const BSN_MASK = "*********";

/** Replaces every BSN-like number in a text by asterisks. */
export function maskBsn(text: string): string {
  if (text.length < 9 || !hasNineDigits(text)) return text;
  return text
    .replace(NINE_DIGITS, (m) => (isBsn(m) ? BSN_MASK : m))
    .replace(DOTTED, (m, a: string, b: string, c: string, d: string) =>
      isBsn(a + b + c + d) ? BSN_MASK : m,
    );
}

/** Counts BSN candidates (nine-digit numbers) in a cell and how many of them pass the 11-test. */
export function bsnCandidates(value: unknown): { candidates: number; passing: number } {
  if (typeof value === "number") {
    if (!Number.isInteger(value) || value < 10_000_000 || value > 999_999_999) return NONE;
    // Excel drops a leading zero: an eight-digit number may be a BSN starting with 0.
    return isBsn(String(value).padStart(9, "0")) ? ONE_PASSING : ONE_FAILING;
  }
  if (typeof value !== "string" || value.length < 9 || !hasNineDigits(value)) return NONE;
  let candidates = 0;
  let passing = 0;
  for (const match of value.matchAll(NINE_DIGITS)) {
    candidates++;
    if (isBsn(match[0])) passing++;
  }
  for (const match of value.matchAll(DOTTED)) {
    candidates++;
    if (isBsn(match[1] + match[2] + match[3] + match[4])) passing++;
  }
  return candidates === 0 ? NONE : { candidates, passing };
}

/** Cheap pre-check (a native regex scan): nine digits in a row, or in the dotted 123.45.67.89 style. */
const MAYBE_BSN = /\d{9}|\d{3}[.\s]\d{2}[.\s]\d{2}[.\s]\d{2}/;
const hasNineDigits = (text: string) => MAYBE_BSN.test(text);

const NONE = { candidates: 0, passing: 0 };
const ONE_PASSING = { candidates: 1, passing: 1 };
const ONE_FAILING = { candidates: 1, passing: 0 };
