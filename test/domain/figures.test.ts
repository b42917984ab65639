/** The figures of DOMAIN.md: voortgang, pro rata, status, dekkingsgraad, banen, breakdowns, reconciliation. */
import fc from "fast-check";
import { ONBEKEND, unmatchedSectors } from "../../src/domain/matching";
import { dayOfYear, daysInYear, isoDate, twelveMonthWindow } from "../../src/domain/dates";
import { reconciliatieText, standText } from "../../src/domain/figures/headlines";
import { statusOf } from "../../src/domain/figures/voortgang";
import { Progress } from "../../src/domain/figures/types";
import {
  ambitie,
  bedrijven,
  contacten,
  day,
  findings,
  kandidaten,
  OVERHEID,
  plaatsingen,
  Row,
  run,
  runWith,
  sheet,
  STANDARD_AMBITIE,
  standardAmbitie,
  summary,
  toolbox,
  vacatures,
  werkgevers,
} from "./helpers";

const byName = (list: Progress[], naam: string) => {
  const found = list.find((p) => p.naam === naam);
  if (!found) throw new Error(`${naam} not in ${list.map((p) => p.naam).join(", ")}`);
  return found;
};

describe("realisatie per sector × partner", () => {
  const report = runWith([
    plaatsingen(
      [
        { Sector: "Detailhandel", Organisatie: "Delft" },
        { Sector: "Detailhandel", Organisatie: "Werkse!" },
        { Sector: "ICT", Organisatie: "UWV" },
        { Sector: "Visserij", Organisatie: "UWV" }, // unknown sector
        { Sector: "ICT", Organisatie: "Gemeente Leiden" }, // unknown partner
        { Sector: "Visserij", Organisatie: "" }, // both unknown
        { Sector: "ICT", Organisatie: "UWV", Plaatsingsnummer: "PL3" }, // duplicate
        { Sector: "ICT", Organisatie: "UWV", "Datum plaatsing": "31-12-2014" }, // before the period
        { Sector: "ICT", Organisatie: "UWV", "Datum plaatsing": "01-10-2015" }, // after the peildatum
        { Sector: "ICT", Organisatie: "UWV", "Datum plaatsing": "30-02-2015" }, // invalid date
        { Sector: "ICT", Organisatie: "UWV", "Datum plaatsing": "01-01-2015" }, // first day of the period
      ],
      { title: [["WBS export"]], blankBefore: [3, 11], after: [["Totaal", 11]] },
    ),
  ]);
  const f = report.figures;
  const cell = (sector: string, organisatie: string) =>
    f.voortgang.find((v) => v.sector === sector && v.organisatie === organisatie);

  test("counted placements per pair; unknown sector or partner under Onbekend", () => {
    expect(cell("Detailhandel", "Delft")).toEqual({
      sector: "Detailhandel",
      organisatie: "Delft",
      realisatie: 2,
      ambitie: 5,
      heeftAmbitie: true,
    });
    expect(cell("ICT", "UWV")).toMatchObject({ realisatie: 2, ambitie: 10 });
    expect(cell("Onbekend", "UWV")).toMatchObject({ realisatie: 1, ambitie: 0, heeftAmbitie: false });
    expect(cell("ICT", "Onbekend")).toMatchObject({ realisatie: 1, ambitie: 0, heeftAmbitie: false });
    expect(cell("Onbekend", "Onbekend")).toMatchObject({ realisatie: 1 });
    expect(f.sectoren).toEqual([...Object.keys(STANDARD_AMBITIE), "Onbekend"]);
    expect(f.organisaties).toEqual(["Den Haag", "Delft", "Rijswijk", "Westland", "UWV", "Onbekend"]);
  });

  test("the reconciliation adds up with the rows read (blank rows and the totals row not included)", () => {
    const r = f.reconciliatie;
    expect(r).toEqual({
      gelezen: 11,
      geteld: 7,
      dubbel: 1,
      voorPeriode: 1,
      naPeildatum: 1,
      ongeldigeDatum: 1,
      onbekendeSector: 2,
      onbekendeOrganisatie: 2,
    });
    expect(r.geteld + r.dubbel + r.voorPeriode + r.naPeildatum + r.ongeldigeDatum).toBe(r.gelezen);
    expect(report.sheets.find((s) => s.type === "Plaatsingen")).toMatchObject({
      rows: 11,
      blankRows: 2,
      headerRow: 2,
      totalsRow: 16,
    });
  });

  test("totals per sector, per partner and for the region agree with the cells", () => {
    const sum = (list: Progress[]) => list.reduce((a, p) => a + p.realisatie, 0);
    expect(sum(f.perSector)).toBe(f.reconciliatie.geteld);
    expect(sum(f.perOrganisatie)).toBe(f.reconciliatie.geteld);
    expect(f.totaal.realisatie).toBe(7);
    expect(byName(f.perSector, "Onbekend").realisatie).toBe(f.reconciliatie.onbekendeSector);
    expect(byName(f.perOrganisatie, "Onbekend").realisatie).toBe(f.reconciliatie.onbekendeOrganisatie);
    const ambition = Object.values(STANDARD_AMBITIE)
      .flat()
      .reduce((a, b) => a + b, 0);
    expect(f.totaal.ambitie).toBe(ambition);
    expect(byName(f.perSector, "Detailhandel").ambitie).toBe(40);
    expect(byName(f.perOrganisatie, "UWV").ambitie).toBe(40);
  });

  test("the summary has one entry per pair with a placement or an ambition, Onbekend included", () => {
    const s = summary(report);
    const pairs = s.voortgang.map((v) => `${v.sector}|${v.organisatie}`);
    expect(pairs).toHaveLength(4 * 5 + 3);
    expect(pairs).toEqual(expect.arrayContaining(["Onbekend|UWV", "ICT|Onbekend", "Onbekend|Onbekend"]));
    expect(s.voortgang.reduce((a, v) => a + v.realisatie, 0)).toBe(s.reconciliatie.geteld);
    expect(s.reconciliatie).toEqual(f.reconciliatie);
  });

  test("property: every placement row is accounted for exactly once", () => {
    const dateCell = fc.oneof(
      fc.constantFrom("", "n.v.t.", "31-02-2015", "15-12-2014", "01-01-2015", "30-09-2015", "01-10-2015"),
      fc.integer({ min: 41900, max: 42500 }), // Excel serials, late 2014 to mid 2016
      fc
        .record({ d: fc.integer({ min: 1, max: 31 }), m: fc.integer({ min: 1, max: 12 }) })
        .map(({ d, m }) => `${d}-${m}-2015`),
    );
    const placement = fc.record({
      Plaatsingsnummer: fc.constantFrom("PL1", "PL2", "PL3", "PL4", "PL5", "PL6", "", null),
      "Datum plaatsing": dateCell,
      Sector: fc.constantFrom("Detailhandel", "ICT", "Detailhandl", "Visserij", "", OVERHEID),
      Organisatie: fc.constantFrom("Delft", "UWV", "RWC", "Leiden", ""),
    });
    fc.assert(
      fc.property(fc.array(placement, { maxLength: 25 }), (rows) => {
        const report = runWith([plaatsingen(rows as Row[])]);
        const r = report.figures.reconciliatie;
        // A row whose cells are all empty is a blank row: skipped, not read.
        const blank = rows.filter((x) => Object.values(x).every((v) => v === "" || v === null)).length;
        expect(r.gelezen).toBe(rows.length - blank);
        expect(r.geteld + r.dubbel + r.voorPeriode + r.naPeildatum + r.ongeldigeDatum).toBe(r.gelezen);
        const cells = report.figures.voortgang;
        expect(cells.reduce((a, v) => a + v.realisatie, 0)).toBe(r.geteld);
        const onbekendSector = cells
          .filter((v) => v.sector === "Onbekend")
          .reduce((a, v) => a + v.realisatie, 0);
        const onbekendPartner = cells
          .filter((v) => v.organisatie === "Onbekend")
          .reduce((a, v) => a + v.realisatie, 0);
        expect(onbekendSector).toBe(r.onbekendeSector);
        expect(onbekendPartner).toBe(r.onbekendeOrganisatie);
        // Each extra row of a Plaatsingsnummer is one P05 finding; P06 and P07 match their classes.
        const ruleCount = (id: string) => report.rules.find((x) => x.rule.id === id)!.findings.length;
        expect(ruleCount("P06")).toBe(r.ongeldigeDatum);
        const ids = rows.map((x) => x.Plaatsingsnummer).filter((id) => !!id);
        expect(ruleCount("P05")).toBe(ids.length - new Set(ids).size);
        expect(r.dubbel).toBeLessThanOrEqual(ruleCount("P05"));
        expect(ruleCount("P07")).toBeGreaterThanOrEqual(r.naPeildatum);
      }),
      { numRuns: 80 },
    );
  });
});

