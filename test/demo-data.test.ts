import { readFileSync } from "fs";
import { join } from "path";
import Papa from "papaparse";
import { toCsv } from "../src/demo/csv";
import {
  DEMO_DEFAULTS,
  DEMO_RULE_IDS,
  DemoCell,
  DemoResult,
  DemoSheet,
  DemoSheetKind,
  demoPeildatum,
  generateDemo,
  generateDemoWorkbook,
} from "../src/demo/generate";

// ---- DOMAIN.md definitions, written out independently of the generator ----------------------

const fold = (s: string): string => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
const sectorKey = (s: string): string =>
  fold(s.toLowerCase())
    .replace(/[&+]/g, " en ")
    .replace(/[^a-z0-9]+/g, " ")
    .split(" ")
    .filter((w) => w && w !== "en")
    .join("");
const nameKey = (s: string): string =>
  fold(s.toLowerCase())
    .split(/\s+/)
    .filter((t) => !["bv", "nv", "vof", "cv"].includes(t.replace(/\./g, "")))
    .join("")
    .replace(/[^a-z0-9]/g, "");
function levenshtein(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length][b.length];
}
const similarity = (a: string, b: string): number =>
  a.length || b.length ? 1 - levenshtein(a, b) / Math.max(a.length, b.length) : 1;
function elfproef(s: string): boolean {
  if (!/^\d{9}$/.test(s)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(s[i]);
  return (sum - Number(s[8])) % 11 === 0;
}

const PARTNERS = ["Den Haag", "Delft", "Rijswijk", "Westland", "UWV"];
const ALIASES: Record<string, string> = {
  "'s-gravenhage": "Den Haag",
  "s-gravenhage": "Den Haag",
  "gemeente den haag": "Den Haag",
  "wsp den haag": "Den Haag",
  "gemeente delft": "Delft",
  werkse: "Delft",
  "werkse!": "Delft",
  "werkgeversservicepunt delft": "Delft",
  "gemeente rijswijk": "Rijswijk",
  rwc: "Rijswijk",
  "rijswijks werk centrum": "Rijswijk",
  "gemeente westland": "Westland",
  "mvo westland": "Westland",
  "uwv werkbedrijf": "UWV",
};
for (const p of PARTNERS) ALIASES[p.toLowerCase()] = p;
const partnerOf = (v: DemoCell): string | undefined =>
  ALIASES[
    fold(
      String(v ?? "")
        .trim()
        .toLowerCase(),
    )
  ];

const AMBITIE: Record<string, number[]> = {
  Detailhandel: [210, 50, 50, 8, 115],
  "Openbaar bestuur (overheid) en onderwijs": [30, 20, 5, 15, 40],
  "Transport, logistiek, groothandel": [208, 50, 50, 29, 318],
  "Zakelijke dienstverlening": [155, 120, 120, 36, 703],
  "Bouw en techniek": [265, 30, 60, 26, 587],
  "Horeca en leisure": [245, 30, 50, 10, 146],
  "Zorg, welzijn, schoonmaak": [420, 80, 60, 41, 148],
  Beveiliging: [180, 10, 35, 0, 10],
  ICT: [0, 0, 15, 0, 90],
  "Land- en tuinbouw": [15, 10, 5, 15, 20],
};
const SECTOR_KEYS = Object.keys(AMBITIE).map(sectorKey);

const HEADERS: Partial<Record<DemoSheetKind, string[]>> = {
  Plaatsingen: [
    "Plaatsingsnummer",
    "Datum plaatsing",
    "Vacaturenummer",
    "Werkgevernummer",
    "Naam werkgever",
    "Sector",
    "Organisatie",
    "Accountmanager",
    "Klantnummer",
    "Uitkering",
    "Doelgroep",
    "Banenafspraak",
    "Uren per week",
    "Project",
    "Soort contract",
    "Instrument",
  ],
  Vacatures: [
    "Vacaturenummer",
    "Werkgevernummer",
    "Naam werkgever",
    "Functie",
    "Sector",
    "Organisatie",
    "Datum ontvangst",
    "Datum registratie",
    "Aantal arbeidsplaatsen",
    "Aantal vervuld",
    "Gevraagd aantal",
    "Status",
    "Coproductie",
    "Doelgroepvacature",
    "Doelgroep",
    "Project",
  ],
  Werkgevers: [
    "Werkgevernummer",
    "Naam werkgever",
    "KvK-nummer",
    "Postcode",
    "Huisnummer",
    "Plaats",
    "Sector",
    "Aantal werknemers",
    "Accounthouder",
    "Accountmanager",
    "Datum invoer",
    "Datum laatste contact",
  ],
  Contacten: ["Werkgevernummer", "Datum", "Soort contact", "Organisatie", "Accountmanager", "Verslag"],
  Kandidaten: [
    "Klantnummer",
    "Organisatie",
    "Arbeidsbeperkt",
    "Doelgroepregister",
    "Gewenste sector",
    "Beschikbaar vanaf",
    "Uitkering",
  ],
  Sectoren: ["Sector", "Zwaarte", "Prioriteit", "Trekker"],
  Bedrijven: ["Sector", "Bedrijven ≥10 werknemers", "Doel dekkingsgraad"],
  Toolbox: ["Instrument", "Omschrijving", "Ook bekend als", "Actief"],
};

// ---- helpers -----------------------------------------------------------------------------------

interface Table {
  header: string[];
  data: DemoCell[][];
  get(row: DemoCell[], column: string): DemoCell;
}
function table(sheets: DemoSheet[], kind: DemoSheetKind): Table {
  const sheet = sheets.find((s) => s.kind === kind);
  if (!sheet) throw new Error(`no ${kind}`);
  const [header, ...rest] = sheet.rows as [string[], ...DemoCell[][]];
  const index = new Map(header.map((h, i) => [h, i]));
  return {
    header,
    data: rest.filter((r) => r.length > 0),
    get(row, column) {
      const i = index.get(column);
      if (i === undefined) throw new Error(`no column ${column} in ${kind}`);
      return row[i];
    },
  };
}
const DAY = 86400000;
const day = (v: DemoCell): number | undefined =>
  v instanceof Date ? Math.round(v.getTime() / DAY) : undefined;
const dayOf = (iso: string): number => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY);
const count = <T>(items: T[], pred: (t: T) => boolean): number =>
  items.reduce((n, t) => n + (pred(t) ? 1 : 0), 0);
