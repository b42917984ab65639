/** Rules P01…P08 on the WBS placements. */
import fc from "fast-check";
import {
  allRuleFindings,
  expectDutch,
  expectNotCheckable,
  findings,
  plaatsingen,
  runWith,
  summary,
  vacatures,
} from "../helpers";

describe("P01 wrong partner for the uitkering", () => {
  const report = runWith([
    plaatsingen(
      [
        { Uitkering: "WW", Organisatie: "Delft" }, // fout: WW belongs to UWV
        { Uitkering: "WW", Organisatie: "UWV" },
        { Uitkering: "WWB", Organisatie: "UWV" }, // fout
        { Uitkering: "Participatiewet", Organisatie: "UWV Werkbedrijf" }, // fout (alias of UWV)
        { Uitkering: "Bijstand", Organisatie: "Den Haag" },
        { Uitkering: "IOAW", Organisatie: "uwv" }, // fout
        { Uitkering: "", Organisatie: "UWV" },
        { Uitkering: "WW", Organisatie: "Gemeente Leiden" }, // unknown partner: P04's, not P01's
        { Uitkering: "Wajong", Organisatie: "Delft" },
      ],
      { title: [["Plaatsingen 2015"]] },
    ),
  ]);

  test("WW with a municipality and WWB/Bijstand/Participatiewet/IOAW with UWV are fouten", () => {
    const list = findings(report, "P01");
    expect(list.map((f) => f.record)).toEqual(["PL1", "PL3", "PL4", "PL6"]);
    expect(list[0]).toMatchObject({
      rule: "P01",
      severity: "fout",
      source: "Plaatsingen",
      sheet: "Plaatsingen",
      row: 3,
      column: "Uitkering",
      value: "WW",
      record: "PL1",
    });
    expectDutch(list[0], /hoort bij UWV/, /Delft/);
    expectDutch(list[1], /hoort bij een gemeente/);
  });

  test("the benefit is recognised by its words, as exports spell it", () => {
    const report = runWith([
      plaatsingen([
        { Uitkering: "WW-uitkering", Organisatie: "Westland" }, // fout
        { Uitkering: "WWB/Bijstand", Organisatie: "UWV" }, // fout
        { Uitkering: "Bijstand (Participatiewet)", Organisatie: "UWV" }, // fout
        { Uitkering: "Bijstandsuitkering", Organisatie: "UWV" }, // fout
        { Uitkering: "ww", Organisatie: "UWV" },
        { Uitkering: "WW en bijstand", Organisatie: "Delft" }, // both kinds: nothing to say
        { Uitkering: "WWV", Organisatie: "Delft" }, // another word, not WW
        { Uitkering: "Geen", Organisatie: "UWV" },
      ]),
    ]);
    expect(findings(report, "P01").map((f) => f.record)).toEqual(["PL1", "PL2", "PL3", "PL4"]);
  });

  test("not checkable without an Uitkering column", () => {
    expectNotCheckable(runWith([plaatsingen([{}])]), "P01", "kolom Uitkering ontbreekt");
  });
});

describe("P02 placement without a known vacancy", () => {
  test("an empty Vacaturenummer or one not in the vacancy export is a fout", () => {
    const report = runWith([
      plaatsingen([{ Vacaturenummer: "VAC1" }, { Vacaturenummer: "VAC9" }, { Vacaturenummer: "" }]),
      vacatures([{ Vacaturenummer: "VAC1" }]),
    ]);
    const list = findings(report, "P02");
    expect(list.map((f) => [f.record, f.row, f.value])).toEqual([
      ["PL2", 3, "VAC9"],
      ["PL3", 4, ""],
    ]);
    expect(list[0]).toMatchObject({ rule: "P02", severity: "fout", column: "Vacaturenummer" });
    expectDutch(list[0], /VAC9/, /niet in de vacature-export/);
    expectDutch(list[1], /zonder vacaturenummer/);
  });

  test("not checkable without a vacancy source", () => {
    const report = runWith([plaatsingen([{ Vacaturenummer: "VAC9" }])]);
    expectNotCheckable(report, "P02", "bron Vacatures ontbreekt");
  });
});

