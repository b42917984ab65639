/**
 * Property-based tests: arbitrary cell values never crash a reader or the engine, and every value
 * that cannot be read becomes a finding at its own row and column.
 */
import fc from "fast-check";
import { allFindings, analyse } from "../src/domain/analyse";
import { Cell, SheetInput } from "../src/domain/cells";
import { parseIsoDate } from "../src/domain/dates";
import { CsvShapeError, readCsv } from "../src/readers/csv";
import { readExportFile, UnreadableFileError } from "../src/readers/files";

const PEILDATUM = parseIsoDate("2015-09-30");

const AMBITIE: SheetInput = {
  name: "Ambitie",
  rows: [
    ["Sector", "Den Haag", "Delft", "Rijswijk", "Westland", "UWV", "Totaal"],
    ["Detailhandel", 1, 1, 1, 1, 1, 5],
  ],
};

const anyCell: fc.Arbitrary<Cell> = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.date({ noInvalidDate: false }),
  fc.constantFrom(
    "",
    " ",
    "Totaal",
    "totaal plaatsingen",
    "ja",
    "nee",
    "x",
    "31-02-2015",
    "25,5",
    "1.234,5",
    "#N/A",
  ),
);

const HEADERS: Record<string, string[]> = {
  Plaatsingen: [
    "Plaatsingsnummer",
    "Datum plaatsing",
    "Sector",
    "Organisatie",
    "Vacaturenummer",
    "Banenafspraak",
    "Uren per week",
    "Instrument",
    "Uitkering",
  ],
  Vacatures: [
    "Vacaturenummer",
    "Werkgevernummer",
    "Datum ontvangst",
    "Datum registratie",
    "Aantal arbeidsplaatsen",
    "Aantal vervuld",
    "Status",
    "Gevraagd aantal",
    "Coproductie",
  ],
  Werkgevers: [
    "Werkgevernummer",
    "Naam werkgever",
    "Postcode",
    "KvK-nummer",
    "Huisnummer",
    "Sector",
    "Aantal werknemers",
    "Datum invoer",
    "Datum laatste contact",
  ],
  Contacten: ["Werkgevernummer", "Datum", "Soort contact", "Verslag"],
  Kandidaten: ["Klantnummer", "Organisatie", "Arbeidsbeperkt", "Doelgroepregister", "Gewenste sector"],
};

const sheetOf = (type: string, rows: Cell[][]): SheetInput => ({
  name: type,
  rows: [HEADERS[type], ...rows],
});

test("arbitrary cells in every source never crash the engine, and the placements reconcile", () => {
  const rowsOf = (width: number) =>
    fc.array(fc.array(anyCell, { minLength: 0, maxLength: width + 2 }), { maxLength: 12 });
  fc.assert(
    fc.property(
      rowsOf(9),
      rowsOf(9),
      rowsOf(9),
      rowsOf(4),
      rowsOf(5),
      (plaatsingen, vacatures, werkgevers, contacten, kandidaten) => {
        const report = analyse(
          [
            AMBITIE,
            sheetOf("Plaatsingen", plaatsingen),
            sheetOf("Vacatures", vacatures),
            sheetOf("Werkgevers", werkgevers),
            sheetOf("Contacten", contacten),
            sheetOf("Kandidaten", kandidaten),
          ],
          { peildatum: PEILDATUM },
        );
        const r = report.figures.reconciliatie;
        expect(r.geteld + r.dubbel + r.voorPeriode + r.naPeildatum + r.ongeldigeDatum).toBe(r.gelezen);
        for (const finding of allFindings(report)) {
          expect(finding.row).toBeGreaterThanOrEqual(2);
          expect(typeof finding.message).toBe("string");
        }
      },
    ),
    { numRuns: 150 },
  );
});

/** Values that are clearly not what a typed column holds, and values that clearly are. */
const unreadable = {
  date: fc.constantFrom(
    "n.v.t.",
    "31-02-2015",
    "2015-13-01",
    "morgen",
    "12/31/2015",
    "1-1-15",
    "#N/A",
    "00-00-0000",
  ),
  number: fc.constantFrom("veel", "12 uur", "1,2,3.4", "ca. 5", "#DIV/0!", "--3"),
  bool: fc.constantFrom("misschien", "soms", "jaa", "2", "-"),
};
const readable = {
  date: fc.constantFrom("05-03-2015", "5-3-2015", "05/03/2015", "2015-03-05", "05-03-2015 14:30", 42068),
  number: fc.constantFrom("24", "25,5", "25.5", "1.234,5", 38, "0"),
  bool: fc.constantFrom("ja", "nee", "j", "n", "x", "", "true", "0", true, false),
};

type Kind = keyof typeof unreadable;
/** Typed columns per source, with the value kind and whether a rule (not L01) reports them. */
const TYPED: Array<{ type: string; column: string; kind: Kind }> = [
  { type: "Vacatures", column: "Datum ontvangst", kind: "date" },
  { type: "Vacatures", column: "Datum registratie", kind: "date" },
  { type: "Vacatures", column: "Aantal arbeidsplaatsen", kind: "number" },
  { type: "Vacatures", column: "Coproductie", kind: "bool" },
  { type: "Werkgevers", column: "Aantal werknemers", kind: "number" },
  { type: "Werkgevers", column: "Datum invoer", kind: "date" },
  { type: "Contacten", column: "Datum", kind: "date" },
  { type: "Kandidaten", column: "Arbeidsbeperkt", kind: "bool" },
  { type: "Kandidaten", column: "Doelgroepregister", kind: "bool" },
  { type: "Plaatsingen", column: "Datum plaatsing", kind: "date" },
  { type: "Plaatsingen", column: "Uren per week", kind: "number" },
  { type: "Plaatsingen", column: "Banenafspraak", kind: "bool" },
];