describe("ambitie, pro rata, status and prognose", () => {
  const tableWith = (extra: Record<string, number[]> = {}) =>
    ambitie({ Detailhandel: [10, 0, 0, 0, 0], Beveiliging: [0, 0, 0, 0, 0], ...extra });

  test("ambitie 0: pctAmbitie null and status 'geen ambitie', also with placements", () => {
    const report = run([
      tableWith(),
      plaatsingen([
        { Sector: "Beveiliging", Organisatie: "Den Haag" },
        { Sector: "Detailhandel", Organisatie: "Delft" },
      ]),
    ]);
    const beveiliging = byName(report.figures.perSector, "Beveiliging");
    expect(beveiliging).toMatchObject({
      realisatie: 1,
      ambitie: 0,
      pctAmbitie: null,
      proRata: 0,
      ratio: null,
      status: "geen ambitie",
    });
    // Delft has ambition 0 everywhere.
    expect(byName(report.figures.perOrganisatie, "Delft")).toMatchObject({
      pctAmbitie: null,
      status: "geen ambitie",
    });
    expect(byName(report.figures.perOrganisatie, "Den Haag").pctAmbitie).toBeCloseTo(1 / 10, 12);
  });

  test("peildatum 1 January (day 1): pro rata = ambitie / 365, prognose = realisatie × 365", () => {
    const report = run(
      [tableWith(), plaatsingen([{ "Datum plaatsing": "01-01-2015", Organisatie: "Den Haag" }])],
      "2015-01-01",
    );
    const f = report.figures;
    expect(f).toMatchObject({ jaar: 2015, dagVanHetJaar: 1, dagenInJaar: 365 });
    expect(f.periodeStart).toBe(day("2015-01-01"));
    const d = byName(f.perSector, "Detailhandel");
    expect(d.proRata).toBeCloseTo(10 / 365, 12);
    expect(d.prognose).toBe(365);
    expect(d.ratio).toBeCloseTo(36.5, 10);
    expect(d.status).toBe("op koers");
  });

  test("peildatum 31 December: pro rata = ambitie, prognose = realisatie", () => {
    const rows = Array.from({ length: 7 }, () => ({ Organisatie: "Den Haag" }));
    const report = run([tableWith(), plaatsingen(rows)], "2015-12-31");
    const d = byName(report.figures.perSector, "Detailhandel");
    expect(report.figures.dagVanHetJaar).toBe(365);
    expect(d.proRata).toBe(10);
    expect(d.prognose).toBe(7);
    expect(d.pctAmbitie).toBeCloseTo(0.7, 12);
  });

  test("leap year: 2016 has 366 days; peildatum 29 February is day 60; window from 1 March 2015", () => {
    const report = run(
      [tableWith(), plaatsingen([{ "Datum plaatsing": "29-02-2016", Organisatie: "Den Haag" }])],
      "2016-02-29",
    );
    const f = report.figures;
    expect(f).toMatchObject({ jaar: 2016, dagVanHetJaar: 60, dagenInJaar: 366 });
    const d = byName(f.perSector, "Detailhandel");
    expect(d.realisatie).toBe(1);
    expect(d.proRata).toBeCloseTo((10 * 60) / 366, 12);
    expect(d.prognose).toBeCloseTo(366 / 60, 12);
    const w = twelveMonthWindow(day("2016-02-29"));
    expect([isoDate(w.start), isoDate(w.end)]).toEqual(["2015-03-01", "2016-02-29"]);
    expect(daysInYear(2016)).toBe(366);
    expect(dayOfYear(day("2016-12-31"))).toBe(366);
    const dec = run(
      [tableWith(), plaatsingen([{ Organisatie: "Den Haag", "Datum plaatsing": "01-06-2016" }])],
      "2016-12-31",
    );
    expect(byName(dec.figures.perSector, "Detailhandel").proRata).toBe(10);
  });

  test("the 12-month window in ordinary years and around 29 February", () => {
    const window = (iso: string) => {
      const w = twelveMonthWindow(day(iso));
      return [isoDate(w.start), isoDate(w.end)];
    };
    expect(window("2015-09-30")).toEqual(["2014-10-01", "2015-09-30"]);
    expect(window("2015-01-01")).toEqual(["2014-01-02", "2015-01-01"]);
    expect(window("2017-02-28")).toEqual(["2016-02-29", "2017-02-28"]);
    expect(window("2016-03-01")).toEqual(["2015-03-02", "2016-03-01"]);
  });

  describe("status thresholds", () => {
    // Detailhandel: Den Haag 10, so at 31 December pro rata is 10.
    const statusAt = (count: number, peildatum = "2015-12-31", table = tableWith()) => {
      const rows = Array.from({ length: count }, () => ({ Organisatie: "Den Haag" }));
      return byName(run([table, plaatsingen(rows)], peildatum).figures.perSector, "Detailhandel");
    };

    test("exactly 1.00 is op koers", () => {
      expect(statusAt(10)).toMatchObject({ ratio: 1, status: "op koers" });
    });
    test("exactly 0.90 is aandacht", () => {
      expect(statusAt(9)).toMatchObject({ ratio: 0.9, status: "aandacht" });
    });
    test("exactly 0.90 in a leap year is aandacht, not lost to rounding", () => {
      // 24 placements against ambition 61 at 8 June 2016 (day 160 of 366): pro rata 26,67, ratio 0,9
      // exactly — two divisions in a row made that 0.8999999999999999 and the sector "achter".
      const rows = Array.from({ length: 24 }, () => ({
        Organisatie: "Den Haag",
        "Datum plaatsing": "01-03-2016",
      }));
      const table = ambitie({ Detailhandel: [61, 0, 0, 0, 0] });
      const p = byName(run([table, plaatsingen(rows)], "2016-06-08").figures.perSector, "Detailhandel");
      expect(p.ratio).toBe(0.9);
      expect(p.status).toBe("aandacht");
    });
    test("0.8999 is achter", () => {
      // 5 placements against ambition 6 at 4 December (day 338): 5 / (6 × 338 / 365) = 0.89990…
      const p = statusAt(5, "2015-12-04", ambitie({ Detailhandel: [6, 0, 0, 0, 0] }));
      expect(p.ratio).toBeGreaterThan(0.8999);
      expect(p.ratio).toBeLessThan(0.9);
      expect(p.status).toBe("achter");
    });
    test("statusOf at the edges, and thresholds are configurable", () => {
      const t = { opKoers: 1, aandacht: 0.9 };
      expect([1, 0.9999, 0.9, 0.8999, 0, null].map((r) => statusOf(r, t))).toEqual([
        "op koers",
        "aandacht",
        "aandacht",
        "achter",
        "achter",
        "geen ambitie",
      ]);
      const rows = Array.from({ length: 8 }, () => ({ Organisatie: "Den Haag" }));
      const report = run([tableWith(), plaatsingen(rows)], "2015-12-31", {
        thresholds: { opKoers: 0.8, aandacht: 0.5 },
      });
      expect(byName(report.figures.perSector, "Detailhandel").status).toBe("op koers");
    });
  });

  describe("the headlines: Stand and Reconciliatie (CLI summary and Voortgang sheet)", () => {
    test("the sectors behind are separated by semicolons, as sector names hold commas", () => {
      const table = ambitie({
        Detailhandel: [10, 0, 0, 0, 0],
        "Transport, logistiek, groothandel": [10, 0, 0, 0, 0],
        ICT: [20, 0, 0, 0, 0],
      });
      const rows = Array.from({ length: 10 }, () => ({ Organisatie: "Den Haag" }));
      const report = run([table, plaatsingen(rows)], "2015-12-31");
      expect(standText(report.figures)).toBe(
        "Stand: 10 plaatsingen van 40 (25,0%), pro rata 40 — achter. " +
          "Achter: Transport, logistiek, groothandel; ICT.",
      );
    });
    test("nothing behind: no Achter part; counts are grouped", () => {
      const table = ambitie({ Detailhandel: [1000, 200, 0, 0, 0] });
      const rows = Array.from({ length: 1200 }, () => ({ Organisatie: "Den Haag" }));
      expect(standText(run([table, plaatsingen(rows)], "2015-12-31").figures)).toBe(
        "Stand: 1.200 plaatsingen van 1.200 (100,0%), pro rata 1.200 — op koers.",
      );
    });
    test("the reconciliation sentence accounts for every row read", () => {
      const rows = [
        ...Array.from({ length: 1000 }, () => ({})),
        { Plaatsingsnummer: "PL1" },
        { "Datum plaatsing": "01-10-2015" },
        { "Datum plaatsing": "31-12-2014" },
        { "Datum plaatsing": "31-02-2015" },
        { Sector: "Visserij" },
      ];
      const report = runWith([plaatsingen(rows)]);
      expect(reconciliatieText(report.figures.reconciliatie)).toBe(
        "Reconciliatie: 1.005 plaatsingen gelezen = 1.001 geteld + 1 dubbel + 1 voor de periode + " +
          "1 na de peildatum + 1 ongeldige datum; onder Onbekend geteld: 1 sector, 0 partner.",
      );
    });
  });
});

