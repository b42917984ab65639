/**
 * The CSV reader hands rows over one at a time (papaparse's step mode); the rows are exactly those of
 * papaparse's whole-text parse, as the reader produced them before it streamed.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { csvRowsOfText, readCsvText } from "../../src/readers/csv";
import { decodeText } from "../../src/readers/decode";
import { SAMPLES } from "../support/paths";

/** The reader as it was: the whole text parsed into one array, the final line break's empty row dropped. */
function wholeTextRows(body: string, delimiter: string): string[][] {
  const rows = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: false, newline: undefined }).data;
  if (rows.length > 0 && rows[rows.length - 1].length === 1 && rows[rows.length - 1][0] === "") rows.pop();
  return rows;
}

function streamed(text: string): string[][] {
  const rows: string[][] = [];
  csvRowsOfText(text, "x.csv").forEach((cells) => rows.push(cells));
  return rows;
}

const TEXTS: Array<[string, string]> = [
  ["title lines", "Export plaatsingen\r\nGemaakt 30-09-2015\r\n\r\nA;B;C\r\n1;2;3\r\n"],
  ["blank rows and a totals row", "A;B\r\n1;2\r\n\r\n;\r\n3;4\r\nTotaal;6\r\n\r\nnoot\r\n"],
  ["no final line break", "A;B\n1;2"],
  ["two final line breaks", "A;B\n1;2\n\n"],
  ["only a header", "A;B;C\r\n"],
  ["only a header, no line break", "A;B;C"],
  ["empty", ""],
  ["one line break", "\n"],
  ["quoted line breaks and delimiters", 'A;B\r\n"een\r\ntwee";"3;4"\r\n"""x""";y\r\n'],
  ["a final row of one empty field in quotes", 'A\n""\n'],
  ["carriage returns only", "A,B\r1,2\r3,4\r"],
  ["tabs", "A\tB\n1\t2\n"],
];

test.each(TEXTS)("%s: the same rows as a whole-text parse", (_name, text) => {
  const delimiter = csvRowsOfText(text, "x.csv").delimiter;
  expect(streamed(text)).toEqual(wholeTextRows(text, delimiter));
  expect(readCsvText(text, "x.csv").sheet.rows).toEqual(wholeTextRows(text, delimiter));
});

test("an Excel sep= line is taken off, sets the delimiter and the first row number", () => {
  const csv = csvRowsOfText("sep=,\r\nA;x,B\r\n1,2\r\n", "x.csv");
  expect(csv.delimiter).toBe(",");
  expect(csv.sheet.firstRow).toBe(2);
  expect(streamed("sep=,\r\nA;x,B\r\n1,2\r\n")).toEqual([
    ["A;x", "B"],
    ["1", "2"],
  ]);
});

test.each(["plaatsingen", "vacatures", "werkgevers", "contacten", "kandidaten"])(
  "the shared sample %s.csv: the same rows as a whole-text parse",
  (name) => {
    const { text } = decodeText(readFileSync(join(SAMPLES, `${name}.csv`)));
    const delimiter = csvRowsOfText(text, name).delimiter;
    const rows = streamed(text);
    expect(rows.length).toBeGreaterThan(10);
    expect(rows).toEqual(wholeTextRows(text, delimiter));
  },
);
