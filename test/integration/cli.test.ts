/** The command line's contract: exit codes, one clear line for bad input, never a stack trace. */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import JSZip from "jszip";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli, cliIn } from "../support/cli";
import { SAMPLES } from "../support/paths";

const tmp = mkdtempSync(join(tmpdir(), "wsp-cli-"));

function expectOneLine(run: { code: number; stderr: string }, pattern: RegExp) {
  expect(run.code).toBe(2);
  const lines = run.stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^wsp-monitor: /);
  expect(lines[0]).toMatch(pattern);
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

describe("bad calls", () => {
  test("no command prints the usage and succeeds", async () => {
    const run = await cli();
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("wsp-monitor report");
  });
  test("unknown command", async () => expectOneLine(await cli("rapport"), /onbekende opdracht "rapport"/));
  test("report without files", async () => expectOneLine(await cli("report"), /ten minste één bestand/));
  test("unknown option", async () =>
    expectOneLine(await cli("report", "a.csv", "--peil", "x"), /onbekende optie --peil/));
  test("option without value", async () =>
    expectOneLine(await cli("report", "a.csv", "--json"), /--json mist een waarde/));
  test("peildatum not JJJJ-MM-DD", async () => {
    expectOneLine(
      await cli("report", join(SAMPLES, "plaatsingen.csv"), "--peildatum", "30-09-2015"),
      /peildatum "30-09-2015"/,
    );
    expectOneLine(
      await cli("report", join(SAMPLES, "plaatsingen.csv"), "--peildatum=2015-02-30"),
      /peildatum "2015-02-30"/,
    );
  });
});

describe("arguments", () => {
  const files = ["referentie.xlsx", "plaatsingen.csv"].map((f) => join(SAMPLES, f));
  test("a bad call is one line with a hint, not the whole usage text", async () => {
    const run = await cli("report", ...files, "--peil", "x");
    expect(run.stderr).toBe("wsp-monitor: onbekende optie --peil (hulp: wsp-monitor --help)\n");
  });
  test("--help and -h anywhere print the usage and succeed", async () => {
    for (const argv of [
      ["report", ...files, "--help"],
      ["report", "-h"],
      ["demo", "--help"],
    ]) {
      const run = await cli(...argv);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain("wsp-monitor report");
    }
  });
  test("an unknown short option is an option, not a file; after -- everything is a file", async () => {
    expectOneLine(await cli("report", ...files, "-x"), /onbekende optie -x; .* komt na --/);
    expectOneLine(await cli("report", ...files, "--", "--peildatum"), /bestand niet gevonden: --peildatum/);
    const run = await cli("report", files[0], "--peildatum", "2015-09-30", "--", files[1]);
    expect(run.code).toBe(0);
  });
  test("a peildatum that does not exist, or lies outside 1950–2099, says so", async () => {
    expectOneLine(await cli("report", ...files, "--peildatum", "2015-02-30"), /"2015-02-30" bestaat niet/);
    expectOneLine(await cli("report", ...files, "--peildatum", "0001-01-01"), /ligt buiten 1950–2099/);
  });
  test("the same file twice, under another path, or as a copy: refused before reading", async () => {
    expectOneLine(await cli("report", ...files, files[1]), /plaatsingen\.csv staat twee keer in de opdracht/);
    expectOneLine(
      await cli("report", ...files, `${SAMPLES}/./plaatsingen.csv`),
      /zijn hetzelfde bestand; geef het één keer/,
    );
    const copy = join(tmp, "kopie.csv");
    copyFileSync(files[1], copy);
    expectOneLine(await cli("report", ...files, copy), /hebben dezelfde inhoud; geef elk bestand één keer/);
  });
  test("a folder given as a file", async () => {
    expectOneLine(await cli("report", files[0], tmp), /is een map; geef de bestanden erin/);
  });
});

test("the sources list says 1 rij, 2 rijen", async () => {
  const file = join(tmp, "een-plaatsing.csv");
  writeFileSync(file, "Plaatsingsnummer;Datum plaatsing;Sector;Organisatie\r\nPL1;01-02-2015;ICT;UWV\r\n");
  const run = await cli("report", join(SAMPLES, "referentie.xlsx"), file, "--peildatum", "2015-09-30");
  expect(run.code).toBe(0);
  const line = run.stdout.split("\n").find((l) => l.includes("een-plaatsing.csv"));
  expect(line).toMatch(/ 1 rij\b/);
  expect(line).not.toMatch(/1 rijen/);
});

describe("output paths, checked before the report is made", () => {
  const files = ["referentie.xlsx", "plaatsingen.csv"].map((f) => join(SAMPLES, f));
  test("--json or --xlsx onto an input file is refused, and the file is left as it was", async () => {
    const input = join(tmp, "invoer.xlsx");
    copyFileSync(files[0], input);
    const run = await cli("report", input, files[1], "--peildatum", "2015-09-30", "--json", input);
    expectOneLine(run, /--json .*invoer\.xlsx is een van de invoerbestanden/);
    expect(readFileSync(input).equals(readFileSync(files[0]))).toBe(true);
    expectOneLine(
      await cli("report", input, files[1], "--xlsx", input),
      /--xlsx .*invoer\.xlsx is een van de invoerbestanden/,
    );
  });
  test("a folder as --json: refused before anything is printed", async () => {
    const run = await cli("report", ...files, "--peildatum", "2015-09-30", "--json", tmp);
    expectOneLine(run, /niet schrijven: dat is een map/);
    expect(run.stdout).toBe("");
  });
});