describe("rows below a Totaal row", () => {
  test("are not read, and a note says how many and where", () => {
    const report = runWith([
      plaatsingen([{}, {}], {
        after: [
          ["TOTAAL:", 2],
          ["PL7", "01-04-2015", "ICT", "Delft"],
          ["PL8", "01-05-2015", "ICT", "UWV"],
        ],
      }),
    ]);
    expect(report.figures.reconciliatie.gelezen).toBe(2);
    expect(report.figures.notities).toContain(
      "blad Plaatsingen: 2 rijen onder de Totaal-rij (rij 4) niet gelezen; staan daar gegevens, haal dan de " +
        "Totaal-rij weg of zet ze in een eigen blad.",
    );
  });

  test("a header row repeated between the data (exports pasted one below the other) is skipped and noted", () => {
    const first = plaatsingen([{}, {}]);
    const header = first.rows[0];
    const second = plaatsingen([{ Plaatsingsnummer: "PL9" }, { Plaatsingsnummer: "PL10" }]);
    const merged = {
      ...first,
      rows: [...first.rows, [...header.map((h) => ` ${h} `)], ...second.rows.slice(1)],
    };
    const report = runWith([merged]);
    expect(report.figures.reconciliatie).toMatchObject({ gelezen: 4, geteld: 4 });
    expect(findings(report, "P06")).toEqual([]);
    expect(report.figures.notities).toContain(
      "blad Plaatsingen: de kopregel staat er nog een keer tussen de rijen (exports onder elkaar geplakt?); " +
        "die regel is overgeslagen.",
    );
  });

  test("no note when nothing follows the Totaal row", () => {
    const report = runWith([plaatsingen([{}], { after: [["Totaal", 1]] })]);
    expect(report.figures.notities.filter((n) => /Totaal-rij/.test(n))).toEqual([]);
  });
});

