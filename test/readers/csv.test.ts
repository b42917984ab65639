/** CSV exports as real exports come: delimiters, encodings, BOM, title lines, totals rows, header spellings. */
import { analyse } from "../../src/domain/analyse";
import { parseIsoDate } from "../../src/domain/dates";
import { loadCsv, MAX_LINE_LENGTH, readCsv, sniffDelimiter } from "../../src/readers/csv";
import { analyseDataset, createLoader } from "../../src/domain/analyse";
import { loadExportFile, readExportFile, UnreadableFileError } from "../../src/readers/files";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SAMPLES } from "../support/paths";
import { decodeText } from "../../src/readers/decode";

const encoder = new TextEncoder();
const utf8 = (text: string) => encoder.encode(text);
const withBom = (text: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);
/** Windows-1252 bytes for the Latin-1 range (enough for Dutch: ë, é, ï, ö). */
const cp1252 = (text: string) => new Uint8Array([...text].map((ch) => ch.charCodeAt(0)));

const AMBITIE = [
  "Plaatsingsambitie 2015;;;;;;",
  ";;;;;;",
  "Sector;Den Haag;Delft;Rijswijk;Westland;UWV;Totaal",
  "Detailhandel;10;5;5;0;20;40",
  "Café en horeca;4;0;0;0;0;4",
  "Totaal;14;5;5;0;20;44",
].join("\r\n");

function report(files: Array<[string, Uint8Array]>) {
  const inputs = files.map(([name, bytes]) => readCsv(bytes, name).sheet);
  return analyse(inputs, { peildatum: parseIsoDate("2015-09-30") });
}

describe("delimiter", () => {
  test.each([
    [";", "a;b;c\r\n1;2,5;3\r\n"],
    [",", 'a,b,c\n1,"2,5",3\n'],
    ["\t", "a\tb\tc\n1\t2\t3\n"],
  ])("sniffs %j", (expected, text) => {
    expect(sniffDelimiter(text)).toBe(expected);
  });

  test("commas in free text do not outvote the delimiter that splits every line alike", () => {
    const lines = ["Werkgevernummer;Datum;Soort contact;Verslag"];
    for (let i = 0; i < 20; i++)
      lines.push(`WG${i};01-03-2015;Bedrijfsbezoek;gesproken met A, B, C en D, over X, Y, Z, vervolg, actie`);
    expect(sniffDelimiter(lines.join("\r\n"))).toBe(";");
    // And a title line above a comma-separated export.
    expect(sniffDelimiter("Export; versie 2\nNr,Naam,Plaats\n1,A,Delft\n2,B,Delft\n")).toBe(",");
  });

  test("decimal commas in a ;-file do not fool the sniffer", () => {
    expect(sniffDelimiter("Uren;Naam;Verslag\r\n25,5;A;x\r\n12,75;B;y, z en w\r\n")).toBe(";");
  });

  test("a delimiter inside quotes does not count", () => {
    expect(sniffDelimiter('a,b\n"x;y;z;w",1\n')).toBe(",");
  });

  test('Excel\'s "sep=" line sets the delimiter and is not a row', () => {
    const { sheet, delimiter } = readCsv(utf8("sep=,\r\nSector,Totaal\r\nICT,3\r\n"), "x.csv");
    expect(delimiter).toBe(",");
    expect(sheet.rows[0]).toEqual(["Sector", "Totaal"]);
    expect(sheet.firstRow).toBe(2);
  });
});

describe("encoding", () => {
  const text = "Sector;Naam\r\nCafé en horeca;Brasserie Ëlan\r\n";

  test("UTF-8 with BOM", () => {
    const { sheet, encoding } = readCsv(withBom(text), "a.csv");
    expect(encoding).toBe("utf-8");
    expect(sheet.rows[0][0]).toBe("Sector");
    expect(sheet.rows[1]).toEqual(["Café en horeca", "Brasserie Ëlan"]);
  });

  test("UTF-8 without BOM", () => {
    expect(readCsv(utf8(text), "a.csv").sheet.rows[1][0]).toBe("Café en horeca");
  });

  test("Windows-1252 when the bytes are not valid UTF-8", () => {
    const { sheet, encoding } = readCsv(cp1252(text), "a.csv");
    expect(encoding).toBe("windows-1252");
    expect(sheet.rows[1]).toEqual(["Café en horeca", "Brasserie Ëlan"]);
  });

  test("Windows-1252 specials (€, ‘smart quotes’)", () => {
    expect(decodeText(new Uint8Array([0x80, 0x20, 0x91, 0x61, 0x92])).text).toBe("€ ‘a’");
  });

  test("UTF-16 with a byte order mark", () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...[..."Sector"].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(decodeText(bytes)).toEqual({ text: "Sector", encoding: "utf-16le" });
  });
});

