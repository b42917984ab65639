/** Keys for comparing employers and contact types. */
import { matchKey } from "../text";

/**
 * The text without white space (`replace(/\s+/g, "")`); the usual printable ASCII text is handled
 * without a regular expression, which counts when every employer is keyed (W01).
 */
export function withoutWhiteSpace(text: string): string {
  let result = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 32 && code < 127) continue;
    if (code !== 32) return text.replace(/\s+/g, "");
    result += text.slice(from, i);
    from = i + 1;
  }
  return from === 0 ? text : result + text.slice(from);
}

export const normalisePostcode = (postcode: string | undefined) =>
  withoutWhiteSpace((postcode ?? "").toUpperCase());
export function normaliseHuisnummer(nummer: string | undefined): string {
  const lower = (nummer ?? "").toLowerCase();
  // Usually nothing to remove: printable ASCII without "-" (which is 45) needs no regular expression.
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    if (code <= 32 || code === 45 || code >= 127) return lower.replace(/[\s-]+/g, "");
  }
  return lower;
}

export const isBedrijfsbezoek = (soort: string | undefined) =>
  soort === "Bedrijfsbezoek" || (soort !== undefined && matchKey(soort) === "bedrijfsbezoek");

export const ACCOUNT_AGREEMENT =
  "Geen contact betekent: geen gemelde vacatures en/of geen gevulde werkafspraken en/of geen informatie in de audit trail in de afgelopen 12 maanden.";
export const ENTRY_AGREEMENT =
  "Een werkgever wordt uitsluitend ingevoerd indien de werkgever een vacature heeft gemeld of een bedrijfsbezoek heeft plaats gevonden.";