describe("dekkingsgraad with a contact source missing", () => {
  test("says which kinds of contact it could not see", () => {
    const r = runWith([
      plaatsingen([{}]),
      bedrijven({ ICT: 4 }),
      werkgevers([{ Werkgevernummer: "WG1", Sector: "ICT", "Aantal werknemers": 10 }]),
      vacatures([{ Werkgevernummer: "WG1", "Datum registratie": "01-09-2015" }]),
    ]);
    expect(r.figures.dekkingsgraad?.find((d) => d.sector === "ICT")).toMatchObject({ inContact: 1 });
    expect(r.figures.notities).toContain(
      "Dekkingsgraad zonder bron Contacten en kolom Datum laatste contact (audit trail): contact dat alleen " +
        "daar staat, telt niet mee (de dekkingsgraad valt lager uit).",
    );
  });
});

describe("dekkingsgraad", () => {
  // Peildatum 30-09-2015: contact counts from 01-10-2014 up to and including 30-09-2015.
  const report = runWith([
    plaatsingen([{}]),
    bedrijven({ ICT: [4, 25], Detailhandel: [0, 10], "Bouw & Techniek": 10 }),
    werkgevers([
      { Werkgevernummer: "WG1", Sector: "ICT", "Aantal werknemers": 10 }, // contact: counts
      { Werkgevernummer: "WG1", Sector: "ICT", "Aantal werknemers": 10 }, // same employer again: once
      { Werkgevernummer: "WG2", Sector: "ICT", "Aantal werknemers": 9 }, // too small
      { Werkgevernummer: "WG3", Sector: "ICT", "Aantal werknemers": 50 }, // no contact
      { Werkgevernummer: "WG4", Sector: "ICT", "Aantal werknemers": null }, // no size: not counted, noted
      { Werkgevernummer: "WG5", Sector: "ICT", "Aantal werknemers": "12" }, // contact on the window's first day
      {
        Werkgevernummer: "WG6",
        Sector: "ICT",
        "Aantal werknemers": 80,
        "Datum laatste contact": "02-02-2015",
      },
      { Werkgevernummer: "WG7", Sector: "ICT", "Aantal werknemers": 80 }, // contact exactly a year before
      { Werkgevernummer: "WG8", Sector: "Bouw en techniek", "Aantal werknemers": 15 }, // vacancy registered
    ]),
    contacten([
      { Werkgevernummer: "WG1", Datum: "15-03-2015" },
      { Werkgevernummer: "WG2", Datum: "15-03-2015" },
      { Werkgevernummer: "WG4", Datum: "15-03-2015" },
      { Werkgevernummer: "WG5", Datum: "01-10-2014" },
      { Werkgevernummer: "WG7", Datum: "30-09-2014" },
    ]),
    vacatures([{ Werkgevernummer: "WG8", "Datum registratie": "01-09-2015" }]),
  ]);
  const rows = report.figures.dekkingsgraad!;
  const row = (sector: string) => rows.find((r) => r.sector === sector);

  test("employers ≥ 10 staff in contact within the window / the Bedrijven count", () => {
    expect(row("ICT")).toEqual({
      sector: "ICT",
      bedrijven: 4,
      inContact: 3, // WG1, WG5, WG6
      dekkingsgraad: 0.75,
      doel: 0.25,
      verschil: 0.5,
    });
    expect(row("Bouw en techniek")).toMatchObject({ bedrijven: 10, inContact: 1, dekkingsgraad: 0.1 });
    expect(row("Detailhandel")).toMatchObject({ bedrijven: 0, inContact: 0, dekkingsgraad: null, doel: 0.1 });
    expect(rows.map((r) => r.sector)).toEqual(["Detailhandel", "ICT", "Bouw en techniek"]);
  });

  test("employers without a size are not counted and mentioned in the notes", () => {
    expect(report.figures.notities).toEqual(
      expect.arrayContaining([expect.stringMatching(/^1 werkgever\(s\) zonder Aantal werknemers/)]),
    );
    expect(report.figures.notities).toEqual(
      expect.arrayContaining([expect.stringContaining("01-10-2014 t/m 30-09-2015")]),
    );
  });

  test("the summary carries the same figures", () => {
    expect(summary(report).dekkingsgraad).toContainEqual({
      sector: "ICT",
      bedrijven: 4,
      inContact: 3,
      dekkingsgraad: 0.75,
    });
  });

  test("without Bedrijven or without Aantal werknemers there is no dekkingsgraad, and a note says why", () => {
    const noBedrijven = runWith([
      plaatsingen([{}]),
      werkgevers([{ Sector: "ICT", "Aantal werknemers": 12 }]),
    ]);
    expect(noBedrijven.figures.dekkingsgraad).toBeUndefined();
    expect(noBedrijven.figures.notities.join(" ")).toMatch(/Bedrijven/);
    const noSize = runWith([plaatsingen([{}]), bedrijven({ ICT: 4 }), werkgevers([{ Sector: "ICT" }])]);
    expect(noSize.figures.dekkingsgraad).toBeUndefined();
    expect(noSize.figures.notities.join(" ")).toMatch(/Aantal werknemers/);
    expect(summary(noSize).dekkingsgraad).toEqual([]);
  });
});

