/** Rules W01…W04 on the WBS employers. */
import fc from "fast-check";
import {
  contacten,
  expectDutch,
  expectNotCheckable,
  findings,
  plaatsingen,
  Row,
  runWith,
  summary,
  vacatures,
  werkgevers,
} from "../helpers";

const placements = () => plaatsingen([{}]);

describe("W01 duplicate employers", () => {
  test("same KvK-nummer: fout on the later-entered record, naming the earlier one", () => {
    const report = runWith([
      placements(),
      werkgevers(
        [
          { Werkgevernummer: "WG1", "Naam werkgever": "Bakkerij De Korenaar", "KvK-nummer": "27123456" },
          { Werkgevernummer: "WG2", "Naam werkgever": "Autobedrijf Zuid", "KvK-nummer": "30111222" },
          { Werkgevernummer: "WG3", "Naam werkgever": "Korenaar Brood", "KvK-nummer": "27 123 456" },
        ],
        { title: [["Werkgevers WBS, export 30-09-2015"]], blankBefore: [1] },
      ),
    ]);
    const [f, ...rest] = findings(report, "W01");
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      rule: "W01",
      severity: "fout",
      source: "Werkgevers",
      sheet: "Werkgevers",
      row: 6, // title, header, WG1, blank, WG2, WG3
      column: "KvK-nummer",
      value: "27 123 456",
      record: "WG3",
    });
    expectDutch(f, /KvK-nummer/, /WG1/, /Bakkerij De Korenaar/, /rij 3/);
  });

  test('same name key: "Van der Berg Bouw B.V." and "Vanderberg Bouw BV" (waarschuwing)', () => {
    const report = runWith([
      placements(),
      werkgevers([
        { Werkgevernummer: "WG1", "Naam werkgever": "Van der Berg Bouw B.V." },
        { Werkgevernummer: "WG2", "Naam werkgever": "Vanderberg Bouw BV" },
        { Werkgevernummer: "WG3", "Naam werkgever": "Van den Berg Bouw" },
      ]),
    ]);
    const [f, ...rest] = findings(report, "W01");
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      rule: "W01",
      severity: "waarschuwing",
      row: 3,
      column: "Naam werkgever",
      value: "Vanderberg Bouw BV",
      record: "WG2",
    });
    expectDutch(f, /naam/, /WG1/);
  });

  test("diacritics, punctuation and legal forms do not hide a duplicate name", () => {
    const report = runWith([
      placements(),
      werkgevers([
        { "Naam werkgever": "Café 't Hoekje V.O.F." },
        { "Naam werkgever": "cafe t hoekje" },
        { "Naam werkgever": "Hoekje Holding N.V." },
      ]),
    ]);
    expect(findings(report, "W01").map((f) => [f.record, f.severity])).toEqual([["WG2", "waarschuwing"]]);
  });

  test("same postcode + huisnummer and a similar name (≥ 0.8): waarschuwing on Postcode", () => {
    const report = runWith([
      placements(),
      werkgevers([
        {
          Werkgevernummer: "WG1",
          "Naam werkgever": "Bakkerij Jansen",
          Postcode: "2611 AB",
          Huisnummer: "12",
        },
        {
          Werkgevernummer: "WG2",
          "Naam werkgever": "Bakkerij Janssen",
          Postcode: "2611ab",
          Huisnummer: "12",
        },
        // Same address, quite another name: a business building, no duplicate.
        { Werkgevernummer: "WG3", "Naam werkgever": "Kapsalon Hair", Postcode: "2611 AB", Huisnummer: "12" },
        // Similar name, other address: no duplicate either.
        {
          Werkgevernummer: "WG4",
          "Naam werkgever": "Bakkerij Janssens",
          Postcode: "2612 CD",
          Huisnummer: "1",
        },
      ]),
    ]);
    const [f, ...rest] = findings(report, "W01");
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      rule: "W01",
      severity: "waarschuwing",
      row: 3,
      column: "Postcode",
      value: "2611ab",
      record: "WG2",
    });
    expectDutch(f, /adres/, /WG1/);
  });

  test("without a Huisnummer column the address check is not made (no false duplicates)", () => {
    const report = runWith([
      placements(),
      werkgevers([
        { "Naam werkgever": "Bakkerij Jansen", Postcode: "2611 AB" },
        { "Naam werkgever": "Bakkerij Janssen", Postcode: "2611 AB" },
      ]),
    ]);
    expect(findings(report, "W01")).toEqual([]);
  });

  test("an empty postcode or huisnummer is no address (no false duplicates)", () => {
    const report = runWith([
      placements(),
      werkgevers([
        { "Naam werkgever": "Bakkerij Jansen", Postcode: "", Huisnummer: "1" },
        { "Naam werkgever": "Bakkerij Janssen", Postcode: " ", Huisnummer: "1" },
        { "Naam werkgever": "Slagerij Pietersen", Postcode: "2611 AB", Huisnummer: "" },
        { "Naam werkgever": "Slagerij Pieterse", Postcode: "2611AB", Huisnummer: " - " },
      ]),
    ]);
    expect(findings(report, "W01")).toEqual([]);
  });

  test("ordered by Datum invoer: the later-entered record gets the finding, even when it stands higher", () => {
    const report = runWith([
      placements(),
      werkgevers([
        { Werkgevernummer: "WG1", "Naam werkgever": "Schilder Bos", "Datum invoer": "01-05-2015" },
        { Werkgevernummer: "WG2", "Naam werkgever": "Schildersbedrijf Smit", "Datum invoer": "01-01-2015" },
        { Werkgevernummer: "WG3", "Naam werkgever": "Schilder  Bos", "Datum invoer": "03-02-2014" },
      ]),
    ]);
    const [f, ...rest] = findings(report, "W01");
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ record: "WG1", row: 2, severity: "waarschuwing" });
    expectDutch(f, /WG3/, /rij 4/);
  });

  test("one finding per later record: three of a kind give two findings, KvK before name", () => {
    const report = runWith([
      placements(),
      werkgevers([
        {
          Werkgevernummer: "WG1",
          "Naam werkgever": "Groen BV",
          "KvK-nummer": "111",
          "Datum invoer": "01-01-2014",
        },
        {
          Werkgevernummer: "WG2",
          "Naam werkgever": "Groen B.V.",
          "KvK-nummer": "111",
          "Datum invoer": "02-01-2014",
        },
        {
          Werkgevernummer: "WG3",
          "Naam werkgever": "Groen",
          "KvK-nummer": "222",
          "Datum invoer": "03-01-2014",
        },
      ]),
    ]);
    expect(findings(report, "W01").map((f) => [f.record, f.severity, f.column])).toEqual([
      ["WG2", "fout", "KvK-nummer"],
      ["WG3", "waarschuwing", "Naam werkgever"],
    ]);
  });

  describe("property: entry order decides, row order does not", () => {
    const names = [
      "Groen BV",
      "Groen B.V.",
      "Van der Berg",
      "Vanderberg",
      "Bakkerij Jansen",
      "Bakkerij Janssen",
    ];
    const employer = fc.record({
      name: fc.constantFrom(...names),
      kvk: fc.constantFrom("", "111", "222", "333"),
      postcode: fc.constantFrom("2611 AB", "2612 CD"),
      huisnummer: fc.constantFrom("1", "12"),
    });
    test("shuffling employers with distinct Datum invoer never changes which records get a W01", () => {
      fc.assert(
        fc.property(
          fc.array(employer, { minLength: 1, maxLength: 12 }).chain((list) =>
            fc.tuple(
              fc.constant(list),
              fc.shuffledSubarray(
                list.map((_, i) => i),
                { minLength: list.length, maxLength: list.length },
              ),
            ),
          ),
          ([list, order]) => {
            const rows: Row[] = list.map((e, i) => ({
              Werkgevernummer: `WG${i + 1}`,
              "Naam werkgever": e.name,
              "KvK-nummer": e.kvk,
              Postcode: e.postcode,
              Huisnummer: e.huisnummer,
              // Distinct entry dates: 1 March 2014 + i days.
              "Datum invoer": `${2014}-03-${String(1 + i).padStart(2, "0")}`,
            }));
            const flagged = (input: Row[]) =>
              findings(runWith([placements(), werkgevers(input)]), "W01")
                .map((f) => `${f.record}:${f.severity}`)
                .sort();
            const original = flagged(rows);
            const shuffled = flagged(order.map((i) => rows[i]));
            expect(shuffled).toEqual(original);
          },
        ),
        { numRuns: 60 },
      );
    });
  });
});

