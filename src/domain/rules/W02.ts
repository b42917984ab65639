import { ENTRY_AGREEMENT } from "./employer-keys";
import { Rule } from "./types";

export const W02: Rule = {
  id: "W02",
  name: "Werkgever zonder vacature of bezoek",
  severities: ["waarschuwing"],
  source: "Werkgevers",
  description: "Een werkgever heeft geen vacature en geen bedrijfsbezoek in de exports.",
  agreement: ENTRY_AGREEMENT,
  requires: [{ source: "Werkgevers" }, { source: "Vacatures" }, { source: "Contacten" }],
  check(ctx, emit) {
    // By employer number (see AnalysisContext.employersOf): 1 for a vacancy or a company visit.
    const vacancies = ctx.employersOf("Vacatures");
    const contacts = ctx.employersOf("Contacten");
    const employers = ctx.employersOf("Werkgevers");
    const known = new Uint8Array(ctx.employerCount);
    for (const employer of vacancies) if (employer >= 0) known[employer] = 1;
    const visits = ctx.companyVisits();
    for (let i = 0; i < contacts.length; i++) if (contacts[i] >= 0 && visits[i]) known[contacts[i]] = 1;
    ctx.data.records.Werkgevers.forEach((w, i) => {
      if (employers[i] >= 0 && known[employers[i]] === 0) {
        emit(w, "Werkgever is ingevoerd zonder gemelde vacature of bedrijfsbezoek.", {
          column: "werkgevernummer",
        });
      }
    });
  },
};