describe("bad files", () => {
  test("a zip that holds no workbook (a renamed document)", async () => {
    const file = join(tmp, "geen-werkmap.xlsx");
    const zip = new JSZip();
    zip.file("word/document.xml", "<w:document/>");
    writeFileSync(file, await zip.generateAsync({ type: "uint8array" }));
    expectOneLine(await cli("report", file), /geen-werkmap\.xlsx is geen Excel-werkmap/);
  });
  test("a truncated workbook is said in Dutch", async () => {
    const file = join(tmp, "afgebroken.xlsx");
    writeFileSync(file, readFileSync(join(SAMPLES, "referentie.xlsx")).subarray(0, 3000));
    const run = await cli("report", file);
    expectOneLine(run, /afgebroken\.xlsx kan niet als \.xlsx gelezen worden: het zip-archief is afgebroken/);
    expect(run.stderr).not.toMatch(/Corrupted|central directory/);
  });

  test("a file that does not exist", async () => {
    expectOneLine(await cli("report", join(tmp, "weg.csv")), /bestand niet gevonden: .*weg\.csv/);
  });
  test("a file that is no xlsx", async () => {
    const file = join(tmp, "kapot.xlsx");
    writeFileSync(file, "dit is geen werkmap");
    expectOneLine(await cli("report", file), /kapot\.xlsx is geen geldig \.xlsx-bestand/);
  });
  test("an old .xls file", async () => {
    const file = join(tmp, "oud.xls");
    writeFileSync(file, Buffer.from([0xd0, 0xcf, 0x11, 0xe0]));
    expectOneLine(await cli("report", file), /oud\.xls: het oude \.xls-formaat/);
  });
  test("an unknown file type", async () => {
    const file = join(tmp, "notities.docx");
    writeFileSync(file, "x");
    expectOneLine(await cli("report", file), /onbekend bestandstype/);
  });
  test("a required source absent: names the files and the columns", async () => {
    expectOneLine(
      await cli("report", join(SAMPLES, "plaatsingen.csv")),
      /^wsp-monitor: Bron Ambitie ontbreekt in plaatsingen\.csv: geen blad of CSV-bestand met de kolommen Sector, Totaal en een kolom per partner\.$/,
    );
  });
  test("a required column absent: names the file, the column and the closest header", async () => {
    const file = join(tmp, "plaatsingen-zonder-datum.csv");
    writeFileSync(file, "Plaatsingsnummer;Plaatsdatum;Sector;Organisatie\r\nPL1;01-02-2015;ICT;UWV\r\n");
    expectOneLine(
      await cli("report", join(SAMPLES, "referentie.xlsx"), file),
      /plaatsingen-zonder-datum\.csv lijkt op Plaatsingen, maar kolom "Datum plaatsing" ontbreekt; dichtstbijzijnde kop: "Plaatsdatum"\./,
    );
  });
  test("a JSON path that cannot be written", async () => {
    const file = join(tmp, "een-bestand");
    writeFileSync(file, "x");
    const run = await cli(
      "report",
      join(SAMPLES, "referentie.xlsx"),
      join(SAMPLES, "plaatsingen.csv"),
      "--json",
      join(file, "uit.json"),
    );
    expectOneLine(run, /kan .*een-bestand\/uit\.json niet schrijven: een deel van het pad is een bestand/);
  });
});