describe("rows", () => {
  test("LF and CRLF line ends, quoted fields with line breaks and quotes", () => {
    const { sheet } = readCsv(utf8('a;b\n"regel 1\nregel 2";"zei ""ja"""\r\n'), "a.csv");
    expect(sheet.rows).toEqual([
      ["a", "b"],
      ["regel 1\nregel 2", 'zei "ja"'],
    ]);
  });

  test("a quote without its pair does not swallow the rows after it: that row is read as it stands", () => {
    const text = [
      "Nr;Naam;Plaats",
      '1;"Bakker, Jan";Delft',
      '2;"t Zonnetje Bakkerij;Delft', // opens a quote that never closes
      "3;Slagerij;Rijswijk",
      '4;"t Zonnetje" Bakkerij;Westland', // quote in the middle of a field
      '5;"Smit; Zn";"Den Haag"', // properly quoted again
      "",
    ].join("\r\n");
    const { sheet } = readCsv(utf8(text), "werkgevers.csv");
    expect(sheet.rows).toEqual([
      ["Nr", "Naam", "Plaats"],
      ["1", "Bakker, Jan", "Delft"],
      ["2", '"t Zonnetje Bakkerij', "Delft"],
      ["3", "Slagerij", "Rijswijk"],
      ["4", '"t Zonnetje" Bakkerij', "Westland"],
      ["5", "Smit; Zn", "Den Haag"],
    ]);
    expect(sheet.notes).toEqual([
      'werkgevers.csv: in 2 rijen (rij 3, 5) staat een aanhalingsteken (") zonder tegenhanger; die rij is ' +
        "gelezen zoals ze er staat, op het scheidingsteken gesplitst.",
    ]);
  });

  test("the repaired rows reach the report's notes, and every row is read", () => {
    const rows = ["Plaatsingsnummer;Datum plaatsing;Sector;Organisatie;Naam werkgever"];
    for (let i = 1; i <= 50; i++)
      rows.push(`PL${i};05-03-2015;Detailhandel;Delft;${i === 10 ? '"t Zonnetje' : "Bakkerij"}`);
    const loader = createLoader({});
    loader.add(readCsv(utf8(AMBITIE), "ambitie.csv").sheet);
    loadCsv(utf8(rows.join("\n")), "plaatsingen.csv", loader);
    const report = analyseDataset(loader.finish(), { peildatum: parseIsoDate("2015-09-30") });
    expect(report.figures.reconciliatie).toMatchObject({ gelezen: 50, geteld: 50 });
    expect(report.figures.notities).toContain(
      'plaatsingen.csv: in rij 11 staat een aanhalingsteken (") zonder tegenhanger; die rij is gelezen zoals ' +
        "ze er staat, op het scheidingsteken gesplitst.",
    );
  });

  test("a line far longer than any export row is refused with one clear line, not read", async () => {
    const huge = "a;".repeat(MAX_LINE_LENGTH);
    expect(() => readCsv(utf8(huge), "groot.csv")).toThrow(/groot\.csv: een regel is langer dan/);
    await expect(readExportFile(utf8(huge), "groot.csv")).rejects.toBeInstanceOf(UnreadableFileError);
    const long = "Nr;Verslag\n1;" + "lang verslag ".repeat(1000) + "\n";
    expect(readCsv(utf8(long), "contacten.csv").sheet.rows).toHaveLength(2);
  });

  test("an empty file is noted; a binary one is refused with one clear line", async () => {
    expect(readCsv(utf8(""), "leeg.csv").sheet.notes).toEqual(["leeg.csv is leeg."]);
    expect(readCsv(withBom("\r\n\r\n"), "leeg.csv").sheet.notes).toEqual(["leeg.csv is leeg."]);
    const binary = new Uint8Array([0x00, 0x01, 0x02, 0xff, 0x00, 0x41, 0x3b, 0x42]);
    await expect(readExportFile(binary, "export.csv")).rejects.toThrow(
      new UnreadableFileError(
        "export.csv is geen tekstbestand (het bevat binaire gegevens); exporteer het opnieuw als .csv of .xlsx",
      ),
    );
  });

  test("an Excel workbook saved under a .csv name is read as the workbook it is, and noted", async () => {
    const bytes = readFileSync(join(SAMPLES, "referentie.xlsx"));
    const sheets = await readExportFile(bytes, "referentie.csv");
    expect(sheets.map((s) => s.name)).toEqual([
      "Ambitie 2015",
      "Sectorindeling",
      "Bedrijven",
      "Regionale toolbox",
    ]);
    expect(sheets[0].notes).toEqual([
      "referentie.csv is een Excel-werkmap, geen CSV-bestand; het is als .xlsx gelezen.",
    ]);
    // Said once for the file, not once per sheet.
    expect(sheets.slice(1).map((s) => s.notes)).toEqual([undefined, undefined, undefined]);
    const loader = createLoader({});
    await loadExportFile(bytes, "referentie.csv", loader);
    expect(loader.finish().sheets.map((s) => s.type)).toEqual([
      "Ambitie",
      "Sectoren",
      "Bedrijven",
      "Toolbox",
    ]);
  });

  test("a final line break does not add an empty row", () => {
    expect(readCsv(utf8("a;b\r\n1;2\r\n"), "a.csv").sheet.rows).toHaveLength(2);
  });

  test("the sheet and its messages name the file as the caller does (the CLI leaves out folders it does not need)", () => {
    const sheet = readCsv(utf8('a;b\n"x;1\n2;3\n'), "q3/plaatsingen Q3.csv").sheet;
    expect(sheet).toMatchObject({ name: "q3/plaatsingen Q3.csv", file: "q3/plaatsingen Q3.csv" });
    expect(sheet.notes?.[0]).toMatch(/^q3\/plaatsingen Q3\.csv: in rij 2 staat een aanhalingsteken/);
  });
});

