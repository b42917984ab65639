/** Rules T01 (toolbox), K01 (kandidaten) and PV1 (citizen service numbers), and "niet toetsbaar". */
import { Cell } from "../../../src/domain/cells";
import { RULES } from "../../../src/domain/rules/catalog";
import {
  allRuleFindings,
  ambitie,
  expectDutch,
  expectNotCheckable,
  findings,
  kandidaten,
  plaatsingen,
  run,
  runWith,
  sheet,
  standardAmbitie,
  summary,
  toolbox,
  werkgevers,
} from "../helpers";

const TOOLBOX = () =>
  toolbox([
    { Instrument: "Jobcoaching", "Ook bekend als": "Jobcoach, Coaching op de werkvloer" },
    { Instrument: "Proefplaatsing", "Ook bekend als": "Werken met behoud van uitkering; Proefplaatsen" },
    { Instrument: "Loonkostensubsidie", "Ook bekend als": "" },
  ]);

describe("T01 instrument not in the regional toolbox", () => {
  const report = runWith([
    TOOLBOX(),
    plaatsingen(
      [
        { Instrument: "Jobcoaching" },
        { Instrument: "coaching op de werkvloer" }, // alias
        { Instrument: "Werken met behoud van uitkering" }, // alias after ';'
        { Instrument: "Proefplaatsng" }, // close match: waarschuwing
        { Instrument: "Eigen Delftse Baanbonus" }, // not in the toolbox: fout
        { Instrument: "" }, // no instrument used
      ],
      { title: [["Plaatsingen"]] },
    ),
  ]);

  test("an unknown instrument is a fout, a close match a waarschuwing, aliases are fine", () => {
    const list = findings(report, "T01");
    expect(list.map((f) => [f.record, f.severity])).toEqual([
      ["PL4", "waarschuwing"],
      ["PL5", "fout"],
    ]);
    expect(list[0]).toMatchObject({
      rule: "T01",
      source: "Plaatsingen",
      sheet: "Plaatsingen",
      row: 6,
      column: "Instrument",
      value: "Proefplaatsng",
      record: "PL4",
    });
    expectDutch(list[0], /gelezen als Proefplaatsing/);
    expect(list[1]).toMatchObject({ row: 7, value: "Eigen Delftse Baanbonus" });
    expectDutch(list[1], /niet in de regionale toolbox/);
  });

  test('an instrument named "Totaal…" is data, not the totals row that closes the toolbox', () => {
    const report = runWith([
      toolbox([
        { Instrument: "Loonkostensubsidie" },
        { Instrument: "Totaalpakket re-integratie" },
        { Instrument: "Jobcoaching" },
      ]),
      plaatsingen([{ Instrument: "Jobcoaching" }, { Instrument: "Totaalpakket re-integratie" }]),
    ]);
    expect(findings(report, "T01")).toEqual([]);
    expect(report.sheets.find((s) => s.type === "Toolbox")).toMatchObject({ rows: 3, rowsAfterTotals: 0 });
  });

  test("an instrument the toolbox marks as not active is a waarschuwing; geen, n.v.t. and - are no instrument", () => {
    const report = runWith([
      toolbox([
        { Instrument: "Jobcoaching", Actief: "ja" },
        { Instrument: "Participatieplaats", Actief: "nee" },
      ]),
      plaatsingen([
        { Instrument: "Jobcoaching" },
        { Instrument: "Participatieplaats" }, // not active: waarschuwing
        { Instrument: "Participatieplaatss" }, // close match to a not active one: one waarschuwing
        { Instrument: "geen" },
        { Instrument: "n.v.t." },
        { Instrument: "-" },
        { Instrument: "Niet van toepassing" },
      ]),
    ]);
    const list = findings(report, "T01");
    expect(list.map((f) => [f.record, f.severity])).toEqual([
      ["PL2", "waarschuwing"],
      ["PL3", "waarschuwing"],
    ]);
    expectDutch(list[0], /niet actief/);
    expectDutch(list[1], /gelezen als Participatieplaats/, /niet actief/);
    // The instrument figures count the used instruments only; "geen" is not an Onbekend instrument.
    const names = (report.figures.instrumenten ?? []).map((c) => c.instrument);
    expect([...new Set(names)].sort()).toEqual(["Jobcoaching", "Participatieplaats"]);
  });

  test("not checkable without a toolbox", () => {
    const without = runWith([plaatsingen([{ Instrument: "Jobcoaching" }])]);
    expectNotCheckable(without, "T01", "bron Toolbox ontbreekt");
  });

  test("not checkable without an Instrument column", () => {
    expectNotCheckable(runWith([TOOLBOX(), plaatsingen([{}])]), "T01", "kolom Instrument ontbreekt");
  });
});

