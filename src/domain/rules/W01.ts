import { FirstSeen, KeyIndex } from "../keys";
import { Werkgever } from "../model";
import { nameKey, similarity } from "../text";
import { normaliseHuisnummer, normalisePostcode, withoutWhiteSpace } from "./employer-keys";
import { Rule } from "./types";
import { rowRef } from "./where";

const ADDRESS_SIMILARITY = 0.8;

const describe = (w: Werkgever, from: Werkgever) =>
  `${w.werkgevernummer ?? "?"} ${w.naamWerkgever ?? ""} (${rowRef(w, from)})`.replace(/\s+/g, " ");

/**
 * Duplicate employers, found by blocking on KvK-nummer, name key and address — never by comparing all
 * pairs. Employers are visited in order of entry (Datum invoer, then row order); each later-entered
 * duplicate gets one finding naming the earlier record.
 */
export const W01: Rule = {
  id: "W01",
  name: "Werkgever dubbel ingevoerd",
  severities: ["fout", "waarschuwing"],
  source: "Werkgevers",
  description:
    "Dubbele werkgever: zelfde KvK-nummer (fout); zelfde naam, los of aan elkaar geschreven (waarschuwing); zelfde postcode en huisnummer met een gelijkende naam (waarschuwing).",
  agreement:
    "Invoeren van een nieuwe werkgever in WBS is uitsluitend mogelijk indien de werkgever nog niet in WBS staat. Check hiervoor eerst op naam, daarna op postcode. Check ook goed op het aan elkaar of los schrijven van namen.",
  requires: [{ source: "Werkgevers" }],
  check(ctx, emit) {
    const werkgevers = ctx.data.records.Werkgevers;
    // Order of entry: Datum invoer (missing ones last), then row order — sorted as an index array.
    const entered = new Float64Array(werkgevers.length);
    werkgevers.forEach((w, i) => (entered[i] = w.datumInvoer ?? Infinity));
    const order = Array.from(werkgevers.keys()).sort((a, b) => entered[a] - entered[b] || a - b);
    // Per KvK-nummer and per name key: the employer entered first; per address: all employers there.
    const byKvk = new FirstSeen<Werkgever>();
    const byName = new FirstSeen<Werkgever>();
    // Per address (numbered by `addresses`): the employers there, a list made when the first arrives.
    const addresses = new KeyIndex();
    const atAddresses: Array<Array<{ w: Werkgever; key: string }>> = [];
    const useAddress = ctx.hasColumn("Werkgevers", "huisnummer");
    for (const i of order) {
      const w = werkgevers[i];
      const key = nameKey(w.naamWerkgever ?? "");
      const kvk = w.kvkNummer === undefined ? undefined : withoutWhiteSpace(w.kvkNummer);
      // An address needs both parts: two employers without a postcode are not at one address.
      const postcode = useAddress && w.huisnummer ? normalisePostcode(w.postcode) : "";
      const huisnummer = postcode ? normaliseHuisnummer(w.huisnummer) : "";
      const address = huisnummer ? `${postcode}|${huisnummer}` : "";
      const firstKvk = kvk ? byKvk.first(kvk, w) : w;
      const sameKvk = firstKvk === w ? undefined : firstKvk;
      const firstName = key ? byName.first(key, w) : w;
      const sameName = firstName === w ? undefined : firstName;
      const atAddress = address && key ? (atAddresses[addresses.add(address)] ??= []) : undefined;
      const similarAtAddress = atAddress?.find((e) => similarity(e.key, key) >= ADDRESS_SIMILARITY)?.w;
      if (sameKvk) {
        emit(w, `Zelfde KvK-nummer als eerder ingevoerde werkgever ${describe(sameKvk, w)}.`, {
          column: "kvkNummer",
        });
      } else if (sameName) {
        emit(w, `Zelfde naam als eerder ingevoerde werkgever ${describe(sameName, w)}.`, {
          column: "naamWerkgever",
          severity: "waarschuwing",
        });
      } else if (similarAtAddress) {
        emit(
          w,
          `Zelfde adres en gelijkende naam als eerder ingevoerde werkgever ${describe(similarAtAddress, w)}.`,
          {
            column: "postcode",
            severity: "waarschuwing",
          },
        );
      }
      atAddress?.push({ w, key });
    }
  },
};
