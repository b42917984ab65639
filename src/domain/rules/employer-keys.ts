/** Keys for comparing employers and contact types. */
import { matchKey } from "../text";

export const normalisePostcode = (postcode: string | undefined) =>
  (postcode ?? "").toUpperCase().replace(/\s+/g, "");
export const normaliseHuisnummer = (nummer: string | undefined) =>
  (nummer ?? "").toLowerCase().replace(/[\s-]+/g, "");

export const isBedrijfsbezoek = (soort: string | undefined) =>
  soort === "Bedrijfsbezoek" || (soort !== undefined && matchKey(soort) === "bedrijfsbezoek");

export const ACCOUNT_AGREEMENT =
  "Geen contact betekent: geen gemelde vacatures en/of geen gevulde werkafspraken en/of geen informatie in de audit trail in de afgelopen 12 maanden.";
export const ENTRY_AGREEMENT =
  "Een werkgever wordt uitsluitend ingevoerd indien de werkgever een vacature heeft gemeld of een bedrijfsbezoek heeft plaats gevonden.";
