/**
 * A sheet handed over row by row (DatasetLoader.begin) reads exactly like the same sheet handed over
 * as one array (add): same sheet reports, records, numbers, findings and figures.
 */
import { analyseDataset, createLoader, Report } from "../../src/domain/analyse";
import { Cell, SheetInput } from "../../src/domain/cells";
import { Dataset, DatasetLoader } from "../../src/domain/sources/load";
import { numberedColumnsOf } from "../../src/domain/sources/numbering";
import { SOURCES } from "../../src/domain/sources/catalog";
import {
  contacten,
  day,
  kandidaten,
  OVERHEID,
  plaatsingen,
  Row,
  standardAmbitie,
  vacatures,
  werkgevers,
} from "./helpers";

const PEILDATUM = day("2015-09-30");

/** Every row through `begin`, without telling the loader how many rows will come. */
function streamInto(loader: DatasetLoader, input: SheetInput): void {
  const { rows, numberFormats, ...meta } = input;
  const sheet = loader.begin(meta);
  for (let r = 0; r < rows.length; r++) sheet.row(rows[r], numberFormats?.[r]);
  sheet.end();
}

function both(inputs: SheetInput[]): { arrays: [Dataset, Report]; streamed: [Dataset, Report] } {
  const build = (feed: (loader: DatasetLoader, input: SheetInput) => void): [Dataset, Report] => {
    const loader = createLoader({});
    for (const input of inputs) feed(loader, input);
    const data = loader.finish();
    return [data, analyseDataset(data, { peildatum: PEILDATUM })];
  };
  return {
    arrays: build((loader, input) => loader.add(input)),
    streamed: build(streamInto),
  };
}

const withoutTimings = (report: Report) => ({ ...report, timings: undefined });

/** The two readings agree in everything, including the numbered columns' numbers per record. */
function expectSame(inputs: SheetInput[]): Report {
  const { arrays, streamed } = both(inputs);
  expect(withoutTimings(streamed[1])).toEqual(withoutTimings(arrays[1]));
  expect(streamed[0].sheets).toEqual(arrays[0].sheets);
  expect(streamed[0].records).toEqual(arrays[0].records);
  expect(streamed[0].issues).toEqual(arrays[0].issues);
  for (const source of SOURCES)
    for (const key of numberedColumnsOf(source.type)) {
      expect(Array.from(streamed[0].numbers.of(source.type, key))).toEqual(
        Array.from(arrays[0].numbers.of(source.type, key)),
      );
      expect(streamed[0].numbers.size(key)).toBe(arrays[0].numbers.size(key));
    }
  return streamed[1];
}

const placements = (n: number): Row[] =>
  Array.from({ length: n }, (_, i) => ({
    Sector: i % 3 === 0 ? "Detailhandel" : i % 3 === 1 ? "ICT" : OVERHEID,
    Organisatie: ["Den Haag", "Delft", "Rijswijk", "Westland", "UWV"][i % 5],
    Vacaturenummer: `VAC${i % 700}`,
    Werkgevernummer: `WG${i % 300}`,
    Banenafspraak: i % 7 === 0 ? "Ja" : "Nee",
    "Uren per week": i % 11 === 0 ? "veel" : String(20 + (i % 17)),
  }));

test("a full set of sources with title lines, blank rows and totals rows", () => {
  const title = [["Export WSP Haaglanden"], ["Gemaakt op 30-09-2015"], []];
  const totals: Cell[][] = [["Totaal", null, 12], [], ["Opmerking onder de tabel"]];
  const report = expectSame([
    standardAmbitie({ title: [["Plaatsingsambitie 2015"], []] }),
    plaatsingen(placements(40), { title, blankBefore: [0, 7, 40], after: totals }),
    vacatures([{ Status: "Open" }, { Status: "Vervuld" }], { title, after: totals }),
    werkgevers([{}, {}, {}], { blankBefore: [1] }),
    contacten([{ Werkgevernummer: "WG1", Datum: "01-05-2015" }]),
    kandidaten([{ Organisatie: "Delft" }, { Organisatie: "UWV" }]),
  ]);
  const sheet = report.sheets.find((s) => s.type === "Plaatsingen");
  expect(sheet).toMatchObject({ status: "gebruikt", headerRow: 4, rows: 40, blankRows: 4, totalsRow: 48 });
  expect(sheet?.rowsAfterTotals).toBe(1);
});

test("more rows than the numbered columns' first arrays hold, in two sheets of one source", () => {
  const report = expectSame([
    standardAmbitie(),
    plaatsingen(placements(2500)),
    plaatsingen(placements(1500), { name: "Plaatsingen 2" }),
  ]);
  expect(report.sheets.filter((s) => s.type === "Plaatsingen").map((s) => s.rows)).toEqual([2500, 1500]);
});

test("the header on row 20 is found; on row 21 it is not", () => {
  const titled = (lines: number) =>
    plaatsingen(placements(5), { title: Array.from({ length: lines }, (_, i) => [`Regel ${i + 1}`]) });
  const found = expectSame([standardAmbitie(), titled(19)]);
  expect(found.sheets[1]).toMatchObject({ status: "gebruikt", headerRow: 20, rows: 5 });
  const missed = expectSame([standardAmbitie(), titled(20)]);
  expect(missed.sheets[1].status).toBe("niet herkend");
});

test("a sheet with only a header, an empty sheet, and sheets shorter than the header search", () => {
  const report = expectSame([
    standardAmbitie(),
    plaatsingen([]),
    { name: "Leeg", rows: [] },
    {
      name: "Kort",
      rows: [
        ["a", "b"],
        [1, 2],
      ],
    },
    plaatsingen(placements(3), { name: "Drie" }),
  ]);
  expect(report.sheets.map((s) => [s.name, s.status, s.rows])).toEqual([
    ["Ambitie 2015", "gebruikt", 4],
    ["Plaatsingen", "gebruikt", 0],
    ["Leeg", "niet herkend", 0],
    ["Kort", "niet herkend", 0],
    ["Drie", "gebruikt", 3],
  ]);
});

test("a second Ambitie sheet, a sheet without required columns, a forced type", () => {
  const forced: SheetInput = { ...vacatures([{}]), sourceType: "Vacatures" };
  expectSame([
    standardAmbitie(),
    standardAmbitie({ name: "Ambitie kopie" }),
    plaatsingen(placements(4), { without: ["Sector"] }),
    plaatsingen(placements(4)),
    forced,
  ]);
});

test("number formats per row: a date-formatted number in a text column reads as a date", () => {
  const input = plaatsingen([{ Project: 42100 }, { Project: 42101 }, { Project: "Zomer" }], {
    title: [["Titel"]],
  });
  const numberFormats = input.rows.map((row) => row.map(() => "General"));
  numberFormats[2][input.rows[1].indexOf("Project")] = "dd-mm-yyyy";
  const report = expectSame([standardAmbitie(), { ...input, numberFormats }]);
  expect(report.sheets[1].status).toBe("gebruikt");
});

test("holes in the rows array read as blank rows", () => {
  const input = plaatsingen(placements(6));
  const rows = [...input.rows];
  delete rows[3];
  expectSame([standardAmbitie(), { ...input, rows }]);
});

test("one sheet at a time", () => {
  const loader = createLoader({});
  const first = loader.begin({ name: "Een" });
  expect(() => loader.begin({ name: "Twee" })).toThrow(/not ended/);
  expect(() => loader.finish()).toThrow(/not ended/);
  first.end();
  expect(() => first.end()).toThrow(/already ended/);
  expect(loader.finish().sheets.map((s) => s.name)).toEqual(["Een"]);
});