describe("dekkingsgraad: Bedrijven twice, or a sector missing from it", () => {
  test("a sector named twice counts once (the first), and a note says where the repeat is", () => {
    const report = runWith([
      plaatsingen([{}]),
      bedrijven({ ICT: 4, Detailhandel: 10 }, { name: "Bedrijven", file: "referentie.xlsx" }),
      bedrijven({ ICT: 8 }, { name: "Bedrijven", file: "werkmap.xlsx" }),
      werkgevers([{ Sector: "ICT", "Aantal werknemers": 12, "Datum laatste contact": "01-09-2015" }]),
    ]);
    const rows = report.figures.dekkingsgraad!;
    expect(rows.filter((r) => r.sector === "ICT")).toEqual([
      { sector: "ICT", bedrijven: 4, inContact: 1, dekkingsgraad: 0.25 },
    ]);
    expect(summary(report).dekkingsgraad.map((r) => r.sector)).toEqual(["Detailhandel", "ICT"]);
    expect(report.figures.notities).toContain(
      "Bedrijven noemt sector ICT een tweede keer, in werkmap.xlsx (blad Bedrijven) rij 2; alleen de eerste telt.",
    );
  });

  test("a sector of the sector list without a Bedrijven count is named in a note", () => {
    const report = runWith([
      plaatsingen([{}]),
      bedrijven({ ICT: 4, Detailhandel: 10 }),
      werkgevers([{ Sector: "ICT", "Aantal werknemers": 12 }]),
    ]);
    expect(report.figures.notities).toContain(
      `Geen dekkingsgraad voor ${OVERHEID} en Bouw en techniek: die sectoren staan niet in Bedrijven.`,
    );
  });
});

describe("figures in a fixed order, whatever the order of the rows", () => {
  const rowsA = [
    {
      Sector: "ICT",
      Organisatie: "UWV",
      Banenafspraak: "ja",
      "Uren per week": 30,
      Instrument: "Proefplaatsing",
    },
    {
      Sector: "Kunst",
      Organisatie: "Delft",
      Banenafspraak: "ja",
      "Uren per week": 20,
      Instrument: "Baanbonus",
    },
    {
      Sector: "Detailhandel",
      Organisatie: "Leiden",
      Banenafspraak: "ja",
      "Uren per week": 20,
      Instrument: "Jobcoaching",
    },
    {
      Sector: "Detailhandel",
      Organisatie: "Delft",
      Banenafspraak: "ja",
      "Uren per week": 20,
      Instrument: "Jobcoaching",
    },
  ];
  const kandidatenRows = [
    { Organisatie: "UWV", Arbeidsbeperkt: "ja", "Gewenste sector": "ICT" },
    { Organisatie: "Delft", Arbeidsbeperkt: "ja", "Gewenste sector": "Detailhandel" },
  ];
  const make = (rows: typeof rowsA, candidates: typeof kandidatenRows) =>
    summary(
      runWith([
        toolbox([{ Instrument: "Jobcoaching" }, { Instrument: "Proefplaatsing" }]),
        plaatsingen(rows.map((r, i) => ({ ...r, Plaatsingsnummer: `PL${i}` }))),
        kandidaten(candidates),
      ]),
    );
  const forward = make(rowsA, kandidatenRows);
  const backward = make([...rowsA].reverse(), [...kandidatenRows].reverse());

  test("banen: ambition sheet's sectors and partners, then others alphabetically, Onbekend last", () => {
    expect(forward.banen.map((b) => `${b.sector}|${b.organisatie}`)).toEqual([
      "Detailhandel|Delft",
      "Detailhandel|Onbekend",
      "ICT|UWV",
      "Onbekend|Delft",
    ]);
    expect(backward.banen).toEqual(forward.banen);
  });

  test("instrumenten: the toolbox's order, Onbekend last", () => {
    expect(forward.instrumenten.map((i) => `${i.instrument}|${i.organisatie}`)).toEqual([
      "Jobcoaching|Delft",
      "Jobcoaching|Onbekend",
      "Proefplaatsing|UWV",
      "Onbekend|Delft",
    ]);
    expect(backward.instrumenten).toEqual(forward.instrumenten);
  });

  test("doelgroep per wished sector: the sector list's order", () => {
    const perSector = (rows: typeof kandidatenRows) =>
      runWith([plaatsingen([{}]), kandidaten(rows)]).figures.doelgroepPerSector!.map((c) => c.sector);
    expect(perSector(kandidatenRows)).toEqual(["Detailhandel", "ICT"]);
    expect(perSector([...kandidatenRows].reverse())).toEqual(["Detailhandel", "ICT"]);
  });
});

