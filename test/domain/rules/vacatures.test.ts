/** Rules V01…V05 on the WBS vacancies. */
import { expectDutch, expectNotCheckable, findings, plaatsingen, runWith, vacatures } from "../helpers";

const placements = () => plaatsingen([{}]);

describe("V01 registered more than 24 hours after receipt", () => {
  const report = runWith([
    placements(),
    vacatures(
      [
        { "Datum ontvangst": "01-09-2015", "Datum registratie": "02-09-2015" }, // next day: fine
        { "Datum ontvangst": "01-09-2015", "Datum registratie": "03-09-2015" }, // 2 days
        { "Datum ontvangst": "01-09-2015 10:00", "Datum registratie": "02-09-2015 10:00" }, // exactly 24 h
        { "Datum ontvangst": "01-09-2015 10:00", "Datum registratie": "02-09-2015 11:00" }, // 25 h
        { "Datum ontvangst": "01-09-2015 16:30", "Datum registratie": "01-09-2015 09:00" }, // earlier
        { "Datum ontvangst": 42248, "Datum registratie": 42250 }, // Excel serials: 01-09-2015, 03-09-2015
      ],
      { title: [["Vacatures"], ["Periode: 2015"]] },
    ),
  ]);

  test("without times: more than one day later is a fout", () => {
    const list = findings(report, "V01");
    expect(list.map((f) => f.record)).toEqual(["VAC2", "VAC4", "VAC6"]);
    expect(list[0]).toMatchObject({
      rule: "V01",
      severity: "fout",
      source: "Vacatures",
      sheet: "Vacatures",
      row: 5, // 2 title lines, header, VAC1, VAC2
      column: "Datum registratie",
      value: "03-09-2015",
      record: "VAC2",
    });
    expectDutch(list[0], /2 dagen na ontvangst/);
  });

  test("with times: exactly 24 hours is fine, 25 hours is a fout", () => {
    const f = findings(report, "V01").find((x) => x.record === "VAC4");
    expect(f).toMatchObject({ row: 7, value: "02-09-2015 11:00" });
    expectDutch(f!, /25 uur/);
  });

  test("exactly 24 hours is fine whatever the date and time (no rounding noise)", () => {
    // Day numbers carry the time as a binary fraction: for these pairs the difference came out a hair
    // above one day and was reported as "24 uur".
    const pairs = [
      ["09-11-2014 10:00", "10-11-2014 10:00"],
      ["09-11-2014 13:37", "10-11-2014 13:37"],
      ["09-11-2014 23:59", "10-11-2014 23:59"],
      ["31-12-2015 16:45", "01-01-2016 16:45"],
    ];
    const rows = pairs.map(([a, b]) => ({ "Datum ontvangst": a, "Datum registratie": b }));
    // The same moments as .xlsx Date cells.
    const at = (iso: string) => new Date(`${iso}Z`);
    rows.push({
      "Datum ontvangst": at("2014-11-09T10:00:00"),
      "Datum registratie": at("2014-11-10T10:00:00"),
    } as never);
    rows.push({
      "Datum ontvangst": at("2014-11-09T10:00:00"),
      "Datum registratie": at("2014-11-10T10:01:00"),
    } as never);
    const list = findings(runWith([placements(), vacatures(rows)]), "V01");
    expect(list.map((f) => f.record)).toEqual(["VAC6"]);
    expectDutch(list[0], /24 uur en 1 min\. na ontvangst/);
  });

  test("midnight is a time: 00:00 on the day of receipt, registered late the next day, is a fout", () => {
    // 47 h 59 min and 24 h 29 min: both late. Compared as whole days, the first was 1 day and missed.
    const text = vacatures([
      { "Datum ontvangst": "01-03-2015 00:00", "Datum registratie": "02-03-2015 23:59" },
      { "Datum ontvangst": "01-03-2015 00:01", "Datum registratie": "02-03-2015 00:30" },
      { "Datum ontvangst": "2015-03-01T00:00", "Datum registratie": "2015-03-02T00:00" }, // exactly 24 h
      { "Datum ontvangst": "42064,0", "Datum registratie": "42065,75" }, // serials with a time: 42 h
    ]);
    const list = findings(runWith([placements(), text]), "V01");
    expect(list.map((f) => f.record)).toEqual(["VAC1", "VAC2", "VAC4"]);
    expectDutch(list[0], /47 uur en 59 min\. na ontvangst/);
    expectDutch(list[2], /42 uur na ontvangst/);

    // Excel cells: a whole serial number or a Date at midnight carries a time when its format shows hours.
    const cells = vacatures([
      { "Datum ontvangst": 42064, "Datum registratie": 42065.9 },
      { "Datum ontvangst": 42064, "Datum registratie": 42065.9 },
      {
        "Datum ontvangst": new Date("2015-03-01T00:00:00Z"),
        "Datum registratie": new Date("2015-03-02T18:00:00Z"),
      },
      {
        "Datum ontvangst": new Date("2015-03-01T00:00:00Z"),
        "Datum registratie": new Date("2015-03-02T18:00:00Z"),
      },
    ] as never);
    const header = cells.rows[0];
    const dated = new Set([header.indexOf("Datum ontvangst"), header.indexOf("Datum registratie")]);
    const withTime = (r: number) => r === 1 || r === 3;
    cells.numberFormats = cells.rows.map((row, r) =>
      row.map((_, c) =>
        r > 0 && dated.has(c) ? (withTime(r) ? "dd-mm-yyyy hh:mm" : "dd-mm-yyyy") : undefined,
      ),
    );
    // Rows 1 and 3 show 00:00 (late: 45,6 h and 42 h); rows 2 and 4 show whole days (1 day: fine).
    expect(findings(runWith([placements(), cells]), "V01").map((f) => f.record)).toEqual(["VAC1", "VAC3"]);
  });

  test("Excel dates are shown as dd-mm-jjjj", () => {
    const f = findings(report, "V01").find((x) => x.record === "VAC6");
    expect(f).toMatchObject({ value: "03-09-2015" });
  });
});

