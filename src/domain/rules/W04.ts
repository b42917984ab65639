import { dutchDate } from "../dates";
import { ACCOUNT_AGREEMENT } from "./employer-keys";
import { Rule } from "./types";

export const W04: Rule = {
  id: "W04",
  name: "Geen contact (account vrij)",
  severities: ["info"],
  source: "Werkgevers",
  description:
    "Geen vacature geregistreerd, geen contact en geen datum in de audit trail in de 12 maanden tot de peildatum: de werkgever is vrij voor andere partners.",
  agreement: ACCOUNT_AGREEMENT,
  requires: [{ source: "Werkgevers" }, { source: "Vacatures" }, { source: "Contacten" }],
  check(ctx, emit) {
    const contacts = ctx.employerContacts();
    const employers = ctx.employersOf("Werkgevers");
    const since = dutchDate(ctx.window.start);
    const werkgevers = ctx.data.records.Werkgevers;
    for (let i = 0; i < werkgevers.length; i++) {
      const w = werkgevers[i];
      if (employers[i] < 0 || contacts.inWindow(employers[i])) continue;
      emit(w, `Geen contact sinds ${since}: het account is vrij voor andere partners.`, {
        column: "werkgevernummer",
      });
    }
  },
};