/** The whole structure as one string (dates as ISO text): cheap to compare, unlike a deep toEqual. */
const fingerprint = (value: unknown): string => JSON.stringify(value);

let demo: DemoResult;
beforeAll(() => {
  demo = generateDemo();
});

// ---- determinism -------------------------------------------------------------------------------

describe("determinism", () => {
  test("the same seed gives the same workbook", () => {
    const a = generateDemo({ seed: 42 });
    const b = generateDemo({ seed: 42 });
    expect(fingerprint(a.sheets)).toBe(fingerprint(b.sheets));
    expect(a.planted).toEqual(b.planted);
    expect(fingerprint(generateDemo().sheets)).toBe(fingerprint(demo.sheets));
  });

  test("another seed gives other data", () => {
    const a = generateDemoWorkbook({ seed: 1 });
    const b = generateDemoWorkbook({ seed: 2 });
    for (const kind of ["Plaatsingen", "Vacatures", "Werkgevers", "Contacten", "Kandidaten"] as const)
      expect(fingerprint(table(a, kind).data)).not.toBe(fingerprint(table(b, kind).data));
  });

  test("generateDemoWorkbook gives the sheets of generateDemo", () => {
    expect(fingerprint(generateDemoWorkbook())).toBe(fingerprint(demo.sheets));
  });
});

// ---- shape -------------------------------------------------------------------------------------

