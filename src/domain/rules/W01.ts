import { Werkgever } from "../model";
import { nameKey, similarity } from "../text";
import { normaliseHuisnummer, normalisePostcode } from "./employer-keys";
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
    const employers = ctx.data.records.Werkgevers.map((w, i) => ({
      w,
      i,
      key: nameKey(w.naamWerkgever ?? ""),
    }));
    employers.sort((a, b) => (a.w.datumInvoer ?? Infinity) - (b.w.datumInvoer ?? Infinity) || a.i - b.i);
    const byKvk = new Map<string, Werkgever>();
    const byName = new Map<string, Werkgever>();
    const byAddress = new Map<string, Array<{ w: Werkgever; key: string }>>();
    const useAddress = ctx.hasColumn("Werkgevers", "huisnummer");
    for (const { w, key } of employers) {
      const kvk = w.kvkNummer?.replace(/\s+/g, "");
      const address =
        useAddress && w.huisnummer
          ? `${normalisePostcode(w.postcode)}|${normaliseHuisnummer(w.huisnummer)}`
          : "";
      const sameKvk = kvk ? byKvk.get(kvk) : undefined;
      const sameName = key ? byName.get(key) : undefined;
      const similarAtAddress =
        address && key
          ? byAddress.get(address)?.find((e) => similarity(e.key, key) >= ADDRESS_SIMILARITY)?.w
          : undefined;
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
      if (kvk && !byKvk.has(kvk)) byKvk.set(kvk, w);
      if (key && !byName.has(key)) byName.set(key, w);
      if (address && key) {
        const list = byAddress.get(address);
        if (list) list.push({ w, key });
        else byAddress.set(address, [{ w, key }]);
      }
    }
  },
};