describe("banen (banenafspraak)", () => {
  const report = runWith([
    plaatsingen([
      { Sector: "Detailhandel", Organisatie: "Delft", Banenafspraak: "ja", "Uren per week": 38 },
      { Sector: OVERHEID, Organisatie: "Den Haag", Banenafspraak: "ja", "Uren per week": "25,5" },
      { Sector: OVERHEID, Organisatie: "Den Haag", Banenafspraak: "ja", "Uren per week": "12,75" },
      { Sector: "ICT", Organisatie: "UWV", Banenafspraak: "ja", "Uren per week": 0 }, // P08: 0 banen
      { Sector: "ICT", Organisatie: "UWV", Banenafspraak: "ja", "Uren per week": 41 }, // P08: 0 banen
      { Sector: "ICT", Organisatie: "UWV", Banenafspraak: "nee", "Uren per week": 20 }, // no banenafspraak
      {
        Sector: "ICT",
        Organisatie: "UWV",
        Banenafspraak: "ja",
        "Uren per week": 30,
        "Datum plaatsing": "01-10-2015",
      },
      {
        Sector: "ICT",
        Organisatie: "UWV",
        Banenafspraak: "ja",
        "Uren per week": 30,
        Plaatsingsnummer: "PL1",
      },
    ]),
  ]);
  const f = report.figures;

  test("banen = Σ uren / 25,5 over counted placements: 38 hours is 1.490…", () => {
    const cell = (sector: string) => f.banen!.find((b) => b.sector === sector);
    expect(cell("Detailhandel")!.banen).toBeCloseTo(38 / 25.5, 12);
    expect(cell("Detailhandel")!.banen).toBeCloseTo(1.490196, 6);
    expect(cell(OVERHEID)).toMatchObject({ organisatie: "Den Haag", banen: 1.5, plaatsingen: 2 });
    expect(cell("ICT")).toMatchObject({ organisatie: "UWV", banen: 0, plaatsingen: 2 });
  });

  test("market vs government: the sector Openbaar bestuur (overheid) en onderwijs is government", () => {
    expect(f.banenTotaal!.overheid).toBe(1.5);
    expect(f.banenTotaal!.markt).toBeCloseTo(38 / 25.5, 12);
    expect(f.banenTotaal!.totaal).toBeCloseTo(1.5 + 38 / 25.5, 12);
    expect(f.banenTotaal).toMatchObject({
      overheidSectoren: [OVERHEID],
      doelMarkt: 710,
      doelOverheid: 690,
      doelTotaal: 1400,
      doelJaar: 2016,
    });
  });

  test("the government sectors are a setting (a local definition), matched like sectors", () => {
    const rows = [
      { Sector: "ICT", Organisatie: "UWV", Banenafspraak: "ja", "Uren per week": "25,5" },
      { Sector: OVERHEID, Organisatie: "Delft", Banenafspraak: "ja", "Uren per week": "25,5" },
    ];
    const both = run([standardAmbitie(), plaatsingen(rows)], "2015-09-30", {
      overheidSectoren: ["ict", "openbaar bestuur (overheid) & onderwijs"],
    });
    expect(both.figures.banenTotaal).toMatchObject({
      overheid: 2,
      markt: 0,
      overheidSectoren: ["ICT", OVERHEID],
    });
    const none = run([standardAmbitie(), plaatsingen(rows)], "2015-09-30", { overheidSectoren: [] });
    expect(none.figures.banenTotaal).toMatchObject({ overheid: 0, markt: 2, overheidSectoren: [] });
    expect(none.figures.notities).toContain(
      "Banenafspraak: geen overheidssector ingesteld; alle banen tellen als markt.",
    );
  });

  test("an ambition sheet without the government sector: a note, not silently all market", () => {
    const table = ambitie({ Detailhandel: [10, 0, 0, 0, 0], "Overheid en onderwijs": [10, 0, 0, 0, 0] });
    const r = run([
      table,
      plaatsingen([{ Sector: "Overheid en onderwijs", Banenafspraak: "ja", "Uren per week": "25,5" }]),
    ]);
    expect(r.figures.banenTotaal).toMatchObject({ overheid: 0, markt: 1, overheidSectoren: [] });
    expect(r.figures.notities).toContain(
      'Banenafspraak: overheidssector "Openbaar bestuur (overheid) en onderwijs" staat niet in de sectorlijst; ' +
        "alle banen tellen als markt. Stel de overheidssectoren in (taakvenster: Instellingen; opdrachtregel: --overheid).",
    );
    const set = run(
      [
        table,
        plaatsingen([{ Sector: "Overheid en onderwijs", Banenafspraak: "ja", "Uren per week": "25,5" }]),
      ],
      "2015-09-30",
      {
        overheidSectoren: ["Overheid en onderwijs"],
      },
    );
    expect(set.figures.banenTotaal).toMatchObject({ overheid: 1, markt: 0 });
    expect(set.figures.notities.filter((n) => n.startsWith("Banenafspraak"))).toEqual([]);
  });

  test("unmatchedSectors flags exactly the names the report would note (Onbekend is no sector)", () => {
    const r = run([standardAmbitie(), plaatsingen([{ Sector: "Visserij", Banenafspraak: "ja" }])]);
    expect(r.figures.sectoren).toContain(ONBEKEND);
    const names = ["ICT", "openbaar bestuur (overheid) & onderwijs", "Onbekend", "Visserij", "Overheid"];
    expect(unmatchedSectors(names, r.figures.sectoren)).toEqual(["Onbekend", "Visserij", "Overheid"]);
    expect(unmatchedSectors(names, r.figures.sectoren, { Overheid: OVERHEID })).toEqual([
      "Onbekend",
      "Visserij",
    ]);
    for (const name of names) {
      const placed = plaatsingen([{ Sector: "ICT", Banenafspraak: "ja", "Uren per week": "25,5" }]);
      const noted = run([standardAmbitie(), placed], "2015-09-30", {
        overheidSectoren: [name],
      }).figures.notities.some((n) => n.includes(`overheidssector "${name}" staat niet`));
      expect(noted).toBe(unmatchedSectors([name], r.figures.sectoren).length === 1);
    }
  });

  test("the summary rounds to three decimals and leaves out pairs with 0 banen", () => {
    expect(summary(report).banen).toEqual([
      { sector: "Detailhandel", organisatie: "Delft", banen: 1.49 },
      { sector: OVERHEID, organisatie: "Den Haag", banen: 1.5 },
    ]);
  });

  test("without Banenafspraak/Uren per week there are no banen figures, and a note says so", () => {
    const r = runWith([plaatsingen([{}])]);
    expect(r.figures.banen).toBeUndefined();
    expect(r.figures.notities.join(" ")).toMatch(/Banenafspraak niet berekend/);
    expect(summary(r).banen).toEqual([]);
  });
});