test("each unreadable value becomes a finding at its row and column; readable values do not", () => {
  const cellFor = (kind: Kind) =>
    fc.record({ bad: fc.boolean(), good: readable[kind], wrong: unreadable[kind] });
  fc.assert(
    fc.property(
      fc.constantFrom(...TYPED),
      fc.array(fc.tuple(fc.boolean(), fc.nat()), { minLength: 1, maxLength: 15 }),
      fc.array(cellFor("date"), { minLength: 15, maxLength: 15 }),
      fc.array(cellFor("number"), { minLength: 15, maxLength: 15 }),
      fc.array(cellFor("bool"), { minLength: 15, maxLength: 15 }),
      (target, flags, dates, numbers, bools) => {
        const pools = { date: dates, number: numbers, bool: bools };
        const headers = HEADERS[target.type];
        const col = headers.indexOf(target.column);
        const rows: Cell[][] = flags.map(([, n], i) => {
          // Other cells hold plain, readable values so that only the target column varies.
          const row: Cell[] = headers.map((h, c) =>
            c === 0 ? `ID${i}` : h.startsWith("Datum") ? "01-02-2015" : "x",
          );
          if (target.type === "Plaatsingen")
            Object.assign(row, { 2: "Detailhandel", 3: "UWV", 5: "nee", 6: "20", 7: "" });
          if (target.type === "Vacatures")
            Object.assign(row, { 4: "1", 5: "0", 6: "Open", 7: "1", 8: "nee" });
          if (target.type === "Werkgevers") row[6] = String(10 + (n % 5));
          if (target.type === "Kandidaten") Object.assign(row, { 1: "UWV", 2: "ja", 3: "nee", 4: "ICT" });
          const pick = pools[target.kind][i];
          row[col] = pick.bad ? pick.wrong : pick.good;
          return row;
        });
        const report = analyse([AMBITIE, { name: target.type, rows: [headers, ...rows] }], {
          peildatum: PEILDATUM,
        });
        const findings = allFindings(report).filter(
          (f) => f.sheet === target.type && f.column === target.column,
        );
        rows.forEach((_, i) => {
          const excelRow = i + 2;
          const bad = pools[target.kind][i].bad;
          const here = findings.filter((f) => f.row === excelRow);
          if (bad) expect(here.length).toBeGreaterThanOrEqual(1);
          else expect(here.filter((f) => f.rule === "L01" || f.rule === "P06")).toEqual([]);
        });
      },
    ),
    { numRuns: 200 },
  );
});

/** Reads a CSV file's bytes; binary bytes may be refused, but only with the reader's own clear error. */
function readOrRefuse(bytes: Uint8Array) {
  try {
    return readCsv(bytes, "x.csv").sheet;
  } catch (error) {
    expect(error).toBeInstanceOf(CsvShapeError);
    expect((error as Error).message).toMatch(/^x\.csv is geen tekstbestand/);
    return undefined;
  }
}

test("arbitrary text never crashes the CSV reader", () => {
  fc.assert(
    fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => {
      const sheet = readOrRefuse(new TextEncoder().encode(text));
      // Only a text with a NUL character is refused.
      expect(sheet === undefined).toBe(text.includes("\u0000"));
      if (sheet) {
        expect(Array.isArray(sheet.rows)).toBe(true);
        analyse([sheet], { peildatum: PEILDATUM });
      }
    }),
    { numRuns: 300 },
  );
});

test("arbitrary bytes never crash the CSV reader (any encoding)", () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
      readOrRefuse(bytes);
    }),
    { numRuns: 300 },
  );
});

test("arbitrary bytes named .xlsx are refused with a clear error, never a crash", async () => {
  await fc.assert(
    fc.asyncProperty(fc.uint8Array({ maxLength: 200 }), fc.boolean(), async (bytes, zipMagic) => {
      const data = zipMagic ? new Uint8Array([0x50, 0x4b, 3, 4, ...bytes]) : bytes;
      try {
        await readExportFile(data, "x.xlsx");
      } catch (error) {
        expect(error).toBeInstanceOf(UnreadableFileError);
      }
    }),
    { numRuns: 100 },
  );
});

test("an invalid Date object or an impossible date-formatted number in a text column is a finding, not a crash", () => {
  // Found by the first property above (seed -1457453228): a reader can hand over `new Date(NaN)`.
  const headers = HEADERS.Plaatsingen;
  const column = headers.indexOf("Vacaturenummer");
  const row = (id: string, vacature: Cell): Cell[] =>
    headers
      .map((_, c) => (c === column ? vacature : (["", "01-02-2015", "Detailhandel", "UWV"][c] ?? "")))
      .map((v, c) => (c === 0 ? id : v));
  const rows = [row("P1", new Date(NaN)), row("P2", -5), row("P3", new Date(Date.UTC(2015, 1, 3)))];
  const formats = [
    headers.map(() => "General"),
    ...rows.map(() => headers.map((_, c) => (c === column ? "dd-mm-yyyy" : "General"))),
  ];
  const report = analyse(
    [AMBITIE, { name: "Plaatsingen", rows: [headers, ...rows], numberFormats: formats }],
    {
      peildatum: PEILDATUM,
    },
  );
  const unreadable = allFindings(report).filter(
    (f) => f.column === "Vacaturenummer" && /geen|onleesbaar|niet te lezen/i.test(f.message),
  );
  expect(unreadable.map((f) => f.row).sort()).toEqual([2, 3]);
  expect(unreadable[0].value).toBe("ongeldige datum");
  expect(report.figures.reconciliatie.gelezen).toBe(3);
});