describe("K01 doelgroepregister without arbeidsbeperking", () => {
  test("Doelgroepregister ja with Arbeidsbeperkt nee is a waarschuwing", () => {
    const report = runWith([
      plaatsingen([{}]),
      kandidaten([
        { Doelgroepregister: "ja", Arbeidsbeperkt: "nee" },
        { Doelgroepregister: "ja", Arbeidsbeperkt: "ja" },
        { Doelgroepregister: "nee", Arbeidsbeperkt: "nee" },
        { Doelgroepregister: "x", Arbeidsbeperkt: "n" },
      ]),
    ]);
    const list = findings(report, "K01");
    expect(list.map((f) => f.record)).toEqual(["KL1", "KL4"]);
    expect(list[0]).toMatchObject({
      rule: "K01",
      severity: "waarschuwing",
      source: "Kandidaten",
      sheet: "Kandidaten",
      row: 2,
      column: "Arbeidsbeperkt",
      value: "nee",
      record: "KL1",
    });
    expectDutch(list[0], /doelgroepregister/, /Arbeidsbeperkt is nee/);
  });

  test("an unreadable Arbeidsbeperkt is an onleesbare waarde (L01), not a K01 saying it is nee", () => {
    const report = runWith([
      plaatsingen([{}]),
      kandidaten([{ Doelgroepregister: "ja", Arbeidsbeperkt: "onbekend" }]),
    ]);
    expect(findings(report, "K01")).toEqual([]);
    expect(findings(report, "L01")).toEqual([
      expect.objectContaining({ column: "Arbeidsbeperkt", value: "onbekend", record: "KL1" }),
    ]);
  });

  test("not checkable without a Doelgroepregister column", () => {
    const report = runWith([plaatsingen([{}]), kandidaten([{}])]);
    expectNotCheckable(report, "K01", "kolom Doelgroepregister ontbreekt");
  });
});

/** A valid BSN (11-test) from eight digits; undefined when no check digit fits. */
function bsnFrom(first8: string): string | undefined {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(first8[i]) * (9 - i);
  const last = sum % 11;
  return last <= 9 ? first8 + String(last) : undefined;
}

function validBsns(count: number, seed = 1): string[] {
  const list: string[] = [];
  for (let n = seed; list.length < count; n++) {
    const candidate = bsnFrom(
      String(10_000_000 + n * 7_919_311)
        .slice(0, 8)
        .padStart(8, "1"),
    );
    if (candidate && !list.includes(candidate)) list.push(candidate);
  }
  return list;
}

const elevenTest = (digits: string) => {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  return (sum - Number(digits[8])) % 11 === 0;
};