describe("instrumenten (toolbox monitoring)", () => {
  const report = runWith([
    toolbox([
      { Instrument: "Jobcoaching", "Ook bekend als": "Jobcoach, Coaching op de werkvloer" },
      { Instrument: "Proefplaatsing" },
    ]),
    plaatsingen([
      { Instrument: "Jobcoaching", Organisatie: "Delft" },
      { Instrument: "jobcoach", Organisatie: "Delft" }, // alias
      { Instrument: "Coaching op de werkvloer", Organisatie: "UWV" }, // alias
      { Instrument: "Proefplaatsng", Organisatie: "UWV" }, // close match
      { Instrument: "Baanbonus Delft", Organisatie: "Delft" }, // unknown
      { Instrument: "", Organisatie: "Delft" }, // none used
      { Instrument: "Jobcoaching", Organisatie: "Delft", "Datum plaatsing": "01-12-2015" }, // not counted
    ]),
  ]);

  test("aliases from 'Ook bekend als' map to the instrument; unknown instruments under Onbekend", () => {
    const cells = report.figures.instrumenten!;
    const count = (instrument: string, organisatie: string) =>
      cells.find((c) => c.instrument === instrument && c.organisatie === organisatie)?.plaatsingen;
    expect(count("Jobcoaching", "Delft")).toBe(2);
    expect(count("Jobcoaching", "UWV")).toBe(1);
    expect(count("Proefplaatsing", "UWV")).toBe(1);
    expect(count("Onbekend", "Delft")).toBe(1);
    expect(cells.reduce((a, c) => a + c.plaatsingen, 0)).toBe(5);
    expect(summary(report).instrumenten).toHaveLength(cells.length);
  });

  test("extra instrument aliases from the options", () => {
    const r = runWith(
      [toolbox([{ Instrument: "Jobcoaching" }]), plaatsingen([{ Instrument: "JC-traject" }])],
      undefined,
      {
        instrumentAliases: { "JC-traject": "Jobcoaching" },
      },
    );
    expect(r.figures.instrumenten).toEqual([
      { instrument: "Jobcoaching", organisatie: "Delft", plaatsingen: 1 },
    ]);
  });

  test("without a toolbox, BSNs in Instrument are masked before grouping: one row, not two alike", () => {
    // 111222333 and 123456782 both pass the 11-test.
    const r = runWith([
      plaatsingen([
        { Instrument: "111222333", Organisatie: "Delft" },
        { Instrument: "123456782", Organisatie: "Delft" },
        { Instrument: "Jobcoaching", Organisatie: "Delft" },
      ]),
    ]);
    expect(r.figures.instrumenten).toEqual([
      { instrument: "*********", organisatie: "Delft", plaatsingen: 2 },
      { instrument: "Jobcoaching", organisatie: "Delft", plaatsingen: 1 },
    ]);
    expect(summary(r).instrumenten).toHaveLength(2);
  });
});

