/**
 * Text keys and similarity, as DOMAIN.md defines them ("Sector key", "Name key").
 * Every matching in the engine (sectors, headers, instruments, partners, employers) goes through here.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Lower-case and fold diacritics ("Één" -> "een"). */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  // Fast path: plain ASCII needs no normalisation.
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(lower) ? lower : lower.normalize("NFD").replace(COMBINING_MARKS, "");
}

/** Typographic apostrophes (Word and Outlook turn 's-Gravenhage into ’s-Gravenhage) and accents used as one. */
const APOSTROPHES = /[\u2018\u2019\u201b\u00b4\u0060\u02bc]/g;

/** Trimmed, folded, whitespace collapsed, apostrophes made plain: how partner names are compared. */
export function foldTrim(text: string): string {
  return fold(text).trim().replace(/\s+/g, " ").replace(APOSTROPHES, "'");
}

/**
 * Sector key: lower-case, fold diacritics, `&` and `+` become " en ", every other non-letter/non-digit
 * becomes a space, the word "en" is dropped, all spaces removed. Also used for headers and instruments.
 */
const keyCache = new Map<string, string>();

export function matchKey(text: string): string {
  let key = keyCache.get(text);
  if (key === undefined) {
    key = computeMatchKey(text);
    // Exports repeat the same few names; a bounded cache keeps memory flat on odd inputs.
    if (keyCache.size >= 20_000) keyCache.clear();
    keyCache.set(text, key);
  }
  return key;
}

function computeMatchKey(text: string): string {
  const words = fold(text)
    .replace(/[&+]/g, " en ")
    .replace(/[^a-z0-9]+/g, " ")
    .split(" ");
  let key = "";
  for (const word of words) if (word !== "" && word !== "en") key += word;
  return key;
}

const LEGAL_FORMS = new Set(["bv", "nv", "vof", "cv"]);

/**
 * Employer name key (rule W01): lower-case, fold diacritics, drop legal forms (b.v., bv, n.v., nv,
 * v.o.f., vof, c.v., cv), drop punctuation and all spaces. "Van der Berg Bouw B.V." = "Vanderberg Bouw BV".
 */
export function nameKey(text: string): string {
  const ascii = asciiNameKey(text);
  if (ascii !== undefined) return ascii;
  // Legal forms are recognised as whole tokens once their dots are removed ("b.v." -> "bv").
  const tokens = fold(text)
    .replace(/[^a-z0-9.\s]+/g, " ")
    .split(/\s+/);
  let key = "";
  for (const token of tokens) {
    const bare = token.replace(/\./g, "");
    if (bare === "" || LEGAL_FORMS.has(bare)) continue;
    key += bare;
  }
  return key;
}

const isLetterOrDigit = (code: number) => (code >= 97 && code <= 122) || (code >= 48 && code <= 57);

/**
 * `nameKey` of ASCII text in one pass, without regular expressions (W01 keys every employer): a token
 * is a run of letters, digits and dots; dots are dropped; anything else separates tokens. Undefined
 * for text with other characters (folding diacritics needs the general path).
 */
function asciiNameKey(text: string): string | undefined {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return undefined;
  const lower = text.toLowerCase();
  let key = "";
  let token = "";
  // Start of the current run of letters and digits, appended to `token` at the next other character.
  let from = 0;
  for (let i = 0; i <= lower.length; i++) {
    const code = i < lower.length ? lower.charCodeAt(i) : 32;
    if (isLetterOrDigit(code)) continue;
    if (i > from) token += lower.slice(from, i);
    from = i + 1;
    if (code === 46) continue;
    if (token !== "" && !LEGAL_FORMS.has(token)) key += token;
    token = "";
  }
  return key;
}

/** Levenshtein distance, two-row dynamic programming. */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous = new Array<number>(b.length + 1);
  let current = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length];
}

/** Similarity = 1 − Levenshtein(a, b) / max(length a, length b); 1 for two empty strings. */
export function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - levenshtein(a, b) / longest;
}

/** Dutch list: "a, b en c". */
export function joinDutch(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} en ${items[items.length - 1]}`;
}
