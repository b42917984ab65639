import { Rule } from "./types";

export const K01: Rule = {
  id: "K01",
  name: "Doelgroepregister zonder arbeidsbeperking",
  severities: ["waarschuwing"],
  source: "Kandidaten",
  description: "Een kandidaat staat in het doelgroepregister maar is niet als arbeidsbeperkt geregistreerd.",
  agreement:
    "We brengen de regionale doelgroep in kaart en verbinden dit aan de pilot doelgroepregister: wie in het register staat, hoort bij de arbeidsbeperkten.",
  requires: [{ source: "Kandidaten", columns: ["doelgroepregister"] }],
  check(ctx, emit) {
    const unreadable = ctx.unreadable();
    for (const k of ctx.data.records.Kandidaten) {
      // An Arbeidsbeperkt that could not be read ("onbekend") is L01's: it is not "nee".
      if (
        k.doelgroepregister === true &&
        k.arbeidsbeperkt !== true &&
        !unreadable.get(k)?.has("arbeidsbeperkt")
      ) {
        emit(k, "In het doelgroepregister, maar Arbeidsbeperkt is nee of leeg.", {
          column: "arbeidsbeperkt",
        });
      }
    }
  },
};
