/** .xlsx workbooks: every sheet, values as Excel shows them, dates, formulas, rich text, errors. */
import ExcelJS from "exceljs";
import { analyse } from "../../src/domain/analyse";
import { isoDate, parseIsoDate } from "../../src/domain/dates";
import { parseDate } from "../../src/domain/values";
import { readExportFile, UnreadableFileError } from "../../src/readers/files";
import { plainValue, readXlsx } from "../../src/readers/xlsx";

async function workbook(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

test("every sheet, in order, with its name and the file as the caller names it", async () => {
  const bytes = await workbook((wb) => {
    wb.addWorksheet("Ambitie 2015").addRow(["Sector"]);
    wb.addWorksheet("Notities").addRow(["vrije tekst"]);
    wb.addWorksheet("WBS plaatsingen").addRow(["Plaatsingsnummer"]);
  });
  const { sheets } = await readXlsx(bytes, "2015/wsp.xlsx");
  expect(sheets.map((s) => s.name)).toEqual(["Ambitie 2015", "Notities", "WBS plaatsingen"]);
  expect(sheets.every((s) => s.file === "2015/wsp.xlsx")).toBe(true);
});

test("values as Excel shows them", async () => {
  const bytes = await workbook((wb) => {
    const ws = wb.addWorksheet("Blad1");
    ws.getCell("A1").value = { formula: "1+1", result: 2 };
    ws.getCell("B1").value = { richText: [{ text: "Bouw " }, { font: { bold: true }, text: "& Techniek" }] };
    ws.getCell("C1").value = { error: "#N/A" };
    ws.getCell("D1").value = new Date(Date.UTC(2015, 8, 30));
    ws.getCell("D1").numFmt = "dd-mm-yyyy";
    ws.getCell("E1").value = { text: "site", hyperlink: "https://example.org" };
    ws.getCell("F1").value = true;
    ws.getCell("H1").value = "na een lege cel";
  });
  const [sheet] = (await readXlsx(bytes, "a.xlsx")).sheets;
  const row = sheet.rows[0];
  expect(row[0]).toBe(2);
  expect(row[1]).toBe("Bouw & Techniek");
  expect(row[2]).toBe("#N/A");
  expect(isoDate(parseDate(row[3]) as number)).toBe("2015-09-30");
  expect(sheet.numberFormats?.[0][3]).toBe("dd-mm-yyyy");
  expect(row[4]).toBe("site");
  expect(row[5]).toBe(true);
  expect(row[6]).toBeNull();
  expect(row[7]).toBe("na een lege cel");
});

test("rows keep their sheet row numbers (empty rows above the table stay)", async () => {
  const bytes = await workbook((wb) => {
    const ws = wb.addWorksheet("Blad1");
    ws.getCell("B4").value = "Sector";
  });
  const [sheet] = (await readXlsx(bytes, "a.xlsx")).sheets;
  expect(sheet.rows).toHaveLength(4);
  expect(sheet.rows[3]).toEqual([null, "Sector"]);
});

test("plainValue never throws on odd cell values", () => {
  expect(plainValue(undefined as never)).toBeNull();
  expect(plainValue(new Date(NaN))).toBe("#WAARDE!");
  expect(plainValue({ formula: "A1" } as never)).toBeNull();
  expect(plainValue({ sharedFormula: "A1", result: { error: "#DIV/0!" } } as never)).toBe("#DIV/0!");
});

test("a workbook of sources gives a report with real Excel dates", async () => {
  const bytes = await workbook((wb) => {
    const a = wb.addWorksheet("Ambitie");
    a.addRow(["Sector", "Den Haag", "Delft", "Rijswijk", "Westland", "UWV", "Totaal"]);
    a.addRow(["ICT", 1, 1, 1, 1, 1, 5]);
    const p = wb.addWorksheet("Plaatsingen");
    p.addRow(["Plaatsingsnummer", "Datum plaatsing", "Sector", "Organisatie"]);
    p.addRow(["PL1", new Date(Date.UTC(2015, 1, 3)), "ICT", "UWV"]);
    p.addRow(["PL2", new Date(Date.UTC(2015, 11, 3)), "ICT", "UWV"]);
  });
  const sheets = await readExportFile(bytes, "wsp.xlsx");
  const r = analyse(sheets, { peildatum: parseIsoDate("2015-09-30") });
  expect(r.figures.reconciliatie).toMatchObject({ gelezen: 2, geteld: 1, naPeildatum: 1 });
});

describe("files the reader refuses", () => {
  test.each([
    ["geen zip", "oud.xlsx", new TextEncoder().encode("hallo"), /geen geldig \.xlsx-bestand/],
    ["old .xls", "oud.xls", new Uint8Array([0xd0, 0xcf]), /oude \.xls-formaat/],
    ["unknown type", "x.pdf", new Uint8Array([1]), /onbekend bestandstype/],
    [
      "a zip that is no workbook",
      "kapot.xlsx",
      new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]),
      /kan niet als \.xlsx gelezen worden/,
    ],
  ])("%s", async (_name, file, bytes, message) => {
    await expect(readExportFile(bytes, file)).rejects.toThrow(UnreadableFileError);
    await expect(readExportFile(bytes, file)).rejects.toThrow(message);
  });
});