describe("W02 employer without vacancy or Bedrijfsbezoek", () => {
  test("an employer with only a phone call or nothing at all gets a waarschuwing", () => {
    const report = runWith([
      placements(),
      werkgevers([
        { Werkgevernummer: "WG1" },
        { Werkgevernummer: "WG2" },
        { Werkgevernummer: "WG3" },
        { Werkgevernummer: "WG4" },
      ]),
      vacatures([{ Werkgevernummer: "WG1" }]),
      contacten([
        { Werkgevernummer: "WG2", "Soort contact": "Bedrijfsbezoek" },
        { Werkgevernummer: "WG3", "Soort contact": "Telefonisch" },
      ]),
    ]);
    const list = findings(report, "W02");
    expect(list.map((f) => f.record)).toEqual(["WG3", "WG4"]);
    expect(list[0]).toMatchObject({
      rule: "W02",
      severity: "waarschuwing",
      sheet: "Werkgevers",
      row: 4,
      column: "Werkgevernummer",
      value: "WG3",
    });
    expectDutch(list[0], /vacature/, /bedrijfsbezoek/);
  });

  test("not checkable without the contacts export", () => {
    const report = runWith([placements(), werkgevers([{}]), vacatures([{}])]);
    expectNotCheckable(report, "W02", "Contacten");
  });
});