describe("as sources", () => {
  const plaatsingen = [
    "WBS export plaatsingen;;;",
    "Gemaakt op 01-10-2015;;;",
    ";;;",
    "Plaatsingsnr;Plaatsingsdatum;Sector;Gemeente/UWV",
    "PL1;05-03-2015;Detailhandel;Werkse!",
    ";;;",
    "PL2;2015-04-06;detailhandel;UWV WERKbedrijf",
    "PL3;6/4/2015 14:30;Café & Horeca;Gemeente Den Haag",
    "Totaal;3;;",
  ].join("\r\n");

  test("title lines, aliases, blank rows and a totals row", () => {
    const r = report([
      ["ambitie.csv", withBom(AMBITIE)],
      ["plaatsingen.csv", cp1252(plaatsingen)],
    ]);
    expect(r.problems).toEqual([]);
    const sheet = r.sheets.find((s) => s.type === "Plaatsingen")!;
    expect(sheet).toMatchObject({ headerRow: 4, rows: 3, blankRows: 1, totalsRow: 9, status: "gebruikt" });
    expect(sheet.columns).toMatchObject({
      plaatsingsnummer: "Plaatsingsnr",
      datumPlaatsing: "Plaatsingsdatum",
      organisatie: "Gemeente/UWV",
    });
    expect(r.figures.reconciliatie).toMatchObject({ gelezen: 3, geteld: 3 });
    const cell = (sector: string, partner: string) =>
      r.figures.voortgang.find((v) => v.sector === sector && v.organisatie === partner)?.realisatie;
    expect(cell("Detailhandel", "Delft")).toBe(1);
    expect(cell("Detailhandel", "UWV")).toBe(1);
    expect(cell("Café en horeca", "Den Haag")).toBe(1);
    // The totals row of the ambition sheet is checked (A03), not read as a sector.
    expect(r.figures.sectoren).toEqual(["Detailhandel", "Café en horeca"]);
  });

  test("header spellings: one key for Werkgever nummer / werkgevernummer / Werkgever-nummer", () => {
    for (const header of ["Werkgever nummer", "werkgevernummer", "Werkgever-nummer", "WERKGEVERNUMMER"]) {
      const csv = `${header};Naam werkgever;Postcode\r\nWG1;Bakkerij;2611 AA\r\n`;
      const r = report([
        ["ambitie.csv", utf8(AMBITIE)],
        ["w.csv", utf8(csv)],
      ]);
      expect(r.sheets.find((s) => s.type === "Werkgevers")?.columns.werkgevernummer).toBe(header);
    }
  });

  test("a source is recognised by its headers, not by its file name", () => {
    const r = report([
      ["plaatsingen.csv", utf8(AMBITIE)],
      ["ambitie.csv", utf8("Klantnummer;Organisatie;Arbeidsbeperkt\r\nKL1;Delft;ja\r\n")],
    ]);
    expect(r.sheets.map((s) => s.type)).toEqual(["Ambitie", "Kandidaten"]);
  });
});