describe("--overheid: the government sectors of the banenafspraak", () => {
  const files = ["referentie.xlsx", "plaatsingen.csv"].map((f) => join(SAMPLES, f));
  const banenLine = (stdout: string) => stdout.split("\n").find((l) => l.startsWith("Banenafspraak:")) ?? "";

  test("by default Openbaar bestuur (overheid) en onderwijs; repeatable; geen makes all market", async () => {
    const standard = await cli("report", ...files, "--peildatum", "2015-09-30");
    expect(banenLine(standard.stdout)).toMatch(/markt [\d,]+ van 710, overheid [\d,]+ van 690/);
    const [, standardMarkt, standardOverheid] = /markt ([\d,]+) van 710, overheid ([\d,]+)/.exec(
      banenLine(standard.stdout),
    )!;
    expect(standardOverheid).not.toBe("0,00");

    const none = await cli("report", ...files, "--peildatum", "2015-09-30", "--overheid", "geen");
    expect(none.code).toBe(0);
    expect(banenLine(none.stdout)).toMatch(/overheid 0,00 van 690/);
    expect(none.stdout).toContain(
      "Banenafspraak: geen overheidssector ingesteld; alle banen tellen als markt.",
    );
    const noneMarkt = /markt ([\d,]+) van 710/.exec(banenLine(none.stdout))![1];
    const num = (t: string) => Number(t.replace(",", "."));
    expect(num(noneMarkt)).toBeCloseTo(num(standardMarkt) + num(standardOverheid), 1);

    const two = await cli(
      "report",
      ...files,
      "--peildatum=2015-09-30",
      "--overheid",
      "Openbaar bestuur (overheid) en onderwijs",
      "--overheid=ICT",
    );
    const twoOverheid = /overheid ([\d,]+) van 690/.exec(banenLine(two.stdout))![1];
    expect(num(twoOverheid)).toBeGreaterThan(num(standardOverheid));
  });

  test("a sector not in the list is refused before anything is written; geen with another sector is a bad call", async () => {
    const json = join(tmp, "overheid.json");
    const xlsx = join(tmp, "overheid.xlsx");
    for (const out of [
      ["--json", json],
      ["--xlsx", xlsx],
    ]) {
      const unknown = await cli(
        "report",
        ...files,
        "--peildatum",
        "2015-09-30",
        "--overheid",
        "Visserij",
        ...out,
      );
      expectOneLine(unknown, /--overheid "Visserij" staat niet in de sectorlijst \(sectoren: "[^"]+", /);
      expect(unknown.stderr).toContain('"Openbaar bestuur (overheid) en onderwijs"');
      expect(unknown.stderr).not.toContain('"Onbekend"');
      expect(unknown.stdout).toBe("");
      expect(existsSync(out[1])).toBe(false);
    }
    // A close spelling is matched as the report matches a sector, so it is no typo.
    const close = await cli(
      "report",
      ...files,
      "--peildatum",
      "2015-09-30",
      "--overheid",
      "openbaar bestuur (overheid) en onderwys",
    );
    expect(close.code).toBe(0);
    expectOneLine(
      await cli("report", ...files, "--overheid", "ICT", "--overheid", "Visserij", "--overheid", "Horeca!!"),
      /--overheid "Visserij" en "Horeca!!" staan niet in de sectorlijst/,
    );
    expectOneLine(
      await cli("report", ...files, "--overheid", "geen", "--overheid", "ICT"),
      /--overheid geen gaat niet samen/,
    );
  });
});

describe("in a terminal", () => {
  const files = ["referentie.xlsx", "plaatsingen.csv", "werkgevers.csv"].map((f) => join(SAMPLES, f));
  // Continuation lines are indented; joined to the line before, the text reads as before wrapping.
  const unwrap = (text: string) => text.replace(/\n {2,4}(?=\S)/g, " ");

  test("prose is wrapped at spaces to the terminal's width (at most 100); tables are left as they are", async () => {
    const piped = await cli("report", ...files, "--peildatum", "2015-09-30");
    const prose = (text: string) =>
      text.split("\n").filter((l) => /^(Stand|Reconciliatie|Banenafspraak| {2}- )/.test(l));
    expect(Math.max(...prose(piped.stdout).map((l) => l.length))).toBeGreaterThan(100);
    for (const width of [80, 200]) {
      const run = await cliIn(width, "report", ...files, "--peildatum", "2015-09-30");
      const limit = Math.min(width, 100);
      // A table's line has its columns apart by two spaces or more; prose never has.
      const table = (l: string) => /\S {2,}\S/.test(l);
      const lines = run.stdout.split("\n");
      expect(lines.filter((l) => l.length > limit && !table(l))).toEqual([]);
      // Nothing lost or changed: joined again, the text is the piped text.
      expect(unwrap(run.stdout)).toBe(unwrap(piped.stdout));
      expect(run.stdout.split("\n").length).toBeGreaterThan(piped.stdout.split("\n").length);
    }
  });

  test("an error stays one line, however narrow the terminal", async () => {
    expectOneLine(
      await cliIn(40, "report", ...files, "--overheid", "Visserij"),
      /staat niet in de sectorlijst/,
    );
  });
});

describe("as a process", () => {
  const tsx = join(__dirname, "..", "..", "node_modules", ".bin", "tsx");
  const main = join(__dirname, "..", "..", "src", "cli", "main.ts");

  test("exit 2 and one line on stderr, no stack trace", () => {
    const result = spawnSync(tsx, [main, "report", join(tmp, "bestaat-niet.csv")], { encoding: "utf8" });
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stdout).toBe("");
  });

  test("exit 0 for a report with findings", () => {
    const files = ["referentie.xlsx", "plaatsingen.csv"].map((f) => join(SAMPLES, f));
    const result = spawnSync(tsx, [main, "report", ...files, "--peildatum", "2015-09-30"], {
      encoding: "utf8",
    });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/P05 +fout +Plaatsing dubbel +25/);
    // Rules that need sources that were not given are reported as not checkable, never as passed.
    expect(result.stdout).toMatch(
      /V01 +fout +Vacature te laat geregistreerd +niet toetsbaar: bron Vacatures ontbreekt/,
    );
  });
});