describe("P03 sector not in the list", () => {
  const report = runWith([
    plaatsingen([
      { Sector: "Bouw & Techniek" }, // exact by sector key
      { Sector: "Detailhandl" }, // close match: waarschuwing
      { Sector: "Visserij" }, // unknown: fout, Onbekend
      { Sector: "" }, // empty: fout, Onbekend
      { Sector: " ict " },
    ]),
  ]);

  test('a close match like "Detailhandl" is a waarschuwing and counts under the sector', () => {
    const list = findings(report, "P03");
    expect(list.map((f) => [f.record, f.severity])).toEqual([
      ["PL2", "waarschuwing"],
      ["PL3", "fout"],
      ["PL4", "fout"],
    ]);
    expect(list[0]).toMatchObject({ rule: "P03", row: 3, column: "Sector", value: "Detailhandl" });
    expectDutch(list[0], /Detailhandl/, /gelezen als Detailhandel/);
    expect(list[1]).toMatchObject({ row: 4, value: "Visserij" });
    expectDutch(list[1], /onbekend/, /Onbekend/);
    expectDutch(list[2], /leeg/);
  });

  test("unknown sectors are counted under Onbekend", () => {
    const cells = report.figures.voortgang.filter((v) => v.organisatie === "Delft");
    expect(cells).toContainEqual(expect.objectContaining({ sector: "Onbekend", realisatie: 2, ambitie: 0 }));
    expect(cells).toContainEqual(expect.objectContaining({ sector: "Detailhandel", realisatie: 1 }));
    expect(cells).toContainEqual(expect.objectContaining({ sector: "Bouw en techniek", realisatie: 1 }));
    expect(cells).toContainEqual(expect.objectContaining({ sector: "ICT", realisatie: 1 }));
    expect(report.figures.reconciliatie.onbekendeSector).toBe(2);
  });
});

describe("P03 sector key", () => {
  test("property: case, '&' for 'en', and punctuation or spacing never make a listed sector unknown", () => {
    const sectors = ["Detailhandel", "Bouw en techniek", "Openbaar bestuur (overheid) en onderwijs", "ICT"];
    const variant = fc
      .record({
        sector: fc.constantFrom(...sectors),
        upper: fc.array(fc.boolean(), { minLength: 60, maxLength: 60 }),
        space: fc.constantFrom(" ", "  ", "-", "_", " / ", ", "),
        and: fc.constantFrom("en", "&", "+", "EN"),
      })
      .map(({ sector, upper, space, and }) =>
        sector
          .split(" ")
          .map((w) => (w === "en" ? and : w))
          .join(space)
          .split("")
          .map((c, i) => (upper[i % upper.length] ? c.toUpperCase() : c.toLowerCase()))
          .join(""),
      );
    fc.assert(
      fc.property(fc.array(variant, { minLength: 1, maxLength: 8 }), (names) => {
        const report = runWith([plaatsingen(names.map((Sector) => ({ Sector })))]);
        expect(findings(report, "P03")).toEqual([]);
        expect(report.figures.reconciliatie.onbekendeSector).toBe(0);
      }),
      { numRuns: 60 },
    );
  });
});

describe("P04 partner not recognised", () => {
  test("an unknown or empty Organisatie is a fout and counts under Onbekend; aliases are fine", () => {
    const report = runWith([
      plaatsingen([
        { Organisatie: "Gemeente Leiden" },
        { Organisatie: "Werkse!" },
        { Organisatie: "  uwv werkbedrijf " },
        { Organisatie: "'s-Gravenhage" },
        { Organisatie: "" },
        { Organisatie: "RWC" },
        { Organisatie: "MVO Westland" },
        { Organisatie: "\u2019s-Gravenhage" }, // typographic apostrophe (Word, Outlook)
      ]),
    ]);
    const list = findings(report, "P04");
    expect(list.map((f) => [f.record, f.row, f.value])).toEqual([
      ["PL1", 2, "Gemeente Leiden"],
      ["PL5", 6, ""],
    ]);
    expect(list[0]).toMatchObject({ rule: "P04", severity: "fout", column: "Organisatie" });
    expectDutch(list[0], /Gemeente Leiden/, /geen partner/);
    expectDutch(list[1], /leeg/);
    expect(report.figures.organisaties).toEqual([
      "Den Haag",
      "Delft",
      "Rijswijk",
      "Westland",
      "UWV",
      "Onbekend",
    ]);
    const realisatie = Object.fromEntries(report.figures.perOrganisatie.map((p) => [p.naam, p.realisatie]));
    expect(realisatie).toEqual({ "Den Haag": 2, Delft: 1, Rijswijk: 1, Westland: 1, UWV: 1, Onbekend: 2 });
  });
});

