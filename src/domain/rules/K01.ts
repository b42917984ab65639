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
    for (const k of ctx.data.records.Kandidaten) {
      if (k.doelgroepregister === true && k.arbeidsbeperkt !== true) {
        emit(k, "In het doelgroepregister, maar Arbeidsbeperkt is nee of leeg.", {
          column: "arbeidsbeperkt",
        });
      }
    }
  },
};
