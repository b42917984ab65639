/**
 * The CSV reader hands rows over one at a time (papaparse's step mode); the rows are exactly those of
 * papaparse's whole-text parse, as the reader produced them before it streamed.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { csvRowsOfText, readCsvText } from "../../src/readers/csv";
import { decodeText } from "../../src/readers/decode";
import { loadExportFile, UnreadableFileError } from "../../src/readers/files";
import { createLoader } from "../../src/domain/analyse";
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

describe("loadExportFile", () => {
  const csv = new TextEncoder().encode("Sector;Den Haag\nICT;3\n");

  test("an error of the loader itself is passed on as it is, not taken for an unreadable file", async () => {
    const bug = new TypeError("engine bug");
    const loader = {
      add: () => {
        throw bug;
      },
      begin: () => ({
        row: () => {
          throw bug;
        },
        end: () => {
          throw bug;
        },
      }),
    } as unknown as Parameters<typeof loadExportFile>[2];
    await expect(loadExportFile(csv, "ambitie.csv", loader)).rejects.toBe(bug);
  });

  test("a file that cannot be read is an UnreadableFileError naming the file", async () => {
    const loader = createLoader({});
    await expect(loadExportFile(new Uint8Array([1, 2, 3]), "kapot.xlsx", loader)).rejects.toThrow(
      UnreadableFileError,
    );
    await expect(loadExportFile(new Uint8Array([1, 2, 3]), "kapot.xlsx", loader)).rejects.toThrow(
      /kapot\.xlsx/,
    );
  });
});