describe("P05 duplicate Plaatsingsnummer", () => {
  test("counted once; one finding per extra row naming the first row", () => {
    const report = runWith([
      plaatsingen(
        [
          { Plaatsingsnummer: "PL1" },
          { Plaatsingsnummer: "PL2" },
          { Plaatsingsnummer: "PL1" },
          { Plaatsingsnummer: "PL1" },
        ],
        { blankBefore: [2] },
      ),
    ]);
    const list = findings(report, "P05");
    expect(list.map((f) => f.row)).toEqual([5, 6]);
    for (const f of list) {
      expect(f).toMatchObject({
        rule: "P05",
        severity: "fout",
        column: "Plaatsingsnummer",
        value: "PL1",
        record: "PL1",
      });
      expectDutch(f, /rij 2/, /telt niet mee/);
    }
    expect(report.figures.reconciliatie).toMatchObject({ gelezen: 4, geteld: 2, dubbel: 2 });
    expect(report.figures.totaal.realisatie).toBe(2);
  });

  test("entered first with an invalid date and again with a valid one: counted once, through the valid row", () => {
    const report = runWith([
      plaatsingen([
        { Plaatsingsnummer: "PL1", "Datum plaatsing": "31-02-2015" }, // row 2: P06, and the extra row
        { Plaatsingsnummer: "PL1", "Datum plaatsing": "15-03-2015" }, // row 3: counted
        { Plaatsingsnummer: "PL1", "Datum plaatsing": "16-03-2015" }, // row 4: dubbel
        { Plaatsingsnummer: "PL2", "Datum plaatsing": "" }, // row 5: P06
        { Plaatsingsnummer: "PL2", "Datum plaatsing": "nooit" }, // row 6: P06, P05 (no valid row: row 5 counts)
        { Plaatsingsnummer: "PL3", "Datum plaatsing": "01-04-2015" }, // row 7: counted
        { Plaatsingsnummer: "PL3", "Datum plaatsing": "" }, // row 8: P06, P05
      ]),
    ]);
    expect(report.figures.reconciliatie).toMatchObject({
      gelezen: 7,
      geteld: 2,
      dubbel: 1,
      ongeldigeDatum: 4,
    });
    expect(report.figures.totaal.realisatie).toBe(2);
    const list = findings(report, "P05");
    expect(list.map((f) => f.row)).toEqual([2, 4, 6, 8]);
    expectDutch(list[0], /staat ook in rij 3, met een geldige datum; die rij telt, deze niet/);
    expectDutch(list[1], /staat al in rij 3; deze rij telt niet mee/);
    expectDutch(list[2], /staat al in rij 5/);
    expectDutch(list[3], /staat al in rij 7/);
    expect(findings(report, "P06").map((f) => f.row)).toEqual([2, 5, 6, 8]);
  });

  test("distinct numbers give no P05", () => {
    const report = runWith([plaatsingen([{}, {}, {}])]);
    expect(findings(report, "P05")).toEqual([]);
  });
});

describe("P06 Datum plaatsing missing or invalid", () => {
  const report = runWith([
    plaatsingen([
      { "Datum plaatsing": "" },
      { "Datum plaatsing": "31-02-2015" },
      { "Datum plaatsing": "n.v.t." },
      { "Datum plaatsing": "5-3-2015" },
      { "Datum plaatsing": "2015-03-05" },
      { "Datum plaatsing": "05/03/2015" },
      { "Datum plaatsing": 42068 }, // Excel serial of 05-03-2015
    ]),
  ]);

  test("empty, 31-02-2015 and n.v.t. are fouten and not counted", () => {
    const list = findings(report, "P06");
    expect(list.map((f) => [f.record, f.row, f.value])).toEqual([
      ["PL1", 2, ""],
      ["PL2", 3, "31-02-2015"],
      ["PL3", 4, "n.v.t."],
    ]);
    expect(list[0]).toMatchObject({ rule: "P06", severity: "fout", column: "Datum plaatsing" });
    expectDutch(list[0], /ontbreekt/);
    expectDutch(list[1], /geen geldige datum/);
    expect(report.figures.reconciliatie).toMatchObject({ gelezen: 7, geteld: 4, ongeldigeDatum: 3 });
  });

  test("an invalid Datum plaatsing is P06's, not also a reading finding (L01)", () => {
    expect(report.readFindings).toEqual([]);
  });
});

