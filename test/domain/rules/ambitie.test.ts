/** Rules A01…A05 on the ambition table. */
import {
  ambitie,
  ambitieRows,
  expectDutch,
  expectNotCheckable,
  findings,
  plaatsingen,
  run,
  standardAmbitie,
  summary,
} from "../helpers";

const placements = () => plaatsingen([{}]);

describe("a correct ambition table", () => {
  test("gives no A-finding, also under title lines and with a blank row", () => {
    const report = run([
      standardAmbitie({ title: [["Plaatsingsambitie 2015"], []], blankBefore: [2] }),
      placements(),
    ]);
    for (const id of ["A01", "A02", "A03", "A04", "A05"] as const) expect(findings(report, id)).toEqual([]);
    expect(summary(report).bevindingen).toMatchObject({ A01: 0, A02: 0, A03: 0, A04: 0, A05: 0 });
  });
});

describe("A01 row with numbers but no sector", () => {
  test("a row without a sector name but with numbers is a fout on that row", () => {
    const report = run([
      ambitieRows(
        [
          ["Detailhandel", 10, 5, 5, 0, 20],
          [null, 1, 2, 3, 4, 5],
          ["ICT", 1, 1, 1, 1, 1],
        ],
        { title: [["Ambitie 2015"]] },
      ),
      placements(),
    ]);
    const [f, ...rest] = findings(report, "A01");
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      rule: "A01",
      severity: "fout",
      source: "Ambitie",
      sheet: "Ambitie 2015",
      row: 4, // title, header, Detailhandel, this row
      column: "Sector",
      columnLetter: "A",
      value: "",
      record: "",
    });
    expectDutch(f, /geen sectornaam/);
  });

  test("a row with only a note and no numbers is no A01", () => {
    const report = run([
      ambitieRows([
        ["Detailhandel", 10, 5, 5, 0, 20],
        [null, null, null, null, null, null, null],
      ]),
      placements(),
    ]);
    expect(findings(report, "A01")).toEqual([]);
  });
});

describe("A02 row total", () => {
  test("Totaal that is not the sum of the partners: one finding on the Totaal cell", () => {
    const report = run([
      ambitie({ Detailhandel: [10, 5, 5, 0, 20, 41], ICT: [1, 1, 1, 1, 1, 5] }, { blankBefore: [1] }),
      placements(),
    ]);
    const [f, ...rest] = findings(report, "A02");
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      rule: "A02",
      severity: "fout",
      sheet: "Ambitie 2015",
      row: 2,
      column: "Totaal",
      columnLetter: "G",
      value: "41",
      record: "Detailhandel",
    });
    expectDutch(f, /41/, /40/, /Detailhandel/);
  });

  test("fractions (A04's) that do add up give no A02 or A03 beside A04", () => {
    // 0.1 + 0.2 is 0.30000000000000004 in binary: that must not read as a wrong total.
    const report = run([
      ambitie({ Detailhandel: [0.1, 0.2, 0, 0, 0, 0.3], ICT: [0.2, 0.1, 0, 0, 0, 0.3] }),
      placements(),
    ]);
    expect(findings(report, "A04").length).toBeGreaterThan(0);
    expect(findings(report, "A02")).toEqual([]);
    expect(findings(report, "A03")).toEqual([]);
  });

  test("the row total counts an empty partner cell as 0", () => {
    const report = run([ambitie({ Detailhandel: [10, null, 5, 0, 20, 35] }), placements()]);
    expect(findings(report, "A02")).toEqual([]);
  });
});

describe("A03 column totals", () => {
  test("a wrong cell in the Totaal row: one finding per cell, partner and Totaal column alike", () => {
    const report = run([
      ambitie(
        { Detailhandel: [10, 5, 5, 0, 20], ICT: [1, 2, 3, 4, 5] },
        { totals: [11, 8, 8, 4, 25, 81], title: [["Ambitie"], ["versie 2"]] },
      ),
      placements(),
    ]);
    const list = findings(report, "A03");
    expect(list).toHaveLength(2);
    expect(list[0]).toMatchObject({
      rule: "A03",
      severity: "fout",
      sheet: "Ambitie 2015",
      row: 6, // 2 title lines, header, 2 sectors, Totaal row
      column: "Delft",
      columnLetter: "C",
      value: "8",
      record: "Totaal",
    });
    expectDutch(list[0], /Delft/, /7/);
    expect(list[1]).toMatchObject({ row: 6, column: "Totaal", value: "81", record: "Totaal" });
    expectDutch(list[1], /81/, /55/);
  });

  test("without a Totaal row A03 is niet toetsbaar, never passed", () => {
    const report = run([ambitie({ Detailhandel: [10, 5, 5, 0, 20] }, { totals: "none" }), placements()]);
    expectNotCheckable(report, "A03", /rij Totaal ontbreekt \(Ambitie: Ambitie 2015\)/);
  });

  test("a Totaal row that adds up is fine", () => {
    const report = run([
      ambitie({ Detailhandel: [10, 5, 5, 0, 20], ICT: [1, 2, 3, 4, 5] }, { totals: [11, 7, 8, 4, 25, 55] }),
      placements(),
    ]);
    expect(findings(report, "A03")).toEqual([]);
  });
});

describe("A04 ambition cells are whole numbers ≥ 0", () => {
  test("a fraction, a negative number and a word each give a finding", () => {
    const report = run([
      ambitie({ Detailhandel: [2.5, -1, "tien", 0, 20, 21.5] }, { totals: "none" }),
      placements(),
    ]);
    const list = findings(report, "A04");
    expect(list.map((f) => [f.column, f.value])).toEqual([
      ["Den Haag", "2,5"], // numbers in Dutch, as every other finding shows them,
      ["Delft", "-1"],
      ["Rijswijk", "tien"],
      ["Totaal", "21,5"],
    ]);
    for (const f of list) {
      expect(f).toMatchObject({ rule: "A04", severity: "fout", row: 2, record: "Detailhandel" });
      expectDutch(f, /geen geheel getal/);
    }
  });

  test("0, empty cells and numbers as text ('12') are fine", () => {
    const report = run([ambitie({ Detailhandel: [0, null, "12", 3, 4, 19] }), placements()]);
    expect(findings(report, "A04")).toEqual([]);
  });

  test("cells of the Totaal row are checked too", () => {
    const report = run([
      ambitie({ ICT: [1, 1, 1, 1, 1] }, { totals: [1, 1, 1, 1, 1, "vijf"] }),
      placements(),
    ]);
    expect(findings(report, "A04")).toEqual([
      expect.objectContaining({ row: 3, column: "Totaal", value: "vijf", record: "Totaal" }),
    ]);
  });
});

describe("A05 sector twice", () => {
  test("the second row of a sector (by sector key) is a fout; only the first counts", () => {
    const report = run([
      ambitieRows([
        ["Bouw en techniek", 1, 1, 1, 1, 1],
        ["ICT", 2, 2, 2, 2, 2],
        ["Bouw & Techniek", 9, 9, 9, 9, 9],
      ]),
      plaatsingen([{ Sector: "Bouw en techniek", Organisatie: "Delft" }]),
    ]);
    const [f, ...rest] = findings(report, "A05");
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      rule: "A05",
      severity: "fout",
      row: 4,
      column: "Sector",
      value: "Bouw & Techniek",
    });
    expectDutch(f, /rij 2/);
    expect(report.figures.voortgang).toContainEqual(
      expect.objectContaining({
        sector: "Bouw en techniek",
        organisatie: "Delft",
        ambitie: 1,
        realisatie: 1,
      }),
    );
    expect(report.figures.totaal.ambitie).toBe(15);
  });
});