describe("V02 more arbeidsplaatsen than allowed", () => {
  const rows = [
    { Status: "Open", "Aantal vervuld": 0, "Aantal arbeidsplaatsen": 1 }, // allowed 1
    { Status: "Open", "Aantal vervuld": 0, "Aantal arbeidsplaatsen": 2 }, // allowed 1: fout
    { Status: "Open", "Aantal vervuld": 2, "Aantal arbeidsplaatsen": 3 }, // allowed 3
    { Status: "Vervuld", "Aantal vervuld": 2, "Aantal arbeidsplaatsen": 2 }, // allowed 2
    { Status: "Vervuld", "Aantal vervuld": 2, "Aantal arbeidsplaatsen": 3 }, // allowed 2: fout
    { Status: "Vervallen", "Aantal vervuld": 0, "Aantal arbeidsplaatsen": 1 }, // allowed max(1, 0)
    { Status: "Vervallen", "Aantal vervuld": 0, "Aantal arbeidsplaatsen": 2 }, // fout
    { Status: "open", "Aantal vervuld": null, "Aantal arbeidsplaatsen": 1 }, // empty vervuld = 0
  ];

  test("Open: vervuld + 1; otherwise max(1, vervuld)", () => {
    const list = findings(runWith([placements(), vacatures(rows)]), "V02");
    expect(list.map((f) => f.record)).toEqual(["VAC2", "VAC5", "VAC7"]);
    expect(list[0]).toMatchObject({
      rule: "V02",
      severity: "fout",
      sheet: "Vacatures",
      row: 3,
      column: "Aantal arbeidsplaatsen",
      value: "2",
      record: "VAC2",
    });
    expectDutch(list[0], /2 arbeidsplaatsen/, /toegestaan: 1/);
    expectDutch(list[1], /toegestaan: 2/);
  });

  test("vervuld comes from the placements on the vacancy when Aantal vervuld is absent", () => {
    const report = runWith([
      plaatsingen([
        { Vacaturenummer: "VAC1" },
        { Vacaturenummer: "VAC1" },
        { Vacaturenummer: "VAC2" },
        { Vacaturenummer: "VAC3", "Datum plaatsing": "12-11-2014" }, // outside the period: still a placement
      ]),
      vacatures([
        { Status: "Vervuld", "Aantal arbeidsplaatsen": 2 }, // 2 placements: fine
        { Status: "Open", "Aantal arbeidsplaatsen": 3 }, // 1 placement, allowed 2: fout
        { Status: "Vervuld", "Aantal arbeidsplaatsen": 1 }, // 1 placement: fine
        { Status: "Vervuld", "Aantal arbeidsplaatsen": 2 }, // no placement, allowed 1: fout
      ]),
    ]);
    const list = findings(report, "V02");
    expect(list.map((f) => f.record)).toEqual(["VAC2", "VAC4"]);
    expectDutch(list[0], /1 vervuld/, /toegestaan: 2/);
    expectDutch(list[1], /0 vervuld/, /toegestaan: 1/);
  });

  test("not checkable without Aantal vervuld and without the placements' Vacaturenummer", () => {
    const report = runWith([placements(), vacatures([{ Status: "Open", "Aantal arbeidsplaatsen": 5 }])]);
    expectNotCheckable(report, "V02", /Aantal vervuld/);
    expectNotCheckable(report, "V02", /Vacaturenummer/);
  });

  test("not checkable without Aantal arbeidsplaatsen", () => {
    const report = runWith([placements(), vacatures([{ Status: "Open", "Aantal vervuld": 1 }])]);
    expectNotCheckable(report, "V02", "kolom Aantal arbeidsplaatsen ontbreekt");
  });
});