describe("P07 placement after the peildatum", () => {
  test("on the peildatum itself it counts; the day after is a waarschuwing and does not count", () => {
    const report = runWith([
      plaatsingen([
        { "Datum plaatsing": "30-09-2015" },
        { "Datum plaatsing": "30-09-2015 23:59" },
        { "Datum plaatsing": "01-10-2015" },
        { "Datum plaatsing": "01-01-2016" },
      ]),
    ]);
    const list = findings(report, "P07");
    expect(list.map((f) => f.record)).toEqual(["PL3", "PL4"]);
    expect(list[0]).toMatchObject({
      rule: "P07",
      severity: "waarschuwing",
      row: 4,
      column: "Datum plaatsing",
      value: "01-10-2015",
    });
    expectDutch(list[0], /na de peildatum 30-09-2015/);
    expect(report.figures.reconciliatie).toMatchObject({ geteld: 2, naPeildatum: 2 });
  });

  test("the peildatum decides: the same rows at 31-12-2015 give no P07", () => {
    const report = runWith([plaatsingen([{ "Datum plaatsing": "01-10-2015" }])], "2015-12-31");
    expect(findings(report, "P07")).toEqual([]);
  });
});

describe("P08 banenafspraak without valid hours", () => {
  const report = runWith([
    plaatsingen([
      { Banenafspraak: "ja", "Uren per week": 0 },
      { Banenafspraak: "ja", "Uren per week": 40 },
      { Banenafspraak: "ja", "Uren per week": "40,5" },
      { Banenafspraak: "ja", "Uren per week": "" },
      { Banenafspraak: "ja", "Uren per week": -8 },
      { Banenafspraak: "nee", "Uren per week": "" },
      { Banenafspraak: "ja", "Uren per week": "veel" },
      { Banenafspraak: "ja", "Uren per week": "25,5" },
    ]),
  ]);

  test("0, 40,5, empty, negative and unreadable hours are fouten; 40 is fine", () => {
    const list = findings(report, "P08");
    expect(list.map((f) => [f.record, f.value])).toEqual([
      ["PL1", "0"],
      ["PL3", "40,5"],
      ["PL4", ""],
      ["PL5", "-8"],
      ["PL7", "veel"],
    ]);
    expect(list[0]).toMatchObject({ rule: "P08", severity: "fout", row: 2, column: "Uren per week" });
    expectDutch(list[0], /0 uur per week/, /0 banen/);
    expectDutch(list[1], /40\.5 uur|40,5 uur/);
    expectDutch(list[2], /zonder/);
  });

  test("invalid hours count as 0 banen; unreadable hours are not also an L01", () => {
    expect(report.figures.banenTotaal?.totaal).toBeCloseTo(40 / 25.5 + 1, 10);
    expect(report.readFindings).toEqual([]);
  });

  test("not checkable without an Uren per week column", () => {
    expectNotCheckable(
      runWith([plaatsingen([{ Banenafspraak: "ja" }])]),
      "P08",
      "kolom Uren per week ontbreekt",
    );
  });
});

describe("rules look at every row, also outside the period", () => {
  test("a 2014 placement is still checked by P03 and P04", () => {
    const report = runWith([
      plaatsingen([{ "Datum plaatsing": "15-11-2014", Sector: "Visserij", Organisatie: "Leiden" }]),
    ]);
    expect(findings(report, "P03")).toHaveLength(1);
    expect(findings(report, "P04")).toHaveLength(1);
    expect(report.figures.reconciliatie).toMatchObject({ voorPeriode: 1, geteld: 0 });
  });

  test("a clean set gives no finding at all and counts 0 for each checkable rule", () => {
    const report = runWith([plaatsingen([{}, { Organisatie: "UWV", Sector: "ICT" }])]);
    expect(allRuleFindings(report)).toEqual([]);
    const s = summary(report);
    for (const id of ["P03", "P04", "P05", "P06", "P07", "PV1"]) expect(s.bevindingen[id]).toBe(0);
  });
});