describe("PV1 citizen service numbers", () => {
  const bsns = validBsns(6);

  test("the helper makes numbers that pass the 11-test", () => {
    for (const b of bsns) expect(elevenTest(b)).toBe(true);
  });

  const report = runWith([
    plaatsingen(
      bsns.map((b, i) => ({
        BSN: i === 0 ? "" : i % 2 ? Number(b) : b, // numbers and text alike; the first row empty
        Sector: i === 5 ? `Detailhandel ${b}` : "Detailhandel",
        Klantnummer: b,
      })),
      { title: [["Plaatsingen met persoonsgegevens"]] },
    ),
    kandidaten([{ Klantnummer: bsns[1], Doelgroepregister: "ja", Arbeidsbeperkt: "nee" }]),
  ]);

  test("one waarschuwing per column, at the first row that holds one, value masked", () => {
    const list = findings(report, "PV1");
    const byColumn = new Map(list.map((f) => [`${f.sheet}/${f.column}`, f]));
    // A single BSN typed into the Sector column is a BSN column too: every nine-digit value there passes.
    expect([...byColumn.keys()].sort()).toEqual([
      "Kandidaten/Klantnummer",
      "Plaatsingen/BSN",
      "Plaatsingen/Klantnummer",
      "Plaatsingen/Sector",
    ]);
    expect(list).toHaveLength(4);
    const f = byColumn.get("Plaatsingen/BSN")!;
    expect(f).toMatchObject({
      rule: "PV1",
      severity: "waarschuwing",
      sheet: "Plaatsingen",
      row: 4, // title, header, the empty first row, then the first BSN
      column: "BSN",
      value: "*********",
      record: "PL2",
    });
    expectDutch(f, /burgerservicenummer/, /5/);
  });

  test("no BSN appears anywhere in the findings or the summary", () => {
    const text =
      JSON.stringify(allRuleFindings(report)) +
      JSON.stringify(summary(report)) +
      JSON.stringify(report.figures) +
      JSON.stringify(report.sheets.map(({ sheet: _sheet, ...rest }) => rest));
    for (const b of bsns) {
      expect(text).not.toContain(b);
      // Excel drops leading zeros, so also the number as Excel would store it.
      expect(text).not.toContain(String(Number(b)));
    }
    // The sector with a BSN in it is masked where P03 quotes it.
    const p03 = findings(report, "P03");
    expect(p03).toHaveLength(1);
    expect(p03[0].value).toBe("*********");
    expect(p03[0].message).toContain("*********");
    // K01's record id is the (BSN) Klantnummer: masked.
    expect(findings(report, "K01")[0].record).toBe("*********");
  });

  test("a BSN id column stored as numbers (leading zero dropped by Excel) never shows as a record id", () => {
    const zeroBsns: string[] = [];
    for (let n = 10_000_000; zeroBsns.length < 4; n++) {
      const digits = String(n).padStart(9, "0");
      if (elevenTest(digits)) zeroBsns.push(digits);
    }
    const r = runWith([
      kandidaten(
        zeroBsns.map((b) => ({ Klantnummer: Number(b), Doelgroepregister: "ja", Arbeidsbeperkt: "nee" })),
      ),
    ]);
    expect(findings(r, "PV1")).toEqual([
      expect.objectContaining({ column: "Klantnummer", record: "*********" }),
    ]);
    const k01 = findings(r, "K01");
    expect(k01).toHaveLength(4);
    for (const f of k01) expect(f.record).toBe("*********");
    const text = JSON.stringify(allRuleFindings(r));
    for (const b of zeroBsns) expect(text).not.toContain(String(Number(b)));
  });

  test("a column of random nine-digit numbers that mostly fail the 11-test is not flagged", () => {
    const numbers: string[] = [];
    for (let n = 0; numbers.length < 40; n++) numbers.push(String(123_456_700 + n * 1_000_003));
    const failing = numbers.filter((n) => !elevenTest(n)).length;
    expect(failing / numbers.length).toBeGreaterThan(0.5);
    expect(numbers.filter(elevenTest).length).toBeGreaterThan(0); // a few pass by chance
    const r = runWith([plaatsingen(numbers.map((n) => ({ Referentie: n })))]);
    expect(findings(r, "PV1")).toEqual([]);
  });

  test("also found in a column the source does not know, and in reference sheets", () => {
    const r = run([
      standardAmbitie(),
      plaatsingen([{}]),
      werkgevers([{ "Contactpersoon BSN": bsns[0] }, { "Contactpersoon BSN": bsns[1] }]),
    ]);
    const list = findings(r, "PV1");
    expect(list).toEqual([
      expect.objectContaining({
        sheet: "Werkgevers",
        column: "Contactpersoon BSN",
        row: 2,
        value: "*********",
      }),
    ]);
  });

  test("PV1 is always checkable and 0 without BSNs", () => {
    const r = runWith([plaatsingen([{}])]);
    expect(findings(r, "PV1")).toEqual([]);
    expect(summary(r).bevindingen.PV1).toBe(0);
  });
});

