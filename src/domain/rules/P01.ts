import { ONBEKEND } from "../context";
import { fold } from "../text";
import { Rule } from "./types";

type Payer = "uwv" | "gemeente" | undefined;

/** A word of an Uitkering text that names a benefit UWV pays. */
const isUwvWord = (word: string) => word === "ww";
/** A word that names a benefit a municipality pays ("bijstandsuitkering" too). */
const isMunicipalWord = (word: string) =>
  word === "wwb" || word === "ioaw" || word.startsWith("bijstand") || word.startsWith("participatiewet");

/**
 * Who pays the benefit an Uitkering text names, judged by its words, so that "WW-uitkering",
 * "WWB/Bijstand" and "Bijstand (Participatiewet)" are recognised; undefined for any other benefit, and
 * for a text that names both kinds (nothing to say then).
 */
export function payerOf(uitkering: string): Payer {
  const words = fold(uitkering).split(/[^a-z0-9]+/);
  const uwv = words.some(isUwvWord);
  const gemeente = words.some(isMunicipalWord);
  return uwv === gemeente ? undefined : uwv ? "uwv" : "gemeente";
}

export const P01: Rule = {
  id: "P01",
  name: "Verkeerde partner voor uitkering",
  severities: ["fout"],
  source: "Plaatsingen",
  description:
    "Plaatsing door de verkeerde partner geregistreerd: Uitkering WW door een gemeente, of WWB/Bijstand/Participatiewet/IOAW door UWV.",
  agreement:
    "UWV medewerkers registeren plaatsingen van ww-werkzoekenden, gemeentemedewerkers registreren plaatsingen van wwb-werkzoekenden.",
  requires: [{ source: "Plaatsingen", columns: ["uitkering"] }],
  check(ctx, emit) {
    const resolved = ctx.resolvedPlacements();
    // Who pays the benefit, once per distinct Uitkering text.
    const payers = ctx.valuesOf("Plaatsingen", "uitkering", (text) =>
      text === undefined ? undefined : payerOf(text),
    );
    ctx.data.records.Plaatsingen.forEach((p, i) => {
      const partner = resolved[i].partner;
      if (p.uitkering === undefined || partner === ONBEKEND) return;
      const payer = payers[i];
      const uwv = ctx.partners.isUwv(partner);
      if (uwv && payer === "gemeente") {
        emit(p, `Uitkering ${p.uitkering} hoort bij een gemeente, maar UWV registreerde de plaatsing.`, {
          column: "uitkering",
        });
      } else if (!uwv && payer === "uwv") {
        emit(p, `Uitkering ${p.uitkering} hoort bij UWV, maar ${partner} registreerde de plaatsing.`, {
          column: "uitkering",
        });
      }
    });
  },
};