describe("shape", () => {
  test("defaults and peildatum", () => {
    expect(DEMO_DEFAULTS).toMatchObject({
      seed: 2015,
      year: 2015,
      placements: 3500,
      vacancies: 4000,
      employers: 3000,
    });
    expect(demoPeildatum()).toBe("2015-09-30");
    expect(demoPeildatum(2016)).toBe("2016-09-30");
    expect(demo.peildatum).toBe("2015-09-30");
  });

  test("the sheets, in order, with the headers of the WBS exports", () => {
    expect(demo.sheets.map((s) => [s.name, s.kind])).toEqual([
      ["Ambitie 2015", "Ambitie"],
      ["Sectorindeling", "Sectoren"],
      ["Bedrijven", "Bedrijven"],
      ["Regionale toolbox", "Toolbox"],
      ["WBS plaatsingen", "Plaatsingen"],
      ["WBS vacatures", "Vacatures"],
      ["WBS werkgevers", "Werkgevers"],
      ["WBS contacten", "Contacten"],
      ["Kandidaten", "Kandidaten"],
    ]);
    for (const [kind, header] of Object.entries(HEADERS)) {
      expect(table(demo.sheets, kind as DemoSheetKind).header).toEqual(header);
    }
  });

  test("row counts are the requested ones, with a few blank rows", () => {
    const sizes = { placements: 3500, vacancies: 4000, employers: 3000, contacts: 7800, candidates: 5200 };
    expect(table(demo.sheets, "Plaatsingen").data).toHaveLength(sizes.placements);
    expect(table(demo.sheets, "Vacatures").data).toHaveLength(sizes.vacancies);
    expect(table(demo.sheets, "Werkgevers").data).toHaveLength(sizes.employers);
    expect(table(demo.sheets, "Contacten").data).toHaveLength(sizes.contacts);
    expect(table(demo.sheets, "Kandidaten").data).toHaveLength(sizes.candidates);
    const blanks = demo.sheets.reduce((n, s) => n + count(s.rows.slice(3), (r) => r.length === 0), 0);
    expect(blanks).toBeGreaterThanOrEqual(3);
    expect(blanks).toBeLessThanOrEqual(8);

    const small = generateDemo({
      placements: 1000,
      vacancies: 800,
      employers: 500,
      contacts: 1500,
      candidates: 300,
    });
    expect(table(small.sheets, "Plaatsingen").data).toHaveLength(1000);
    expect(table(small.sheets, "Vacatures").data).toHaveLength(800);
    expect(table(small.sheets, "Werkgevers").data).toHaveLength(500);
    expect(table(small.sheets, "Contacten").data).toHaveLength(1500);
    expect(table(small.sheets, "Kandidaten").data).toHaveLength(300);
  });

  test("tiny and empty sizes do not break", () => {
    for (const n of [0, 1, 3, 25]) {
      const sheets = generateDemoWorkbook({
        placements: n,
        vacancies: n,
        employers: n,
        contacts: n,
        candidates: n,
      });
      expect(table(sheets, "Plaatsingen").data).toHaveLength(n);
      expect(table(sheets, "Werkgevers").data).toHaveLength(n);
      expect(table(sheets, "Kandidaten").data).toHaveLength(n);
    }
  });

  test("the ambition sheet is the 2015 table, consistent by default", () => {
    const rows = demo.sheets[0].rows;
    expect(rows[0][0]).toMatch(/^Plaatsingsambitie 2015/);
    expect(rows[1]).toEqual([]);
    expect(rows[2]).toEqual(["Sectoren", ...PARTNERS, "Totaal"]);
    const sectors = rows.slice(3, -1);
    expect(sectors.map((r) => r[0])).toEqual(Object.keys(AMBITIE));
    for (const r of sectors) {
      expect(r.slice(1, 6)).toEqual(AMBITIE[r[0] as string]);
      expect(r[6]).toBe((r.slice(1, 6) as number[]).reduce((a, b) => a + b, 0));
    }
    const totaal = rows[rows.length - 1];
    expect(totaal).toEqual(["Totaal", 1728, 400, 450, 180, 2177, 4935]);
  });

  test("reference sheets: ten sectors, Bedrijven counts, a toolbox of seven instruments with aliases", () => {
    expect(table(demo.sheets, "Sectoren").data.map((r) => r[0])).toEqual(Object.keys(AMBITIE));
    const bedrijven = table(demo.sheets, "Bedrijven").data;
    expect(bedrijven.map((r) => r[1])).toEqual([1150, 420, 980, 1640, 1210, 760, 890, 85, 310, 540]);
    const toolbox = table(demo.sheets, "Toolbox").data;
    expect(toolbox).toHaveLength(7);
    expect(count(toolbox, (r) => String(r[2]).length > 0)).toBeGreaterThanOrEqual(6);
  });

  test("dates: real dates at 00:00 UTC, Nov of the year before to Nov of the year", () => {
    const pl = table(demo.sheets, "Plaatsingen");
    const days = pl.data
      .map((r) => day(pl.get(r, "Datum plaatsing")))
      .filter((d): d is number => d !== undefined);
    expect(Math.min(...days)).toBeGreaterThanOrEqual(dayOf("2014-11-01"));
    expect(Math.max(...days)).toBeLessThanOrEqual(dayOf("2015-11-30"));
    expect(count(days, (d) => d < dayOf("2015-01-01"))).toBeGreaterThan(20);
    expect(count(days, (d) => d > dayOf("2015-09-30"))).toBeGreaterThan(5);
    let dates = 0;
    let notMidnight = 0;
    for (const s of demo.sheets)
      for (const r of s.rows)
        for (const c of r)
          if (c instanceof Date) {
            dates++;
            if (c.getTime() % DAY !== 0) notMidnight++;
          }
    expect(dates).toBeGreaterThan(20000);
    expect(notMidnight).toBe(0);
  });

  test("Uren per week: numbers, mostly 16–38, some with a decimal", () => {
    const pl = table(demo.sheets, "Plaatsingen");
    const hours = pl.data
      .map((r) => pl.get(r, "Uren per week"))
      .filter((h): h is number => typeof h === "number");
    expect(hours.length).toBeGreaterThan(3400);
    expect(count(hours, (h) => h >= 16 && h <= 38) / hours.length).toBeGreaterThan(0.75);
    expect(hours).toContain(25.5);
    expect(count(hours, (h) => !Number.isInteger(h))).toBeGreaterThan(20);
  });

  test("realistic messiness: sector spellings and partner aliases", () => {
    const pl = table(demo.sheets, "Plaatsingen");
    const sectors = new Set(pl.data.map((r) => String(pl.get(r, "Sector"))));
    expect(sectors.has("Bouw & Techniek")).toBe(true);
    const orgs = new Set(pl.data.map((r) => String(pl.get(r, "Organisatie"))));
    expect([...orgs].some((o) => o === "Werkse!" || o === "UWV WERKbedrijf")).toBe(true);
    expect([...orgs].filter((o) => partnerOf(o) && !PARTNERS.includes(o)).length).toBeGreaterThanOrEqual(4);
  });

  test("reconciliation adds up", () => {
    const r = demo.reconciliatie;
    expect(r.gelezen).toBe(3500);
    expect(r.geteld + r.dubbel + r.voorPeriode + r.naPeildatum + r.ongeldigeDatum).toBe(r.gelezen);
    expect(r.voorPeriode).toBeGreaterThan(0);
    expect(r.naPeildatum).toBe(demo.planted.P07);
  });

  test("scales to 100k placements", () => {
    const big = generateDemo({ placements: 100000, vacancies: 50000, employers: 20000, contacts: 100000 });
    expect(table(big.sheets, "Plaatsingen").data).toHaveLength(100000);
    expect(table(big.sheets, "Vacatures").data).toHaveLength(50000);
    expect(table(big.sheets, "Werkgevers").data).toHaveLength(20000);
    expect(table(big.sheets, "Contacten").data).toHaveLength(100000);
    expect(big.planted.P05).toBeGreaterThan(100);
  });

  test("generate.ts and csv.ts use no Node APIs", () => {
    for (const f of ["generate.ts", "csv.ts"]) {
      const src = readFileSync(join(__dirname, "..", "src", "demo", f), "utf8")
        .replace(/\/\*[\s\S]*?\*\//g, "")
        .replace(/\/\/.*$/gm, "");
      expect(src).not.toMatch(/from\s+["'](node:|fs|path|os|crypto|exceljs|papaparse)/);
      expect(src).not.toMatch(/\b(require\(|process\.|Buffer\b|Math\.random|Date\.now)/);
    }
  });
});

// ---- every rule's violation is present (and the planted counts are what the data holds) --------

describe("planted violations", () => {
  const peil = dayOf("2015-09-30");

  test("every rule except A01–A05 and PV1 has violations by default", () => {
    for (const id of DEMO_RULE_IDS) {
      if (/^A0/.test(id) || id === "PV1") expect(demo.planted[id]).toBe(0);
      else expect(demo.planted[id]).toBeGreaterThan(0);
    }
  });

  test("P05 duplicate Plaatsingsnummer, P06 invalid date, P07 after the peildatum", () => {
    const pl = table(demo.sheets, "Plaatsingen");
    const seen = new Set<string>();
    let dup = 0;
    for (const r of pl.data) {
      const nr = String(pl.get(r, "Plaatsingsnummer"));
      if (seen.has(nr)) dup++;
      seen.add(nr);
    }
    expect(dup).toBe(demo.planted.P05);
    const invalid = count(pl.data, (r) => !(pl.get(r, "Datum plaatsing") instanceof Date));
    expect(invalid).toBe(demo.planted.P06);
    expect(pl.data.some((r) => pl.get(r, "Datum plaatsing") === null)).toBe(true);
    const after = count(pl.data, (r) => (day(pl.get(r, "Datum plaatsing")) ?? 0) > peil);
    expect(after).toBe(demo.planted.P07);
  });

  test("P01 wrong partner for the uitkering", () => {
    const pl = table(demo.sheets, "Plaatsingen");
    const wrong = (r: DemoCell[]): boolean => {
      const p = partnerOf(pl.get(r, "Organisatie"));
      const u = String(pl.get(r, "Uitkering"));
      if (!p) return false;
      return (
        (p !== "UWV" && u === "WW") ||
        (p === "UWV" && ["WWB", "Bijstand", "Participatiewet", "IOAW"].includes(u))
      );
    };
    expect(count(pl.data, wrong)).toBe(demo.planted.P01);
    expect(
      pl.data.some(
        (r) => pl.get(r, "Uitkering") === "WW" && partnerOf(pl.get(r, "Organisatie")) === "Den Haag",
      ),
    ).toBe(true);
  });

  test("P02 placement without a known vacancy", () => {
    const pl = table(demo.sheets, "Plaatsingen");
    const vac = table(demo.sheets, "Vacatures");
    const known = new Set(vac.data.map((r) => String(vac.get(r, "Vacaturenummer"))));
    const empty = count(pl.data, (r) => !pl.get(r, "Vacaturenummer"));
    const unknown = count(
      pl.data,
      (r) => !!pl.get(r, "Vacaturenummer") && !known.has(String(pl.get(r, "Vacaturenummer"))),
    );
    expect(empty).toBe(demo.plantedDetail.P02.leeg);
    expect(unknown).toBe(demo.plantedDetail.P02.onbekend);
    expect(empty).toBeGreaterThan(0);
    expect(unknown).toBeGreaterThan(0);
  });

  test("P03 unknown and close sector names, P04 unknown partner", () => {
    const pl = table(demo.sheets, "Plaatsingen");
    let fout = 0;
    let waarschuwing = 0;
    for (const r of pl.data) {
      const k = sectorKey(String(pl.get(r, "Sector") ?? ""));
      if (SECTOR_KEYS.includes(k)) continue;
      const best = Math.max(...SECTOR_KEYS.map((s) => similarity(k, s)));
      if (best >= 0.85) waarschuwing++;
      else fout++;
    }
    expect(fout).toBe(demo.plantedDetail.P03.fout);
    expect(waarschuwing).toBe(demo.plantedDetail.P03.waarschuwing);
    expect(fout).toBeGreaterThan(0);
    expect(waarschuwing).toBeGreaterThan(0);
    expect(count(pl.data, (r) => partnerOf(pl.get(r, "Organisatie")) === undefined)).toBe(demo.planted.P04);
  });

  test("P08 banenafspraak with missing or impossible hours", () => {
    const pl = table(demo.sheets, "Plaatsingen");
    const bad = count(pl.data, (r) => {
      if (pl.get(r, "Banenafspraak") !== "ja") return false;
      const h = pl.get(r, "Uren per week");
      return typeof h !== "number" || h <= 0 || h > 40;
    });
    expect(bad).toBe(demo.planted.P08);
    expect(bad).toBeGreaterThan(0);
  });

  test("T01 instruments outside the toolbox: unknown and a close misspelling", () => {
    const toolbox = table(demo.sheets, "Toolbox");
    const keys = toolbox.data.flatMap((r) =>
      [String(r[0]), ...String(r[2] ?? "").split(",")].map((s) => sectorKey(s)).filter(Boolean),
    );
    const pl = table(demo.sheets, "Plaatsingen");
    let fout = 0;
    let waarschuwing = 0;
    for (const r of pl.data) {
      const v = String(pl.get(r, "Instrument") ?? "");
      if (!v.trim()) continue;
      const k = sectorKey(v);
      if (keys.includes(k)) continue;
      if (Math.max(...keys.map((s) => similarity(k, s))) >= 0.85) waarschuwing++;
      else fout++;
    }
    expect(fout).toBe(demo.plantedDetail.T01.fout);
    expect(waarschuwing).toBe(demo.plantedDetail.T01.waarschuwing);
    expect(fout).toBeGreaterThan(0);
    expect(waarschuwing).toBeGreaterThan(0);
    // aliases are used too, and they are no violation
    expect(pl.data.some((r) => pl.get(r, "Instrument") === "LKS" || pl.get(r, "Instrument") === "WEP")).toBe(
      true,
    );
  });

  test("V01–V05", () => {
    const vac = table(demo.sheets, "Vacatures");
    const v01 = count(
      vac.data,
      (r) => day(vac.get(r, "Datum registratie"))! - day(vac.get(r, "Datum ontvangst"))! > 1,
    );
    expect(v01).toBe(demo.planted.V01);
    const v02 = count(vac.data, (r) => {
      const vervuld = vac.get(r, "Aantal vervuld") as number;
      const allowed = vac.get(r, "Status") === "Open" ? vervuld + 1 : Math.max(1, vervuld);
      return (vac.get(r, "Aantal arbeidsplaatsen") as number) > allowed;
    });
    expect(v02).toBe(demo.planted.V02);
    const v03 = count(
      vac.data,
      (r) => (vac.get(r, "Gevraagd aantal") as number) >= 10 && vac.get(r, "Coproductie") !== "ja",
    );
    expect(v03).toBe(demo.planted.V03);
    const v04 = count(vac.data, (r) => vac.get(r, "Doelgroepvacature") === "ja" && !vac.get(r, "Doelgroep"));
    expect(v04).toBe(demo.planted.V04);

    const pl = table(demo.sheets, "Plaatsingen");
    const first = new Map<string, number>();
    for (const r of pl.data) {
      const d = day(pl.get(r, "Datum plaatsing"));
      const v = String(pl.get(r, "Vacaturenummer"));
      if (d !== undefined && (!first.has(v) || d < first.get(v)!)) first.set(v, d);
    }
    const v05 = count(vac.data, (r) => {
      const f = first.get(String(vac.get(r, "Vacaturenummer")));
      return f !== undefined && day(vac.get(r, "Datum registratie"))! > f;
    });
    expect(v05).toBe(demo.planted.V05);
    for (const id of ["V01", "V02", "V03", "V04", "V05"] as const)
      expect(demo.planted[id]).toBeGreaterThan(0);
  });

  test("W01 duplicate employers: same KvK, same name key, same address with a similar name", () => {
    const wg = table(demo.sheets, "Werkgevers");
    const byKvk = new Map<string, number>();
    const byName = new Map<string, number>();
    const byAddress = new Map<string, string[]>();
    let kvk = 0;
    let naam = 0;
    let adres = 0;
    let naamDifferentSpelling = 0;
    const names: string[] = [];
    wg.data.forEach((r, i) => {
      const k = String(wg.get(r, "KvK-nummer") ?? "");
      const name = String(wg.get(r, "Naam werkgever"));
      const nk = nameKey(name);
      const addr = `${wg.get(r, "Postcode")}|${wg.get(r, "Huisnummer")}`;
      names.push(name);
      if (k && byKvk.has(k)) kvk++;
      else if (byName.has(nk)) {
        naam++;
        if (names[byName.get(nk)!] !== name) naamDifferentSpelling++;
      } else if ((byAddress.get(addr) ?? []).some((other) => similarity(nameKey(other), nk) >= 0.8)) adres++;
      if (k && !byKvk.has(k)) byKvk.set(k, i);
      if (!byName.has(nk)) byName.set(nk, i);
      byAddress.set(addr, [...(byAddress.get(addr) ?? []), name]);
    });
    expect({ kvk, naam, adres }).toEqual(demo.plantedDetail.W01);
    expect(kvk + naam + adres).toBe(demo.planted.W01);
    expect(kvk).toBeGreaterThan(0);
    expect(adres).toBeGreaterThan(0);
    expect(naamDifferentSpelling).toBeGreaterThan(0);
    // later-entered: rows are in order of Datum invoer
    const invoer = wg.data.map((r) => day(wg.get(r, "Datum invoer"))!);
    expect(invoer.every((d, i) => i === 0 || d >= invoer[i - 1])).toBe(true);
  });

  test("W02 no vacancy and no visit, W03 visit without a report, W04 no contact in 12 months", () => {
    const wg = table(demo.sheets, "Werkgevers");
    const vac = table(demo.sheets, "Vacatures");
    const ct = table(demo.sheets, "Contacten");
    const withVacancy = new Set(vac.data.map((r) => String(vac.get(r, "Werkgevernummer"))));
    const visited = new Set(
      ct.data
        .filter((r) => ct.get(r, "Soort contact") === "Bedrijfsbezoek")
        .map((r) => String(ct.get(r, "Werkgevernummer"))),
    );
    const w02 = count(wg.data, (r) => {
      const nr = String(wg.get(r, "Werkgevernummer"));
      return !withVacancy.has(nr) && !visited.has(nr);
    });
    expect(w02).toBe(demo.planted.W02);

    const w03 = count(ct.data, (r) => {
      if (ct.get(r, "Soort contact") !== "Bedrijfsbezoek") return false;
      return String(ct.get(r, "Verslag") ?? "").trim().length < 20;
    });
    expect(w03).toBe(demo.planted.W03);

    const from = dayOf("2014-10-01");
    const inWindow = (d: number | undefined): boolean => d !== undefined && d >= from && d <= peil;
    const active = new Set<string>();
    for (const r of vac.data)
      if (inWindow(day(vac.get(r, "Datum registratie")))) active.add(String(vac.get(r, "Werkgevernummer")));
    for (const r of ct.data)
      if (inWindow(day(ct.get(r, "Datum")))) active.add(String(ct.get(r, "Werkgevernummer")));
    const w04 = count(wg.data, (r) => {
      const nr = String(wg.get(r, "Werkgevernummer"));
      return !active.has(nr) && !inWindow(day(wg.get(r, "Datum laatste contact")));
    });
    expect(w04).toBe(demo.planted.W04);
    for (const id of ["W02", "W03", "W04"] as const) expect(demo.planted[id]).toBeGreaterThan(0);
  });

  test("K01 doelgroepregister without arbeidsbeperking", () => {
    const k = table(demo.sheets, "Kandidaten");
    const k01 = count(
      k.data,
      (r) => k.get(r, "Doelgroepregister") === "ja" && k.get(r, "Arbeidsbeperkt") === "nee",
    );
    expect(k01).toBe(demo.planted.K01);
    expect(k01).toBeGreaterThan(0);
  });

  test("PV1: no citizen service numbers by default, a BSN column with withBsn", () => {
    const holdsBsn = (sheets: DemoSheet[]): string[] => {
      const found = new Set<string>();
      for (const s of sheets) {
        const header = s.rows.find((r) => r.length > 1) ?? [];
        for (const r of s.rows)
          r.forEach((v, c) => {
            const text = typeof v === "number" ? String(v) : typeof v === "string" ? v.trim() : "";
            if (text.length === 9 && elfproef(text)) found.add(`${s.name}/${String(header[c])}`);
          });
      }
      return [...found];
    };
    expect(holdsBsn(demo.sheets)).toEqual([]);
    const withBsn = generateDemo({ withBsn: true, candidates: 500 });
    expect(withBsn.planted.PV1).toBe(1);
    expect(holdsBsn(withBsn.sheets)).toEqual(["Kandidaten/BSN"]);
    const k = table(withBsn.sheets, "Kandidaten");
    const bsns = k.data.map((r) => String(k.get(r, "BSN"))).filter((s) => s !== "");
    expect(bsns.length).toBeGreaterThan(450);
    expect(bsns.every(elfproef)).toBe(true);
    expect(new Set(bsns).size).toBe(bsns.length);
  });

  test("A01–A05 with ambitieErrors", () => {
    const result = generateDemo({ ambitieErrors: true });
    expect(result.planted).toMatchObject({ A01: 1, A02: 1, A03: 1, A04: 2, A05: 1 });
    const rows = result.sheets[0].rows;
    const data = rows.slice(3, -1);
    const totaal = rows[rows.length - 1];
    const num = (c: DemoCell): number => (typeof c === "number" ? c : 0);
    // A01: numbers without a sector name
    expect(data.filter((r) => !r[0] && r.slice(1).some((c) => typeof c === "number"))).toHaveLength(1);
    // A02: one row whose Totaal is not the sum of its partner cells
    expect(data.filter((r) => r[6] !== r.slice(1, 6).reduce<number>((a, c) => a + num(c), 0))).toHaveLength(
      1,
    );
    // A03: cells of the Totaal row that differ from the sum of the sector rows
    const sectorRows = data.filter((r) => r[0]);
    const wrong = [1, 2, 3, 4, 5, 6].filter(
      (c) => totaal[c] !== sectorRows.reduce((a, r) => a + num(r[c]), 0),
    );
    expect(wrong).toEqual([4]);
    // A04: not a whole number >= 0
    const bad = data
      .flatMap((r) => r.slice(1, 6))
      .filter((c) => !(typeof c === "number" && Number.isInteger(c) && c >= 0));
    expect(bad).toHaveLength(2);
    // A05: a sector twice
    const names = sectorRows.map((r) => sectorKey(String(r[0])));
    expect(names.length - new Set(names).size).toBe(1);
    // the Totaal row itself adds up
    expect(totaal[6]).toBe(totaal.slice(1, 6).reduce<number>((a, c) => a + num(c), 0));
  });

  test("planted counts are stable for the default seed", () => {
    expect(demo.planted).toMatchObject({ P05: 25, P06: 6, P07: 12, P01: 35, V01: 120, V02: 60, K01: 12 });
  });
});

// ---- CSV ---------------------------------------------------------------------------------------

describe("toCsv", () => {
  test("CRLF, quoting where needed, empty cells and blank rows", () => {
    const csv = toCsv([["a", "b;c", 'zei "ja"', "twee\nregels", " spatie", null, ""], [], ["x"]]);
    expect(csv).toBe('a;"b;c";"zei ""ja""";"twee\nregels";" spatie";;\r\n\r\nx\r\n');
    expect(toCsv([["b;c", "d,e"]], { delimiter: "," })).toBe('b;c,"d,e"\r\n');
    expect(toCsv([])).toBe("");
  });

  test("BOM only when asked", () => {
    expect(toCsv([["a"]], { bom: true })).toBe("\uFEFFa\r\n");
    expect(toCsv([["a"]]).charCodeAt(0)).toBe(97);
  });

  test("numbers: decimal comma with ';', point with ','", () => {
    expect(toCsv([[25.5, 16, -0.25, 1234567]])).toBe("25,5;16;-0,25;1234567\r\n");
    expect(toCsv([[25.5, 16]], { delimiter: "," })).toBe("25.5,16\r\n");
    expect(toCsv([[Number.NaN, true, false]])).toBe(";ja;nee\r\n");
  });

  test("dates dd-mm-jjjj (default) or jjjj-mm-dd, with a time when there is one", () => {
    const d = new Date(Date.UTC(2015, 8, 3));
    expect(toCsv([[d]])).toBe("03-09-2015\r\n");
    expect(toCsv([[d]], { dateStyle: "jjjj-mm-dd" })).toBe("2015-09-03\r\n");
    expect(toCsv([[new Date(Date.UTC(2015, 8, 3, 9, 5))]])).toBe("03-09-2015 09:05\r\n");
    expect(toCsv([[new Date(Number.NaN)]])).toBe("\r\n");
  });

  test("a generated export survives a round trip through a CSV parser", () => {
    const sheet = demo.sheets.find((s) => s.kind === "Contacten")!;
    const text = toCsv(sheet.rows, { bom: true });
    expect(text.startsWith("\uFEFFWerkgevernummer;Datum;")).toBe(true);
    const parsed = Papa.parse<string[]>(text.slice(1), { delimiter: ";", skipEmptyLines: true }).data;
    const nonBlank = sheet.rows.filter((r) => r.length > 0);
    expect(parsed).toHaveLength(nonBlank.length);
    expect(parsed.map((r) => r.length)).toEqual(nonBlank.map((r) => r.length));
    expect(parsed.map((r) => r[5])).toEqual(nonBlank.map((r) => (r[5] === null ? "" : String(r[5]))));
    expect(parsed.some((r) => r[5].includes("\n"))).toBe(true);
    expect(parsed[1][1]).toMatch(/^\d\d-\d\d-\d{4}$/);
  });
});