describe("niet toetsbaar in the summary", () => {
  test("with only the minimal set, the rules that need other sources are listed, never counted", () => {
    const report = runWith([plaatsingen([{}])]);
    const s = summary(report);
    const notCheckable = ["W01", "W02", "W03", "W04", "V01", "V02", "V03", "V04", "V05"];
    notCheckable.push("P01", "P02", "P08", "T01", "K01");
    expect([...s.nietToetsbaar].sort()).toEqual([...notCheckable].sort());
    for (const id of notCheckable) expect(s.bevindingen).not.toHaveProperty(id);
    const checkable = RULES.map((r) => r.id).filter((id) => !notCheckable.includes(id));
    expect(Object.keys(s.bevindingen).sort()).toEqual([...checkable].sort());
    for (const r of report.rules) if (!r.checkable) expect(r.reason).toMatch(/^(bron|kolom) .+ ontbreekt/);
  });

  test("several sheets of one source: a column counts as present only when every sheet has it", () => {
    const report = runWith([
      plaatsingen([{ Uitkering: "WW" }], { name: "Q1" }),
      plaatsingen([{ "Datum plaatsing": "05-05-2015" }], { name: "Q2" }),
    ]);
    expectNotCheckable(report, "P01", /Uitkering ontbreekt \(Plaatsingen: Q2\)/);
    expect(report.figures.reconciliatie.gelezen).toBe(2);
  });

  test("a placements sheet that lacks a required column is a problem naming the column and the closest header", () => {
    const report = run([
      standardAmbitie(),
      sheet(
        ["Plaatsingsnummer", "Plaatsingsdatum", "Sektor", "Organisatie"],
        [["PL1", "05-03-2015", "ICT", "UWV"]],
        { name: "Export" },
      ),
    ]);
    expect(report.problems).toEqual([
      expect.objectContaining({ kind: "kolom ontbreekt", source: "Plaatsingen" }),
    ]);
    expect(report.problems[0].message).toMatch(/kolom "Sector" ontbreekt/);
    expect(report.problems[0].message).toMatch(/Sektor/);
  });

  describe("the closest header is only proposed when its values could be the column's", () => {
    const missing = (report: ReturnType<typeof run>, key: string) =>
      report.sheets.flatMap((s) => s.missing).find((m) => m.key === key);

    test("a date column is not proposed a header of text values, however alike the name", () => {
      const report = run([
        standardAmbitie(),
        sheet(
          ["Plaatsingsnummer", "Plaatsing", "Ingangsdatum", "Sector", "Organisatie"],
          [
            ["PL1", "Vast", "05-03-2015", "ICT", "UWV"],
            ["PL2", "Tijdelijk", "2015-04-01", "ICT", "Delft"],
            ["PL3", "Vast", 42100, "ICT", "Delft"],
          ],
          { name: "Export" },
        ),
      ]);
      expect(missing(report, "datumPlaatsing")?.closest).toBe("Ingangsdatum");
      expect(report.problems[0].message).toMatch(
        /"Datum plaatsing" ontbreekt; dichtstbijzijnde kop: "Ingangsdatum"/,
      );
    });

    test("with only text values at hand there is no proposal, and the message says so", () => {
      const report = run([
        standardAmbitie(),
        sheet(
          ["Plaatsingsnummer", "Soort contract", "Sector", "Organisatie"],
          [["PL1", "Vast", "ICT", "UWV"]],
          { name: "Export" },
        ),
      ]);
      expect(missing(report, "datumPlaatsing")?.closest).toBeUndefined();
      expect(report.problems[0].message).toMatch(
        /kolom "Datum plaatsing" ontbreekt; geen gelijkende kop gevonden\.$/,
      );
    });

    test("a text column is only proposed a header that looks like it, and a header is proposed once", () => {
      const report = run([
        standardAmbitie(),
        sheet(
          ["Plaatsingsnummer", "Datum", "Sector"],
          [
            ["PL1", "05-03-2015", "ICT"],
            ["PL2", "01-04-2015", "ICT"],
          ],
          { name: "Import" },
        ),
      ]);
      expect(missing(report, "datumPlaatsing")?.closest).toBe("Datum");
      // "Datum" is nothing like "Organisatie" (and already proposed for Datum plaatsing).
      expect(missing(report, "organisatie")?.closest).toBeUndefined();
      const gemeente = run([
        standardAmbitie(),
        sheet(
          ["Plaatsingsnummer", "Datum plaatsing", "Sector", "Gemeente"],
          [["PL1", "05-03-2015", "ICT", "Delft"]],
          {
            name: "Import",
          },
        ),
      ]);
      expect(missing(gemeente, "organisatie")?.closest).toBe("Gemeente");
    });

    test("a number column: a header of numbers wins over a closer name with text; empty headers still count", () => {
      const rows: Cell[][] = [
        ["Detailhandel", 10, 5, 5, 0, 20, 40, "ok"],
        ["ICT", 6, 2, 1, 1, 10, 20, "nagekeken"],
      ];
      const withText = sheet(
        ["Sector", "Den Haag", "Delft", "Rijswijk", "Westland", "UWV", "Som", "Totaal opmerking"],
        rows,
        { name: "Ambitie" },
      );
      expect(missing(run([withText]), "totaal")?.closest).toBe("Som");
      const empty = sheet(
        ["Sector", "Den Haag", "Delft", "Rijswijk", "Westland", "UWV", "Totaal opmerking"],
        rows.map((r) => [...r.slice(0, 6), null]),
        { name: "Ambitie" },
      );
      expect(missing(run([empty]), "totaal")?.closest).toBe("Totaal opmerking");
    });
  });
});

