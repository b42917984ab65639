/**
 * The CLI on the shared demo exports, twice — referentie.xlsx plus the five CSV files, and the single
 * workbook — each equal to expected.json in every figure, rule count and reconciliation field.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SummaryV1 } from "../../src/domain/summary";
import { cli } from "../support/cli";
import { SAMPLES } from "../support/paths";

interface Expected {
  peildatum: string;
  voortgang: Record<string, number>;
  banen: Record<string, number>;
  instrumenten: Record<string, number>;
  doelgroep: Record<
    string,
    { kandidaten: number; arbeidsbeperkt: number; doelgroepregister: number; regulier: number }
  >;
  dekkingsgraad: Record<string, { bedrijven: number; inContact: number; dekkingsgraad: number }>;
  bevindingen: Record<string, number>;
  reconciliatie: SummaryV1["reconciliatie"];
  ambitie: Record<string, Record<string, number>>;
}

const expected: Expected = JSON.parse(readFileSync(join(SAMPLES, "expected.json"), "utf8"));
const CSV_FILES = ["plaatsingen", "vacatures", "werkgevers", "contacten", "kandidaten"].map((f) =>
  join(SAMPLES, `${f}.csv`),
);

const sets: Array<[string, string[]]> = [
  ["referentie.xlsx + vijf CSV-bestanden", [join(SAMPLES, "referentie.xlsx"), ...CSV_FILES]],
  ["één werkmap", [join(SAMPLES, "wsp-haaglanden-2015.xlsx")]],
];

describe.each(sets)("CLI report on the samples: %s", (_name, files) => {
  let summary: SummaryV1;
  let stdout: string;

  beforeAll(async () => {
    const out = join(mkdtempSync(join(tmpdir(), "wsp-")), "summary.json");
    const run = await cli("report", ...files, "--peildatum", expected.peildatum, "--json", out);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    stdout = run.stdout;
    summary = JSON.parse(readFileSync(out, "utf8"));
  });

  test("schema 1 with the peildatum", () => {
    expect(summary.schema).toBe(1);
    expect(summary.peildatum).toBe(expected.peildatum);
    expect(Object.keys(summary).sort()).toEqual(
      [
        "schema",
        "peildatum",
        "voortgang",
        "dekkingsgraad",
        "banen",
        "instrumenten",
        "doelgroep",
        "bevindingen",
        "nietToetsbaar",
        "reconciliatie",
      ].sort(),
    );
  });

  test("realisatie per sector|partner", () => {
    const got = Object.fromEntries(
      summary.voortgang.map((v) => [`${v.sector}|${v.organisatie}`, v.realisatie]),
    );
    expect(got).toEqual(expected.voortgang);
  });

  test("ambitie per sector and partner", () => {
    const got: Record<string, Record<string, number>> = {};
    for (const v of summary.voortgang) {
      if (v.sector === "Onbekend" || v.organisatie === "Onbekend") {
        expect(v.ambitie).toBe(0);
        continue;
      }
      (got[v.sector] ??= {})[v.organisatie] = v.ambitie;
    }
    expect(got).toEqual(expected.ambitie);
  });

  test("banen per sector|partner (3 decimals)", () => {
    const got = Object.fromEntries(summary.banen.map((b) => [`${b.sector}|${b.organisatie}`, b.banen]));
    expect(got).toEqual(expected.banen);
  });

  test("instrumenten per instrument|partner", () => {
    const got = Object.fromEntries(
      summary.instrumenten.map((i) => [`${i.instrument}|${i.organisatie}`, i.plaatsingen]),
    );
    expect(got).toEqual(expected.instrumenten);
  });

  test("doelgroep per partner", () => {
    const got = Object.fromEntries(summary.doelgroep.map(({ organisatie, ...rest }) => [organisatie, rest]));
    expect(got).toEqual(expected.doelgroep);
  });

  test("dekkingsgraad per sector", () => {
    const got = Object.fromEntries(summary.dekkingsgraad.map(({ sector, ...rest }) => [sector, rest]));
    expect(got).toEqual(expected.dekkingsgraad);
  });

  test("findings per rule, every rule checkable", () => {
    expect(summary.bevindingen).toEqual(expected.bevindingen);
    expect(summary.nietToetsbaar).toEqual([]);
  });

  test("reconciliation", () => {
    expect(summary.reconciliatie).toEqual(expected.reconciliatie);
    const r = summary.reconciliatie;
    expect(r.geteld + r.dubbel + r.voorPeriode + r.naPeildatum + r.ongeldigeDatum).toBe(r.gelezen);
  });

  test("the readable summary names the figures in Dutch", () => {
    expect(stdout).toContain("Peildatum 30-09-2015");
    expect(stdout).toContain("Voortgang per sector");
    expect(stdout).toContain("Dekkingsgraad");
    expect(stdout).toContain("Banenafspraak");
    // Counts are grouped as everywhere else in the summary: "1.400", not "1400".
    expect(stdout).toMatch(
      /Banenafspraak: [\d,]+ banen \(markt [\d,]+ van 710, overheid [\d,]+ van 690; doel 1\.400 eind 2016\)/,
    );
    expect(stdout).toMatch(/V01 +fout +Vacature te laat geregistreerd +120/);
    expect(stdout).toContain("Reconciliatie: 3.590 plaatsingen gelezen = 3.481 geteld");
  });
});
