import { ONBEKEND } from "../context";
import { matchKey } from "../text";
import { Rule } from "./types";

const UWV_BENEFITS = new Set(["ww"]);
const MUNICIPAL_BENEFITS = new Set(["wwb", "bijstand", "participatiewet", "ioaw"]);

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
    // The benefit's key, once per distinct Uitkering text.
    const benefits = ctx.valuesOf("Plaatsingen", "uitkering", (text) =>
      text === undefined ? "" : matchKey(text),
    );
    ctx.data.records.Plaatsingen.forEach((p, i) => {
      const partner = resolved[i].partner;
      if (p.uitkering === undefined || partner === ONBEKEND) return;
      const benefit = benefits[i];
      const uwv = ctx.partners.isUwv(partner);
      if (uwv && MUNICIPAL_BENEFITS.has(benefit)) {
        emit(p, `Uitkering ${p.uitkering} hoort bij een gemeente, maar UWV registreerde de plaatsing.`, {
          column: "uitkering",
        });
      } else if (!uwv && UWV_BENEFITS.has(benefit)) {
        emit(p, `Uitkering ${p.uitkering} hoort bij UWV, maar ${partner} registreerde de plaatsing.`, {
          column: "uitkering",
        });
      }
    });
  },
};