describe("W03 Bedrijfsbezoek without a report", () => {
  const report = runWith([
    placements(),
    contacten(
      [
        { "Soort contact": "Bedrijfsbezoek", Verslag: "" },
        { "Soort contact": "Bedrijfsbezoek", Verslag: "Kort gesprek, prima." }, // 20 characters
        { "Soort contact": "bedrijfs-bezoek", Verslag: "Kort gesprek, prima" }, // 19 characters
        { "Soort contact": "Telefonisch", Verslag: "" },
      ],
      { title: [["Werkafspraken"]] },
    ),
  ]);

  test("an empty report and a report under 20 characters are waarschuwingen; 20 characters is enough", () => {
    const list = findings(report, "W03");
    expect(list).toHaveLength(2);
    expect(list[0]).toMatchObject({
      rule: "W03",
      severity: "waarschuwing",
      sheet: "Contacten",
      row: 3,
      column: "Verslag",
      value: "",
      record: "WG1",
    });
    expectDutch(list[0], /zonder verslag/);
    expect(list[1]).toMatchObject({ row: 5, record: "WG3", value: "Kort gesprek, prima" });
    expectDutch(list[1], /19 tekens/);
  });

  test("not checkable without a Verslag column; the summary lists it and leaves it out of bevindingen", () => {
    const without = runWith([placements(), contacten([{ "Soort contact": "Bedrijfsbezoek" }])]);
    expectNotCheckable(without, "W03", "Verslag");
    expect(summary(without).nietToetsbaar).toEqual(expect.arrayContaining(["W03"]));
  });
});

describe("W04 geen contact in the 12 months up to the peildatum", () => {
  // Peildatum 30-09-2015: the window runs from 01-10-2014 up to and including 30-09-2015.
  const report = runWith([
    placements(),
    werkgevers([
      { Werkgevernummer: "WG1" },
      { Werkgevernummer: "WG2" },
      { Werkgevernummer: "WG3", "Datum laatste contact": "15-06-2015" },
      { Werkgevernummer: "WG4" },
      { Werkgevernummer: "WG5" },
      { Werkgevernummer: "WG6" },
    ]),
    contacten([
      { Werkgevernummer: "WG1", Datum: "30-09-2014" }, // exactly one year before: outside
      { Werkgevernummer: "WG2", Datum: "01-10-2014" }, // the day after: inside
      { Werkgevernummer: "WG5", Datum: "01-10-2015" }, // after the peildatum: outside
      { Werkgevernummer: "WG6", Datum: "30-09-2015" }, // on the peildatum: inside
    ]),
    vacatures([
      { Werkgevernummer: "WG4", "Datum ontvangst": "01-09-2015", "Datum registratie": "01-09-2015" },
    ]),
  ]);

  test("contact exactly one year before the peildatum is outside the window, the day after is inside", () => {
    const list = findings(report, "W04");
    expect(list.map((f) => f.record)).toEqual(["WG1", "WG5"]);
    expect(list[0]).toMatchObject({
      rule: "W04",
      severity: "info",
      sheet: "Werkgevers",
      row: 2,
      column: "Werkgevernummer",
      value: "WG1",
    });
    expectDutch(list[0], /01-10-2014/, /vrij/);
  });

  test("in a leap year the window starts on 1 March of the year before (peildatum 29-02-2016)", () => {
    const leap = runWith(
      [
        placements(),
        werkgevers([{ Werkgevernummer: "WG1" }, { Werkgevernummer: "WG2" }]),
        contacten([
          { Werkgevernummer: "WG1", Datum: "28-02-2015" },
          { Werkgevernummer: "WG2", Datum: "01-03-2015" },
        ]),
        vacatures([{ Werkgevernummer: "WG9" }]),
      ],
      "2016-02-29",
    );
    expect(findings(leap, "W04").map((f) => f.record)).toEqual(["WG1"]);
    expectDutch(findings(leap, "W04")[0], /01-03-2015/);
  });

  test("the peildatum moves the window: the same data at 30-09-2016 frees every account", () => {
    const later = runWith(
      [
        placements(),
        werkgevers([{ Werkgevernummer: "WG1" }, { Werkgevernummer: "WG2" }]),
        contacten([{ Werkgevernummer: "WG2", Datum: "01-10-2014" }]),
        vacatures([]),
      ],
      "2016-09-30",
    );
    expect(findings(later, "W04").map((f) => f.record)).toEqual(["WG1", "WG2"]);
  });

  test("not checkable without the vacancy export", () => {
    const without = runWith([placements(), werkgevers([{}]), contacten([{}])]);
    expectNotCheckable(without, "W04", "Vacatures");
  });
});
