/** Dutch cell values: numbers with thousands separators, dates written as Excel serials in a CSV file. */
import { dayFromYmd } from "../../src/domain/dates";
import { INVALID, parseDate, parseNumber } from "../../src/domain/values";
import { bedrijven, contacten, findings, plaatsingen, run, runWith, sheet, werkgevers } from "./helpers";

describe("parseNumber", () => {
  test.each([
    ["25,5", 25.5],
    ["25.5", 25.5],
    ["-0,25", -0.25],
    ["1.234,5", 1234.5],
    ["1,234.5", 1234.5],
    ["1 234", 1234],
    // A separator that repeats groups thousands.
    ["1.234.567", 1234567],
    ["1,234,567", 1234567],
    ["-1.234.567", -1234567],
    ["1.234.567,89", 1234567.89],
    // A single point before exactly three digits is a Dutch thousands point …
    ["1.250", 1250],
    ["1.134", 1134],
    ["12.345", 12345],
    ["123.456", 123456],
    // … but not after a lone 0, nor before more or fewer digits.
    ["0.250", 0.25],
    ["1.25", 1.25],
    ["1.2500", 1.25],
    // A single comma is the Dutch decimal comma, whatever follows.
    ["1,250", 1.25],
    // A percentage is its fraction, as an Excel percentage cell holds it.
    ["25%", 0.25],
    ["12,5 %", 0.125],
  ])("%s reads as %d", (text, expected) => {
    expect(parseNumber(text)).toBe(expected);
  });

  test.each(["1.23.4", "1.2345.678", "1,23,4", "12,34.567,8", "tien", "1..2", "1.234.5678", "%", "25%%"])(
    "%s is unreadable",
    (text) => {
      expect(parseNumber(text)).toBe(INVALID);
    },
  );

  test("a formatted employer count counts: 1.250 werknemers is a large employer, not 1,25", () => {
    const report = runWith([
      bedrijven({ ICT: 10 }),
      plaatsingen([{}]),
      werkgevers([
        { Werkgevernummer: "WG1", Sector: "ICT", "Aantal werknemers": "1.250" },
        { Werkgevernummer: "WG2", Sector: "ICT", "Aantal werknemers": "12" },
      ]),
      contacten([
        { Werkgevernummer: "WG1", Datum: "01-09-2015" },
        { Werkgevernummer: "WG2", Datum: "01-09-2015" },
      ]),
    ]);
    expect(report.figures.dekkingsgraad?.find((d) => d.sector === "ICT")).toMatchObject({ inContact: 2 });
  });
});

test("a dekkingsgraad target written as a percentage (25%) is 25%, not an unreadable value", () => {
  const report = runWith([
    sheet(["Sector", "Bedrijven ≥10 werknemers", "Doel dekkingsgraad"], [["ICT", 10, "25%"]], {
      name: "Bedrijven",
    }),
    plaatsingen([{}]),
    werkgevers([{ Sector: "ICT", "Aantal werknemers": 12 }]),
  ]);
  expect(report.figures.dekkingsgraad?.find((d) => d.sector === "ICT")?.doel).toBe(0.25);
  expect(findings(report, "L01")).toEqual([]);
});

describe("parseDate: an Excel serial written as text (a CSV file)", () => {
  test("a whole serial is that day, a fraction its time", () => {
    expect(parseDate("42064")).toBe(dayFromYmd(2015, 3, 1));
    expect(parseDate("42064,5")).toBe(dayFromYmd(2015, 3, 1) + 0.5);
    expect(parseDate("42064.25")).toBe(dayFromYmd(2015, 3, 1) + 0.25);
  });

  test("only serials of 1950–2099: other numbers are no date", () => {
    expect(parseDate("18263")).toBe(INVALID); // 31-12-1949
    expect(parseDate("18264")).toBe(dayFromYmd(1950, 1, 1));
    expect(parseDate("73050")).toBe(dayFromYmd(2099, 12, 31));
    expect(parseDate("73051")).toBe(INVALID); // 01-01-2100
    expect(parseDate("73052")).toBe(INVALID);
    expect(parseDate("20150301")).toBe(INVALID);
    expect(parseDate("4206")).toBe(INVALID);
    expect(parseDate("-42064")).toBe(INVALID);
  });

  test("a placement dated by serial text counts and is no P06", () => {
    const report = run([plaatsingen([{ "Datum plaatsing": "42064" }])]);
    expect(findings(report, "P06")).toEqual([]);
    expect(report.figures.reconciliatie).toMatchObject({ gelezen: 1, geteld: 1 });
  });
});
