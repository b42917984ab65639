import { Rule } from "./types";

const MINIMUM_REPORT_LENGTH = 20;

export const W03: Rule = {
  id: "W03",
  name: "Bedrijfsbezoek zonder verslag",
  severities: ["waarschuwing"],
  source: "Contacten",
  description: `Een bedrijfsbezoek zonder verslag (leeg of korter dan ${MINIMUM_REPORT_LENGTH} tekens).`,
  agreement:
    "Van ieder bedrijfsbezoek wordt een verslag gemaakt en dit verslag wordt opgenomen in de werkafspraken van de werkgever.",
  requires: [{ source: "Contacten", columns: ["verslag"] }],
  check(ctx, emit) {
    const visits = ctx.companyVisits();
    const contacts = ctx.data.records.Contacten;
    for (let i = 0; i < contacts.length; i++) {
      const c = contacts[i];
      if (!visits[i]) continue;
      const length = c.verslag?.length ?? 0;
      if (length < MINIMUM_REPORT_LENGTH) {
        emit(
          c,
          length === 0 ? "Bedrijfsbezoek zonder verslag." : `Verslag van ${length} tekens is te kort.`,
          {
            column: "verslag",
          },
        );
      }
    }
  },
};