describe("where findings point", () => {
  test("a used range that starts lower and further right shifts row numbers and column letters", () => {
    const report = runWith([
      plaatsingen([{}, { Sector: "Visserij" }], { firstRow: 5, firstColumn: 3, title: [["Export"]] }),
    ]);
    expect(findings(report, "P03")).toEqual([
      expect.objectContaining({
        row: 8,
        column: "Sector",
        columnLetter: "E",
        value: "Visserij",
        record: "PL2",
      }),
    ]);
  });

  test("headers are matched by their key: 'Werkgever-nummer', 'Naam  werkgever', 'POSTCODE'", () => {
    const report = runWith([
      plaatsingen([{}]),
      sheet(
        ["Werkgever-nummer", "Naam  werkgever", "POSTCODE", "KvK nummer"],
        [
          ["WG1", "Groen BV", "2611 AB", "111"],
          ["WG2", "Groen", "2612 AB", "111"],
        ],
        { name: "Relaties" },
      ),
    ]);
    expect(findings(report, "W01")).toEqual([
      expect.objectContaining({ sheet: "Relaties", row: 3, column: "KvK nummer", record: "WG2" }),
    ]);
  });

  test("partner names follow the ambition sheet's headers, aliases resolve to them (P01 knows UWV by alias)", () => {
    const report = run([
      ambitie(
        { Detailhandel: [1, 2, 3, 4, 5] },
        { partners: ["'s-Gravenhage", "Gemeente Delft", "RWC", "Westland", "UWV WERKbedrijf"] },
      ),
      plaatsingen([
        { Organisatie: "Den Haag", Uitkering: "WW" },
        { Organisatie: "UWV", Uitkering: "Bijstand" },
        { Organisatie: "UWV", Uitkering: "WW" },
      ]),
    ]);
    expect(report.figures.organisaties).toEqual([
      "'s-Gravenhage",
      "Gemeente Delft",
      "RWC",
      "Westland",
      "UWV WERKbedrijf",
    ]);
    expect(summary(report).voortgang).toContainEqual({
      sector: "Detailhandel",
      organisatie: "UWV WERKbedrijf",
      realisatie: 2,
      ambitie: 5,
    });
    expect(findings(report, "P01").map((f) => f.record)).toEqual(["PL1", "PL2"]);
  });

  test("a value no rule reports is a reading finding (L01); the rest of the row is still used", () => {
    const report = runWith([
      plaatsingen([{}]),
      werkgevers([
        { "Datum invoer": "gisteren", "Aantal werknemers": "veel" },
        { "Datum invoer": "01-01-2015" },
      ]),
    ]);
    const read = [...report.readFindings].sort((a, b) => a.column.localeCompare(b.column));
    expect(read.map((f) => [f.rule, f.severity, f.row, f.column, f.value])).toEqual([
      ["L01", "fout", 2, "Aantal werknemers", "veel"],
      ["L01", "fout", 2, "Datum invoer", "gisteren"],
    ]);
    expectDutch(read[0], /geen getal/);
    expectDutch(read[1], /geen geldige datum/);
    expect(findings(report, "W01")).toEqual([]);
  });

  test("without an ambition sheet there is a problem 'bron ontbreekt'", () => {
    const report = run([plaatsingen([{}])]);
    expect(report.problems).toEqual([expect.objectContaining({ kind: "bron ontbreekt", source: "Ambitie" })]);
  });
});