describe("doelgroep (the regional target group)", () => {
  const report = runWith([
    plaatsingen([{}]),
    kandidaten([
      { Organisatie: "Delft", Arbeidsbeperkt: "ja", Doelgroepregister: "ja", "Gewenste sector": "ICT" },
      { Organisatie: "Delft", Arbeidsbeperkt: "nee", Doelgroepregister: "nee", "Gewenste sector": "ICT" },
      {
        Organisatie: "Werkse",
        Arbeidsbeperkt: "nee",
        Doelgroepregister: "ja",
        "Gewenste sector": "Detailhandel",
      },
      { Organisatie: "UWV", Arbeidsbeperkt: "ja", Doelgroepregister: "ja", "Gewenste sector": "Kunst" },
      { Organisatie: "Leiden", Arbeidsbeperkt: "", Doelgroepregister: "", "Gewenste sector": "" },
    ]),
  ]);

  test("per partner: kandidaten, arbeidsbeperkt, doelgroepregister and regulier = kandidaten − arbeidsbeperkt", () => {
    const rows = report.figures.doelgroep!;
    expect(rows.map((r) => r.organisatie)).toEqual([
      "Den Haag",
      "Delft",
      "Rijswijk",
      "Westland",
      "UWV",
      "Onbekend",
    ]);
    expect(rows.find((r) => r.organisatie === "Delft")).toEqual({
      organisatie: "Delft",
      kandidaten: 3,
      arbeidsbeperkt: 1,
      doelgroepregister: 2,
      regulier: 2,
    });
    expect(rows.find((r) => r.organisatie === "Onbekend")).toMatchObject({ kandidaten: 1, regulier: 1 });
    for (const r of rows) expect(r.regulier).toBe(r.kandidaten - r.arbeidsbeperkt);
    expect(summary(report).doelgroep).toEqual(rows);
  });

  test("without the Doelgroepregister column the 0 is explained in a note", () => {
    const without = runWith([
      plaatsingen([{}]),
      sheet(["Klantnummer", "Organisatie", "Arbeidsbeperkt"], [["K1", "Delft", "ja"]], {
        name: "Kandidaten",
      }),
    ]);
    expect(without.figures.doelgroep!.find((r) => r.organisatie === "Delft")).toMatchObject({
      kandidaten: 1,
      doelgroepregister: 0,
    });
    expect(without.figures.notities).toContain(
      "Doelgroepregister niet geteld: kolom Doelgroepregister ontbreekt in Kandidaten (de tabel toont 0).",
    );
    expect(report.figures.notities.join(" ")).not.toMatch(/Doelgroepregister niet geteld/);
  });

  test("per wished sector × partner, beside the ambition", () => {
    const cells = report.figures.doelgroepPerSector!;
    expect(cells).toContainEqual({ sector: "ICT", organisatie: "Delft", kandidaten: 2, ambitie: 2 });
    expect(cells).toContainEqual({ sector: "Detailhandel", organisatie: "Delft", kandidaten: 1, ambitie: 5 });
    expect(cells).toContainEqual({ sector: "Onbekend", organisatie: "UWV", kandidaten: 1, ambitie: 0 });
  });
});

describe("per maand and relaties", () => {
  const report = runWith(
    [
      plaatsingen([
        { "Datum plaatsing": "05-01-2015", Werkgevernummer: "WG1" },
        { "Datum plaatsing": "31-01-2015", Werkgevernummer: "WG2" },
        { "Datum plaatsing": "28-02-2015", Werkgevernummer: "WG3" },
        { "Datum plaatsing": "01-03-2015", Werkgevernummer: "WG1" },
        { "Datum plaatsing": "15-03-2015", Werkgevernummer: "" },
        { "Datum plaatsing": "14-03-2015", Werkgevernummer: "WG4" },
        { "Datum plaatsing": "16-03-2015", Werkgevernummer: "WG1" }, // after the peildatum
      ]),
      contacten([
        { Werkgevernummer: "WG1", Datum: "12-12-2014" }, // contact before the year: bestaand
        { Werkgevernummer: "WG2", Datum: "10-01-2015" }, // first contact this year: nieuw
      ]),
      werkgevers([{ Werkgevernummer: "WG3", "Datum laatste contact": "31-12-2014" }]), // audit trail: bestaand
    ],
    "2015-03-15",
  );
  const f = report.figures;

  test("per month up to the peildatum: counts, the cumulative line and the pro-rata line", () => {
    const total = f.totaal.ambitie;
    expect(f.perMaand.map((m) => [m.maand, m.label, m.plaatsingen, m.cumulatief])).toEqual([
      [1, "januari", 2, 2],
      [2, "februari", 1, 3],
      [3, "maart", 3, 6],
    ]);
    expect(f.perMaand[0].proRata).toBeCloseTo((total * 31) / 365, 12);
    expect(f.perMaand[1].proRata).toBeCloseTo((total * 59) / 365, 12);
    // The last month ends at the peildatum (day 74), where the line meets the region's pro rata.
    expect(f.perMaand[2].proRata).toBeCloseTo((total * 74) / 365, 12);
    expect(f.perMaand[2].proRata).toBeCloseTo(f.totaal.proRata, 12);
    expect(f.perMaand[2].cumulatief).toBe(f.totaal.realisatie);
  });

  test("relaties: bestaand when the employer had contact before 1 January, else nieuw", () => {
    // WG1 twice (bestaand), WG3 (bestaand, audit trail), WG2 and WG4 (nieuw), one without Werkgevernummer.
    expect(f.relaties).toEqual({ bestaand: 3, nieuw: 2, onbekend: 1 });
  });

  test("top employers by counted placements", () => {
    expect(f.topWerkgevers[0]).toMatchObject({ werkgevernummer: "WG1", plaatsingen: 2 });
    expect(f.topWerkgevers.map((w) => w.werkgevernummer)).not.toContain("");
  });
});

describe("a required source missing", () => {
  test("in a workbook: no sheet has its columns; among files: no sheet or CSV file", () => {
    const inWorkbook = run([plaatsingen([{}])]).problems.find((p) => p.source === "Ambitie");
    expect(inWorkbook?.message).toMatch(
      /: geen blad met de kolommen Sector, Totaal en een kolom per partner\.$/,
    );
    const fromFiles = run([plaatsingen([{}], { file: "plaatsingen.csv" })]).problems.find(
      (p) => p.source === "Ambitie",
    );
    expect(fromFiles?.message).toBe(
      "Bron Ambitie ontbreekt in plaatsingen.csv: geen blad of CSV-bestand met de kolommen Sector, Totaal en een kolom per partner.",
    );
  });
});