describe("V03 Gevraagd aantal ≥ 10 without coproductie", () => {
  test("10 or more without Coproductie ja is a waarschuwing", () => {
    const report = runWith([
      placements(),
      vacatures([
        { "Gevraagd aantal": 10, Coproductie: "nee" },
        { "Gevraagd aantal": 10, Coproductie: "ja" },
        { "Gevraagd aantal": 9, Coproductie: "nee" },
        { "Gevraagd aantal": "12", Coproductie: null },
        { "Gevraagd aantal": 25, Coproductie: "x" },
      ]),
    ]);
    const list = findings(report, "V03");
    expect(list.map((f) => f.record)).toEqual(["VAC1", "VAC4"]);
    expect(list[0]).toMatchObject({
      rule: "V03",
      severity: "waarschuwing",
      row: 2,
      column: "Coproductie",
      value: "nee",
      record: "VAC1",
    });
    expectDutch(list[0], /coproductie/);
  });

  test("not checkable without a Coproductie column", () => {
    const report = runWith([placements(), vacatures([{ "Gevraagd aantal": 30 }])]);
    expectNotCheckable(report, "V03", "kolom Coproductie ontbreekt");
  });
});

describe("V04 Doelgroepvacature without Doelgroep", () => {
  test("ja without a doelgroep is a fout; with one, or nee, is fine", () => {
    const report = runWith([
      placements(),
      vacatures([
        { Doelgroepvacature: "ja", Doelgroep: "" },
        { Doelgroepvacature: "ja", Doelgroep: "Arbeidsbeperkt" },
        { Doelgroepvacature: "nee", Doelgroep: "" },
        { Doelgroepvacature: "J", Doelgroep: "   " },
      ]),
    ]);
    const list = findings(report, "V04");
    expect(list.map((f) => f.record)).toEqual(["VAC1", "VAC4"]);
    expect(list[0]).toMatchObject({
      rule: "V04",
      severity: "fout",
      row: 2,
      column: "Doelgroep",
      value: "",
      record: "VAC1",
    });
    expectDutch(list[0], /doelgroep/);
  });

  test("not checkable without a Doelgroep column", () => {
    const report = runWith([placements(), vacatures([{ Doelgroepvacature: "ja" }])]);
    expectNotCheckable(report, "V04", "kolom Doelgroep ontbreekt");
  });
});

describe("V05 vacancy registered after its first placement", () => {
  test("the same day is fine, a day later is a waarschuwing; the first placement is the earliest valid date", () => {
    const report = runWith([
      plaatsingen([
        { Vacaturenummer: "VAC1", "Datum plaatsing": "05-03-2015" },
        { Vacaturenummer: "VAC2", "Datum plaatsing": "05-03-2015" },
        { Vacaturenummer: "VAC3", "Datum plaatsing": "10-03-2015" },
        { Vacaturenummer: "VAC3", "Datum plaatsing": "04-03-2015" },
        { Vacaturenummer: "VAC3", "Datum plaatsing": "geen" },
        { Vacaturenummer: "VAC4", "Datum plaatsing": "" },
      ]),
      vacatures([
        { "Datum registratie": "05-03-2015 17:45" },
        { "Datum registratie": "06-03-2015" },
        { "Datum registratie": "05-03-2015" },
        { "Datum registratie": "31-12-2015" },
        { "Datum registratie": "31-12-2015" }, // VAC5: no placement
      ]),
    ]);
    const list = findings(report, "V05");
    expect(list.map((f) => f.record)).toEqual(["VAC2", "VAC3"]);
    expect(list[0]).toMatchObject({
      rule: "V05",
      severity: "waarschuwing",
      sheet: "Vacatures",
      row: 3,
      column: "Datum registratie",
      value: "06-03-2015",
      record: "VAC2",
    });
    expectDutch(list[0], /06-03-2015/, /05-03-2015/);
    expectDutch(list[1], /04-03-2015/);
  });

  test("not checkable when the placements have no Vacaturenummer", () => {
    const report = runWith([placements(), vacatures([{}])]);
    expectNotCheckable(report, "V05", "kolom Vacaturenummer ontbreekt");
  });
});
