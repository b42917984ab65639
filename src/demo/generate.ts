// Demo data for WSP Monitor: an invented but realistic 2015 WSP Haaglanden situation in the shape of
// the WBS exports described in DOMAIN.md, with a modest, deliberate number of violations of every rule.
//
// Pure TypeScript: no Node APIs, no ExcelJS, no Math.random, no clock. The same options give the same
// rows, in the browser as well as in Node. Dates are calendar dates at 00:00 UTC.

import type { Reconciliatie } from "../domain/figures/types";
import { RULES } from "../domain/rules/catalog";
import type { RuleId } from "../domain/rules/types";
import type { SourceType } from "../domain/sources/catalog";

export type DemoCell = string | number | boolean | Date | null;

/** The demo sheets are the nine sources of DOMAIN.md. */
export type DemoSheetKind = SourceType;

export interface DemoSheet {
  /** Sheet name in the demo workbook ("Ambitie 2015", "WBS plaatsingen", ...). */
  name: string;
  kind: DemoSheetKind;
  /** The rows exactly as they appear: rows[i] is Excel row i + 1. A blank row is []. */
  rows: DemoCell[][];
}

export interface DemoOptions {
  seed?: number;
  year?: number;
  /** Data rows (planted duplicates included, blank rows not). */
  placements?: number;
  vacancies?: number;
  employers?: number;
  contacts?: number;
  candidates?: number;
  /** Make the ambition sheet break A01–A05 (default false: the ambition sheet is consistent). */
  ambitieErrors?: boolean;
  /** Add a column "BSN" with valid 11-test numbers to Kandidaten (PV1; default false). */
  withBsn?: boolean;
}

export const DEMO_DEFAULTS: Readonly<Required<DemoOptions>> = Object.freeze({
  seed: 2015,
  year: 2015,
  placements: 3500,
  vacancies: 4000,
  employers: 3000,
  contacts: 7800,
  candidates: 5200,
  ambitieErrors: false,
  withBsn: false,
});

/** Every rule id, in the catalog's order: the planted counts cover them all. */
export const DEMO_RULE_IDS: readonly RuleId[] = RULES.map((rule) => rule.id);
export type DemoRuleId = RuleId;

/** Reconciliation of the placement rows at demoPeildatum(year), as DOMAIN.md defines it. */
export type DemoReconciliatie = Reconciliatie;

export interface DemoResult {
  sheets: DemoSheet[];
  /** demoPeildatum(year): the peildatum the planted counts below are meant for. */
  peildatum: string;
  /**
   * Findings a correct implementation of DOMAIN.md should report per rule at `peildatum`
   * (one finding per row, per record or per column as DOMAIN.md says). Exact by construction,
   * except A03 with ambitieErrors (1 if the Totaal row is compared with all data rows, the
   * nameless and the duplicate row included).
   */
  planted: Record<DemoRuleId, number>;
  /** Breakdown of the planted findings by kind (severity or variant). */
  plantedDetail: {
    W01: { kvk: number; naam: number; adres: number };
    P02: { leeg: number; onbekend: number };
    P03: { fout: number; waarschuwing: number };
    T01: { fout: number; waarschuwing: number };
  };
  reconciliatie: DemoReconciliatie;
}

/** 30 September of `year` as "jjjj-mm-dd": the peildatum the demo data is built around. */
export function demoPeildatum(year: number = DEMO_DEFAULTS.year): string {
  return `${String(year).padStart(4, "0")}-09-30`;
}

/** The sheets alone (see generateDemo for what was planted). */
export function generateDemoWorkbook(options?: DemoOptions): DemoSheet[] {
  return generateDemo(options).sheets;
}

// ---------------------------------------------------------------------------------------------
// Randomness and dates

// Module-level bindings for the Math functions in hot loops: under Jest every global lookup goes
// through the sandbox's global object and costs ~100x more (Math.imul alone made 100k rows take 8 s).
const { floor, imul, max, min, round } = Math;

class Rng {
  // mulberry32. The state lives in an Int32Array: int32 arithmetic, no boxed numbers.
  private readonly state = new Int32Array(1);
  constructor(seed: number) {
    // the seed is scrambled so that seeds 1, 2, 3 give unrelated streams
    this.state[0] = imul((floor(seed) | 0) ^ 0x5bd1e995, 0x27d4eb2d);
  }
  next(): number {
    const a = (this.state[0] + 0x6d2b79f5) | 0;
    this.state[0] = a;
    let t = imul(a ^ (a >>> 15), a | 1);
    t ^= t + imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** Integer in [lo, hi], both included. */
  int(lo: number, hi: number): number {
    return lo + floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(arr: readonly T[]): T {
    return arr[floor(this.next() * arr.length)];
  }
  /** Index in [0, n) skewed towards 0: a few employers get many vacancies. */
  skewed(n: number): number {
    const u = this.next();
    return floor(n * u * u);
  }
}

class Weighted {
  private readonly cum: Float64Array;
  private readonly total: number;
  constructor(weights: readonly number[]) {
    this.cum = new Float64Array(weights.length);
    let s = 0;
    weights.forEach((w, i) => {
      s += max(0, w);
      this.cum[i] = s;
    });
    this.total = s;
  }
  pick(rng: Rng): number {
    const x = rng.next() * this.total;
    let lo = 0;
    let hi = this.cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cum[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

function weightedList<T>(pairs: readonly (readonly [T, number])[]): { pick(rng: Rng): T } {
  const w = new Weighted(pairs.map((p) => p[1]));
  return { pick: (rng) => pairs[w.pick(rng)][0] };
}

const MS_PER_DAY = 86400000;
const dayNum = (y: number, m: number, d: number): number => round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
const toDate = (day: number): Date => new Date(day * MS_PER_DAY);

/**
 * Date cells are shared per calendar day within one generated workbook (far fewer objects at 100k
 * rows). Treat them as read-only.
 */
class DateCache {
  private readonly cache = new Map<number, Date>();
  get(day: number): Date {
    let d = this.cache.get(day);
    if (!d) {
      d = toDate(day);
      this.cache.set(day, d);
    }
    return d;
  }
}

/** Indices 0..n-1 ordered by day, stable (counting sort: days span a few thousand values at most). */
function orderByDay(days: ArrayLike<number>, n: number): Int32Array {
  const out = new Int32Array(n);
  if (n === 0) return out;
  let lo = days[0];
  let hi = days[0];
  for (let i = 1; i < n; i++) {
    if (days[i] < lo) lo = days[i];
    if (days[i] > hi) hi = days[i];
  }
  const counts = new Int32Array(hi - lo + 2);
  for (let i = 0; i < n; i++) counts[days[i] - lo + 1]++;
  for (let k = 1; k < counts.length; k++) counts[k] += counts[k - 1];
  for (let i = 0; i < n; i++) out[counts[days[i] - lo]++] = i;
  return out;
}
/** 0 = Sunday ... 6 = Saturday */
const weekday = (day: number): number => (((day + 4) % 7) + 7) % 7;

function fmtDay(day: number, style: "dmy" | "ymd"): string {
  const d = toDate(day);
  const dd = String(d.getUTCDate()).padStart(2, "0");
  const mm = String(d.getUTCMonth() + 1).padStart(2, "0");
  const yy = String(d.getUTCFullYear()).padStart(4, "0");
  return style === "dmy" ? `${dd}-${mm}-${yy}` : `${yy}-${mm}-${dd}`;
}

/** A random working day in [lo, hi] (falls back to any day for ranges shorter than a week). */
function workday(rng: Rng, lo: number, hi: number): number {
  let d = rng.int(lo, hi);
  if (hi - lo < 6) return d;
  const w = weekday(d);
  if (w === 6) d = d - 1 >= lo ? d - 1 : d + 2;
  else if (w === 0) d = d + 1 <= hi ? d + 1 : d - 2;
  return d;
}

function shuffleInPlace(rng: Rng, a: Int32Array | number[]): void {
  for (let i = a.length - 1; i > 0; i--) {
    const j = floor(rng.next() * (i + 1));
    const t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
}

function range(n: number): Int32Array {
  const a = new Int32Array(n);
  for (let i = 0; i < n; i++) a[i] = i;
  return a;
}

/** Number of planted rows for a rule: `rate` of n (at least `atLeast`), none when n < minN. */
function plant(n: number, rate: number, atLeast: number, minN = 20): number {
  if (n < minN) return 0;
  return min(max(atLeast, round(n * rate)), floor(n / 8));
}

/**
 * Marks `count` distinct indices in [0, n) with `role` (only where roles[i] is 0 and `ok(i)` holds)
 * and returns them. Random, with a linear fallback so it always terminates.
 */
function assignRole(
  rng: Rng,
  roles: Uint8Array,
  count: number,
  role: number,
  ok: (i: number) => boolean = () => true,
): number[] {
  const out: number[] = [];
  const n = roles.length;
  if (n === 0) return out;
  let attempts = count * 40 + 200;
  while (out.length < count && attempts-- > 0) {
    const i = floor(rng.next() * n);
    if (roles[i] === 0 && ok(i)) {
      roles[i] = role;
      out.push(i);
    }
  }
  for (let i = 0; i < n && out.length < count; i++) {
    if (roles[i] === 0 && ok(i)) {
      roles[i] = role;
      out.push(i);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Keys used to keep the planted violations exact (same definitions as DOMAIN.md)

const fold = (s: string): string => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "");

/** Legal forms as whole words: b.v., bv, n.v., nv, v.o.f., vof, c.v., cv. */
const LEGAL_FORM_WORD = /(^|\s)(?:b\.?v|n\.?v|v\.?o\.?f|c\.?v)\.?(?=\s|$)/g;
/** DOMAIN.md name key: lower-case, fold diacritics, drop legal forms, drop punctuation and all spaces. */
function nameKey(name: string): string {
  const lower = name.toLowerCase();
  return (/[\u0080-\uffff]/.test(lower) ? fold(lower) : lower)
    .replace(LEGAL_FORM_WORD, " ")
    .replace(/[^a-z0-9]/g, "");
}

function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

const similarity = (a: string, b: string): number =>
  a.length || b.length ? 1 - levenshtein(a, b) / max(a.length, b.length) : 1;

/** 11-test of a 9-digit citizen service number. */
function elfproef(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  let s = 0;
  for (let i = 0; i < 8; i++) s += (9 - i) * (digits.charCodeAt(i) - 48);
  s -= digits.charCodeAt(8) - 48;
  return s % 11 === 0;
}

// ---------------------------------------------------------------------------------------------
// Reference data (the 2015 plan: ten sectors, five partners, the ambition table)

const PARTNERS = ["Den Haag", "Delft", "Rijswijk", "Westland", "UWV"] as const;
const UWV = 4;
const isMunicipality = (p: number): boolean => p !== UWV;

/** Recognised aliases per partner (DOMAIN.md), used as harmless messiness. */
const PARTNER_ALIASES: readonly (readonly string[])[] = [
  ["Gemeente Den Haag", "'s-Gravenhage", "WSP Den Haag", "den haag"],
  ["Werkse!", "Werkse", "Gemeente Delft", "Werkgeversservicepunt Delft"],
  ["RWC", "Gemeente Rijswijk", "Rijswijks Werk Centrum"],
  ["MVO Westland", "Gemeente Westland"],
  ["UWV WERKbedrijf", "UWV Werkbedrijf", "uwv"],
];
const UNKNOWN_PARTNERS = ["Zoetermeer", "Leidschendam-Voorburg", "WSP Zoetermeer", "Pijnacker-Nootdorp", ""];

const ACCOUNTMANAGERS: readonly (readonly string[])[] = [
  ["N. Achahbar", "W. Hofstede", "C. Brinkman", "I. Ramdas", "P. Oudshoorn"],
  ["G. Overbeek", "Y. Tahiri", "D. Schipper"],
  ["M. Stam", "E. van Velzen"],
  ["J. Zwinkels", "A. Duijndam"],
  ["R. Pool", "L. Sewgobind", "K. de Ridder", "T. Groenewegen", "H. Aydin"],
];

interface SectorDef {
  name: string;
  ambitie: readonly number[];
  zwaarte: string;
  prioriteit: number;
  trekker: string;
  bedrijven: number;
  doel: number;
  /** realisation relative to pro rata, so that the status colours differ per sector */
  tempo: number;
  trades: readonly string[];
  functies: readonly string[];
  /** spellings with the same sector key (no finding) */
  variants: readonly string[];
  /** close misspellings (similarity >= 0.85: P03 waarschuwing, mapped to this sector) */
  close: readonly string[];
}

const SECTORS: readonly SectorDef[] = [
  {
    name: "Detailhandel",
    ambitie: [210, 50, 50, 8, 115],
    zwaarte: "Intensiveren",
    prioriteit: 1,
    trekker: "Den Haag",
    bedrijven: 1150,
    doel: 0.25,
    tempo: 0.95,
    trades: [
      "Supermarkt",
      "Bakkerij",
      "Slagerij",
      "Bloemenhuis",
      "Schoenhandel",
      "Modezaak",
      "Drogisterij",
      "Fietsenhandel",
      "Woonwinkel",
      "Boekhandel",
    ],
    functies: ["Verkoper", "Kassamedewerker", "Vakkenvuller", "Filiaalmedewerker"],
    variants: ["detailhandel", "DETAILHANDEL", "Detail handel"],
    close: ["Detailhandl", "Detailhandell"],
  },
  {
    name: "Openbaar bestuur (overheid) en onderwijs",
    ambitie: [30, 20, 5, 15, 40],
    zwaarte: "Handhaven",
    prioriteit: 2,
    trekker: "Delft",
    bedrijven: 420,
    doel: 0.3,
    tempo: 0.6,
    trades: [
      "Scholengroep",
      "Kindcentrum",
      "Stichting Openbaar Onderwijs",
      "Bibliotheek",
      "Sportbedrijf",
      "Lyceum",
    ],
    functies: ["Conciërge", "Onderwijsassistent", "Baliemedewerker", "Administratief medewerker"],
    variants: ["Openbaar bestuur (overheid) & onderwijs", "openbaar bestuur (overheid) en onderwijs"],
    close: [],
  },
  {
    name: "Transport, logistiek, groothandel",
    ambitie: [208, 50, 50, 29, 318],
    zwaarte: "Intensiveren",
    prioriteit: 1,
    trekker: "UWV",
    bedrijven: 980,
    doel: 0.2,
    tempo: 0.9,
    trades: [
      "Transportbedrijf",
      "Expeditie",
      "Koeriersdienst",
      "Logistiek",
      "Groothandel",
      "Verhuizingen",
      "Distributie",
      "Opslag",
    ],
    functies: ["Chauffeur", "Magazijnmedewerker", "Orderpicker", "Heftruckchauffeur"],
    variants: ["Transport, Logistiek & Groothandel", "Transport/logistiek/groothandel"],
    close: ["Transport, logistiek, grothandel"],
  },
  {
    name: "Zakelijke dienstverlening",
    ambitie: [155, 120, 120, 36, 703],
    zwaarte: "Intensiveren",
    prioriteit: 1,
    trekker: "UWV",
    bedrijven: 1640,
    doel: 0.18,
    tempo: 1.1,
    trades: [
      "Accountantskantoor",
      "Adviesbureau",
      "Uitzendbureau",
      "Notariskantoor",
      "Advocatenkantoor",
      "Vertaalbureau",
      "Makelaardij",
      "Drukkerij",
      "Klantcontactcentrum",
    ],
    functies: [
      "Administratief medewerker",
      "Klantenservicemedewerker",
      "Receptionist",
      "Medewerker postkamer",
    ],
    variants: ["Zakelijke Dienstverlening", "zakelijke dienstverlening"],
    close: ["Zakelijke dienstverlenning"],
  },
  {
    name: "Bouw en techniek",
    ambitie: [265, 30, 60, 26, 587],
    zwaarte: "Intensiveren",
    prioriteit: 1,
    trekker: "Rijswijk",
    bedrijven: 1210,
    doel: 0.22,
    tempo: 0.85,
    trades: [
      "Bouwbedrijf",
      "Aannemersbedrijf",
      "Installatiebedrijf",
      "Schildersbedrijf",
      "Dakdekkers",
      "Loodgietersbedrijf",
      "Metaalbewerking",
      "Elektrotechniek",
      "Timmerfabriek",
    ],
    functies: ["Monteur", "Timmerman", "Schilder", "Elektricien", "Leerling-installateur"],
    variants: ["Bouw & Techniek", "bouw en techniek", "Bouw + techniek"],
    close: ["Bouw en tecniek"],
  },
  {
    name: "Horeca en leisure",
    ambitie: [245, 30, 50, 10, 146],
    zwaarte: "Handhaven",
    prioriteit: 2,
    trekker: "Den Haag",
    bedrijven: 760,
    doel: 0.2,
    tempo: 1.05,
    trades: [
      "Restaurant",
      "Hotel",
      "Grand Café",
      "Strandpaviljoen",
      "Brasserie",
      "Partycentrum",
      "Bowlingcentrum",
      "Pannenkoekenhuis",
    ],
    functies: ["Kok", "Afwasser", "Bediening", "Housekeeping", "Barmedewerker"],
    variants: ["Horeca & Leisure", "Horeca en Leisure"],
    close: ["Horeca en leisur"],
  },
  {
    name: "Zorg, welzijn, schoonmaak",
    ambitie: [420, 80, 60, 41, 148],
    zwaarte: "Intensiveren",
    prioriteit: 1,
    trekker: "Den Haag",
    bedrijven: 890,
    doel: 0.3,
    tempo: 1.0,
    trades: [
      "Thuiszorg",
      "Zorgcentrum",
      "Kinderdagverblijf",
      "Schoonmaakbedrijf",
      "Glazenwassers",
      "Welzijnsstichting",
      "Fysiotherapie",
      "Tandartspraktijk",
    ],
    functies: ["Helpende", "Schoonmaker", "Verzorgende", "Huishoudelijke hulp"],
    variants: ["Zorg, Welzijn & Schoonmaak", "Zorg welzijn schoonmaak"],
    close: ["Zorg, welzijn, schoonmak"],
  },
  {
    name: "Beveiliging",
    ambitie: [180, 10, 35, 0, 10],
    zwaarte: "Handhaven",
    prioriteit: 2,
    trekker: "Rijswijk",
    bedrijven: 85,
    doel: 0.35,
    tempo: 1.2,
    trades: ["Beveiligingsbedrijf", "Security", "Bewakingsdienst", "Alarmcentrale", "Parkeerbeheer"],
    functies: ["Beveiliger", "Toezichthouder", "Meldkamermedewerker"],
    variants: ["beveiliging", "BEVEILIGING"],
    close: ["Beveilging"],
  },
  {
    name: "ICT",
    ambitie: [0, 0, 15, 0, 90],
    zwaarte: "Extensiveren",
    prioriteit: 3,
    trekker: "UWV",
    bedrijven: 310,
    doel: 0.25,
    tempo: 0.5,
    trades: ["Softwarehuis", "ICT Diensten", "Webbureau", "Datacenter", "Netwerkbeheer", "Computerservice"],
    functies: ["Servicedesk", "Systeembeheerder", "Testmedewerker"],
    variants: ["ict", " ICT"],
    close: [],
  },
  {
    name: "Land- en tuinbouw",
    ambitie: [15, 10, 5, 15, 20],
    zwaarte: "Handhaven",
    prioriteit: 2,
    trekker: "Westland",
    bedrijven: 540,
    doel: 0.2,
    tempo: 0.75,
    trades: [
      "Kwekerij",
      "Tuinderij",
      "Bloemenkwekerij",
      "Hoveniersbedrijf",
      "Champignonkwekerij",
      "Paprikakwekerij",
      "Rozenkwekerij",
    ],
    functies: ["Tuinder", "Oogstmedewerker", "Kasmedewerker", "Hovenier"],
    variants: ["Land & tuinbouw", "Land- & Tuinbouw"],
    close: [],
  },
];
const NS = SECTORS.length;
const NP = PARTNERS.length;
const PARTNER_TEMPO = [1.0, 0.95, 1.05, 0.8, 1.0];

const CLOSE_SECTORS: readonly (readonly [string, number])[] = SECTORS.flatMap((s, i) =>
  s.close.map((c) => [c, i] as const),
);
/** Sector names whose key matches no sector, not even closely (P03 fout, Onbekend). */
const UNKNOWN_SECTORS = ["Overig", "Industrie", "Landbouw", "Onderwijs/zorg", "Schoonmaak", "Facilitair", ""];

interface InstrumentDef {
  name: string;
  omschrijving: string;
  aliases: readonly string[];
  weight: number;
}
const INSTRUMENTS: readonly InstrumentDef[] = [
  {
    name: "Proefplaatsing",
    omschrijving: "Meewerken met behoud van uitkering, hooguit twee maanden",
    aliases: ["Proefplaatsen", "Proefplaats"],
    weight: 12,
  },
  {
    name: "Loonkostensubsidie",
    omschrijving: "Subsidie op de loonkosten bij verminderde loonwaarde",
    aliases: ["LKS", "Loonwaardesubsidie"],
    weight: 12,
  },
  {
    name: "No-riskpolis",
    omschrijving: "Vergoeding van loon bij ziekte van de werknemer",
    aliases: ["No risk", "No-risk polis"],
    weight: 10,
  },
  {
    name: "Jobcoaching",
    omschrijving: "Begeleiding van werknemer en werkgever op de werkvloer",
    aliases: ["Jobcoach"],
    weight: 10,
  },
  {
    name: "Werkervaringsplaats",
    omschrijving: "Tijdelijke plek om werkervaring op te doen",
    aliases: ["WEP", "Werkervaringsplek"],
    weight: 9,
  },
  {
    name: "Scholingsvoucher",
    omschrijving: "Bijdrage in een opleiding die tot werk leidt",
    aliases: ["Opleidingsvoucher"],
    weight: 9,
  },
  {
    name: "Mobiliteitsbonus",
    omschrijving: "Premiekorting voor de werkgever bij aanname",
    aliases: ["Premiekorting", "Mobiliteitspremie"],
    weight: 8,
  },
];
const INSTRUMENT_PICK = new Weighted(INSTRUMENTS.map((i) => i.weight));
/** Close misspellings of toolbox instruments (T01 waarschuwing). */
const CLOSE_INSTRUMENTS = [
  "Loonkostensubsidy",
  "Jobcoching",
  "Proefplaatsng",
  "Werkervaringplaats",
  "Scholingsvoucer",
  "No-riskpolus",
];
/** Local variants that are not in the toolbox at all (T01 fout). */
const UNKNOWN_INSTRUMENTS = [
  "Startersbonus Delft",
  "Westlandse Werkpremie",
  "Participatieplaats",
  "Loonsuppletie",
  "Stagevergoeding Rijswijk",
];

const PROJECTS = [
  "Techniek Talent Haaglanden",
  "Greenport Werkt",
  "Horeca Leerwerkroute",
  "Schone Stad",
  "Banen in de Zorg",
];

const SURNAMES = (
  "van der Berg|de Groot|van Dijk|van Leeuwen|van den Heuvel|Bakker|Visser|Smits|Meijer|Bos|Vos|" +
  "Peters|Hendriks|Dekker|Brouwer|de Wit|Dijkstra|de Graaf|Jacobs|Schouten|van Vliet|Prins|Blom|" +
  "Huisman|Kuiper|Veenstra|Post|van Wijk|de Bruijn|Vermeulen|Willems|Maas|Verhoeven|Koning|" +
  "de Lange|Sanders|Wolters|van Rijn|Goossens|Verbeek|Timmermans|Groen|Lambregts|Zwart|Verkerk|" +
  "Rademaker|Kerkhof|van Zanten|Oosterhout|Kamphuis|Hartog|Valk|Wassenaar|Stolk|Heemskerk|" +
  "van Schie|Ammerlaan|Vijverberg|Batenburg|Barendse|Duijvestein|van Geest|Zuidgeest|" +
  "van der Kooij|Hoogendoorn|ter Horst|Yıldız|Bakkali|Öztürk|Nguyen|Ramdin|Jagessar|Kartosen|" +
  "El Idrissi|Mahabier|Çelik|Boukhari|Tjon|Soekhoe|de Koning|van Os|Mol|Kraaijeveld|Segers|Pronk|" +
  "Haasnoot|van Kester|Dobbe|Noordam|Rozenburg|Vreeburg|Kerklaan|Spaans|de Jongh|Lagerweij|" +
  "Steenvoorden|van Marrewijk|Hofman|van Ruijven"
).split("|");
const INITIALS = "ABCDEFGHIJKLMNPRSTVWY".split("");
const NAME_SUFFIXES = [
  "Haaglanden",
  "Delfland",
  "Westland",
  "Centrum",
  "Zuid",
  "Noord",
  "Holding",
  "Groep",
  "Services",
  "& Zn.",
  "en Partners",
];
const LEGAL_PICK = weightedList<string>([
  ["", 45],
  [" B.V.", 20],
  [" BV", 15],
  [" N.V.", 3],
  [" V.O.F.", 10],
  [" VOF", 4],
]);

interface Place {
  name: string;
  pc: readonly (readonly [number, number])[];
  weight: number;
}
const PLACES: readonly Place[] = [
  { name: "Den Haag", pc: [[2491, 2599]], weight: 45 },
  { name: "Zoetermeer", pc: [[2711, 2729]], weight: 11 },
  { name: "Leidschendam", pc: [[2261, 2267]], weight: 6 },
  { name: "Voorburg", pc: [[2271, 2275]], weight: 4 },
  { name: "Rijswijk", pc: [[2280, 2289]], weight: 10 },
  { name: "Delft", pc: [[2611, 2629]], weight: 10 },
  { name: "Naaldwijk", pc: [[2671, 2671]], weight: 4 },
  { name: "Monster", pc: [[2681, 2681]], weight: 2 },
  { name: "'s-Gravenzande", pc: [[2691, 2691]], weight: 2 },
  { name: "De Lier", pc: [[2678, 2678]], weight: 2 },
  { name: "Wateringen", pc: [[2291, 2291]], weight: 2 },
  { name: "Honselersdijk", pc: [[2675, 2675]], weight: 2 },
];
const PLACE_PICK = new Weighted(PLACES.map((p) => p.weight));
const PC_LETTERS = "ABCDEGHJKLMNPRSTVWXZ";
const HN_ADDITIONS = ["", "a", "b", "-A", " bis"];

const HOURS_PICK = weightedList<number>([
  [16, 14],
  [20, 14],
  [24, 14],
  [28, 6],
  [32, 15],
  [36, 13],
  [38, 12],
  [40, 6],
  [25.5, 2],
  [18.5, 1],
  [22.5, 1],
  [30.5, 1],
  [12, 1],
]);
const BANEN_HOURS_PICK = weightedList<number>([
  [12, 2],
  [16, 4],
  [20, 5],
  [24, 5],
  [25.5, 6],
  [28, 2],
  [32, 3],
  [36, 2],
  [40, 1],
]);
const UITKERING_UWV = weightedList<string>([
  ["WW", 58],
  ["Wajong", 10],
  ["WIA", 9],
  ["Geen", 18],
]);
const UITKERING_GEMEENTE = weightedList<string>([
  ["WWB", 48],
  ["Participatiewet", 6],
  ["Bijstand", 2],
  ["IOAW", 8],
  ["WSW", 13],
  ["Geen", 15],
  ["Wajong", 4],
]);
const BANEN_UITKERING_UWV = ["Wajong", "Wajong", "WIA", "Geen"];
const BANEN_UITKERING_GEMEENTE = ["WSW", "Participatiewet", "Geen", "Wajong"];
const NEUTRAL_UITKERING = ["Geen", "WSW", "Wajong", "WIA"];
const CONTRACT_PICK = weightedList<string>([
  ["Tijdelijk", 50],
  ["Vast", 25],
  ["Uitzend", 23],
  ["Detachering", 2],
]);
const SOORT_PICK = weightedList<string>([
  ["Bedrijfsbezoek", 46],
  ["Telefonisch", 27],
  ["Werkafspraak", 14],
  ["E-mail", 13],
]);
const DOELGROEPEN = ["Banenafspraak", "Participatiewet", "Wajong", "Arbeidsbeperkt"];

const VERSLAG_OPEN = [
  "Kennismakingsgesprek met de eigenaar",
  "Bezoek aan de vestiging met de HR-adviseur",
  "Werkbezoek samen met de jobcoach",
  "Gesprek met de operationeel manager",
  "Rondleiding door het bedrijf gekregen",
  "Bezoek samen met de collega van UWV",
  'Werkgever wil "eerst zien, dan geloven"',
];
const VERSLAG_MIDDLE = [
  "besproken: inzet proefplaatsing en loonkostensubsidie",
  "werkgever zoekt twee medewerkers voor de ochtendploeg",
  "interesse in kandidaten uit het doelgroepregister",
  "uitbreiding verwacht na de zomer",
  "vragen over de no-riskpolis beantwoord",
  "afspraak gemaakt over een leerwerktraject",
];
const VERSLAG_END = [
  "Vervolgafspraak over zes weken.",
  "Vacatures worden per mail nagestuurd.",
  "Terugkoppeling in het WSP-overleg.",
  "Offerte jobcoaching volgt.",
  "Contactpersoon: afdeling P&O.",
];
/** Bedrijfsbezoek reports that are too short (W03). */
const SHORT_VERSLAG = ["", "ok", "bezocht", "zie mail", "Gesprek gehad.", "-"];
/** Exactly 20 characters: long enough (W03 is "under 20"). */
const VERSLAG_20 = "Rondleiding gekregen";
const VERSLAGEN = VERSLAG_OPEN.flatMap((o) =>
  VERSLAG_MIDDLE.flatMap((m) => VERSLAG_END.map((e) => `${o}; ${m}. ${e}`)),
);
/** A report with a line break (quoted over two lines in CSV). */
const VERSLAGEN_MULTILINE = VERSLAG_OPEN.map(
  (o, k) => `${o}.\n${cap(VERSLAG_MIDDLE[k % VERSLAG_MIDDLE.length])}.`,
);
const WERKAFSPRAAK = [
  "Werkafspraak vastgelegd: WSP levert kandidaten voor de vacaturepool.",
  "Werkafspraak over accountmanagement en vaste contactpersoon vastgelegd.",
  "Afspraak over gezamenlijke werving met UWV vastgelegd.",
];
const TELEFOON = [
  "Teruggebeld over openstaande vacature.",
  "Afspraak voor bedrijfsbezoek ingepland.",
  "Geen gehoor, later opnieuw.",
];
const EMAIL = ["Vacaturetekst ontvangen.", "Informatie over loonkostensubsidie gestuurd."];

// ---------------------------------------------------------------------------------------------
// Headers (as in the WBS exports)

const H_PLAATSINGEN = [
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
];
const H_VACATURES = [
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
];
const H_WERKGEVERS = [
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
];
const H_CONTACTEN = ["Werkgevernummer", "Datum", "Soort contact", "Organisatie", "Accountmanager", "Verslag"];
const H_KANDIDATEN = [
  "Klantnummer",
  "Organisatie",
  "Arbeidsbeperkt",
  "Doelgroepregister",
  "Gewenste sector",
  "Beschikbaar vanaf",
  "Uitkering",
];

// ---------------------------------------------------------------------------------------------

function sizeOption(v: number | undefined, dflt: number): number {
  if (v === undefined || v === null || !Number.isFinite(v)) return dflt;
  return max(0, floor(v));
}

/** Partner display: the canonical name, now and then a recognised alias ("Werkse!", "UWV WERKbedrijf"). */
function partnerName(rng: Rng, p: number, aliasRate: number): string {
  return rng.chance(aliasRate) ? rng.pick(PARTNER_ALIASES[p]) : PARTNERS[p];
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Same name key, different spelling (W01 "same name key"). */
function sameKeyVariant(rng: Rng, name: string): string {
  const legalRe = / (B\.V\.|BV|N\.V\.|V\.O\.F\.|VOF)$/;
  const bare = name.replace(legalRe, "");
  const candidates: string[] = [];
  // "Bouwbedrijf van der Berg" -> "Bouwbedrijf Vanderberg"
  const particles = bare.match(/\b(van der|van den|van|de|ter|el) ([A-Za-zÀ-ÿ]+)/i);
  if (particles) {
    const joined = cap((particles[1] + particles[2]).replace(/ /g, "").toLowerCase());
    candidates.push(name.replace(particles[0], joined));
  }
  const otherLegal = [" B.V.", " BV", " V.O.F.", ""].filter((l) => bare + l !== name);
  candidates.push(bare + rng.pick(otherLegal));
  candidates.push(name.toUpperCase());
  const sp = bare.indexOf(" ");
  if (sp > 0)
    candidates.push(bare.slice(0, sp) + "-" + bare.slice(sp + 1) + (name.match(legalRe)?.[0] ?? ""));
  if (fold(name) !== name) candidates.push(fold(name));
  candidates.push(name); // the very same name entered twice
  const key = nameKey(name);
  for (let tries = 0; tries < 10; tries++) {
    const c = rng.pick(candidates);
    if (nameKey(c) === key) return c;
  }
  return name;
}

/** A slightly misspelt name: different key, similarity >= 0.8 (W01 "same address, similar name"). */
function typoVariant(rng: Rng, name: string, keys: Set<string>): string | null {
  const key = nameKey(name);
  for (let tries = 0; tries < 20; tries++) {
    const letters: number[] = [];
    for (let i = 2; i < name.length; i++) if (/[a-z]/.test(name[i])) letters.push(i);
    if (!letters.length) return null;
    const at = rng.pick(letters);
    const c = rng.chance(0.7)
      ? name.slice(0, at) + name.slice(at + 1) // drop a letter
      : name.slice(0, at) + name[at] + name.slice(at); // double a letter
    const k = nameKey(c);
    if (k !== key && !keys.has(k) && similarity(k, key) >= 0.8) return c;
  }
  return null;
}

// Roles of placement rows (a row carries at most one planted violation)
const R_P01 = 1;
const R_P02_EMPTY = 2;
const R_P02_UNKNOWN = 3;
const R_P03_CLOSE = 4;
const R_P03_UNKNOWN = 5;
const R_P04 = 6;
const R_P06 = 7;
const R_P08 = 8;
const R_T01_CLOSE = 9;
const R_T01_UNKNOWN = 10;
// date classes
const D_IN = 0;
const D_PRE = 1;
const D_POST = 2;
// vacancy roles
const V_V01 = 1;
const V_V02 = 2;
const V_V03 = 3;
const V_V04 = 4;
const V_V05 = 5;
// employer groups
const G_NORMAL = 0;
const G_W02 = 1;
const G_W04 = 2;
const G_EDGE = 3;
// employer duplicate roles
const W_KVK = 1;
const W_NAAM = 2;
const W_ADRES = 3;

interface Employer {
  nr: string;
  name: string;
  kvk: string;
  pc: string;
  hn: string;
  plaats: string;
  sector: number;
  sectorText: string;
  size: number | null;
  org: number;
  am: string;
  invoer: number;
}

/** Everything, with what was planted (see DemoResult). */
export function generateDemo(options: DemoOptions = {}): DemoResult {
  const seed =
    options.seed !== undefined && Number.isFinite(options.seed) ? options.seed : DEMO_DEFAULTS.seed;
  const year = sizeOption(options.year, DEMO_DEFAULTS.year) || DEMO_DEFAULTS.year;
  const nPlacements = sizeOption(options.placements, DEMO_DEFAULTS.placements);
  const nVacancies = sizeOption(options.vacancies, DEMO_DEFAULTS.vacancies);
  const nEmployers = sizeOption(options.employers, DEMO_DEFAULTS.employers);
  const nContacts = sizeOption(options.contacts, DEMO_DEFAULTS.contacts);
  const nCandidates = sizeOption(options.candidates, DEMO_DEFAULTS.candidates);
  const ambitieErrors = options.ambitieErrors ?? DEMO_DEFAULTS.ambitieErrors;
  const withBsn = options.withBsn ?? DEMO_DEFAULTS.withBsn;

  const rng = new Rng(seed);
  const dates = new DateCache();
  const planted = Object.fromEntries(DEMO_RULE_IDS.map((id) => [id, 0])) as Record<DemoRuleId, number>;

  // Calendar: placements Nov (year-1) .. Nov (year); peildatum 30 Sep; 12-month window for W04.
  const peil = dayNum(year, 9, 30);
  const yearStart = dayNum(year, 1, 1);
  const exportDay = dayNum(year, 11, 25);
  const placementStart = dayNum(year - 1, 11, 1);
  const windowStart = dayNum(year - 1, 10, 1); // day after 30 Sep of the year before
  const contactStart = dayNum(year - 1, 1, 2);
  const vacancyStart = dayNum(year - 1, 9, 1);
  const availableUntil = dayNum(year, 10, 31);
  const firstEntry = dayNum(2008, 1, 2);
  const oldAudit = dayNum(2012, 1, 1);
  const inWindow = (d: number): boolean => d >= windowStart && d <= peil;

  // ---- reference sheets ----------------------------------------------------------------------
  const ambitieSheet = buildAmbitie(year, ambitieErrors, planted);
  const sectorSheet: DemoSheet = {
    name: "Sectorindeling",
    kind: "Sectoren",
    rows: [
      ["Sector", "Zwaarte", "Prioriteit", "Trekker"],
      ...SECTORS.map((s) => [s.name, s.zwaarte, s.prioriteit, s.trekker]),
    ],
  };
  const bedrijvenSheet: DemoSheet = {
    name: "Bedrijven",
    kind: "Bedrijven",
    rows: [
      ["Sector", "Bedrijven ≥10 werknemers", "Doel dekkingsgraad"],
      ...SECTORS.map((s) => [s.name, s.bedrijven, s.doel]),
    ],
  };
  const toolboxSheet: DemoSheet = {
    name: "Regionale toolbox",
    kind: "Toolbox",
    rows: [
      ["Instrument", "Omschrijving", "Ook bekend als", "Actief"],
      ...INSTRUMENTS.map((i) => [i.name, i.omschrijving, i.aliases.join(", "), "ja"]),
    ],
  };

  // Where placements and vacancies go: proportional to ambition x tempo (so statuses differ)
  const cellWeights: number[] = [];
  for (let s = 0; s < NS; s++)
    for (let p = 0; p < NP; p++) {
      const a = SECTORS[s].ambitie[p];
      cellWeights.push(a > 0 ? a * SECTORS[s].tempo * PARTNER_TEMPO[p] : 0.6);
    }
  const cellPick = new Weighted(cellWeights);
  const employerSectorPick = new Weighted(SECTORS.map((s) => s.ambitie.reduce((x, y) => x + y, 0) + 60));
  const employerOrgPick = SECTORS.map((s) => new Weighted(s.ambitie.map((a) => a + 4)));

  // ---- employers -----------------------------------------------------------------------------
  const E = nEmployers;
  const employers: Employer[] = new Array(E);
  const dupRole = new Uint8Array(E);
  const group = new Uint8Array(E);
  const nameKeys = new Set<string>();
  const kvks = new Set<number>();
  const addresses = new Set<number>();

  const invoerDays = new Int32Array(E);
  {
    for (let i = 0; i < E; i++)
      invoerDays[i] = rng.chance(0.88)
        ? workday(rng, firstEntry, windowStart - 1)
        : workday(rng, windowStart, peil);
    invoerDays.sort();
  }
  const numbers = range(E);
  shuffleInPlace(rng, numbers);

  const nW01kvk = plant(E, 0.004, 1, 30);
  const nW01naam = plant(E, 0.006, 1, 30);
  const nW01adres = plant(E, 0.004, 1, 30);
  {
    const lateHalf = (i: number): boolean => i >= floor(E / 5);
    assignRole(rng, dupRole, nW01kvk, W_KVK, lateHalf);
    assignRole(rng, dupRole, nW01naam, W_NAAM, lateHalf);
    assignRole(rng, dupRole, nW01adres, W_ADRES, lateHalf);
  }
  const usedAsOriginal = new Uint8Array(E);

  const newName = (sector: number): string => {
    const def = SECTORS[sector];
    for (let tries = 0; tries < 40; tries++) {
      const trade = rng.pick(def.trades);
      const sur = rng.pick(SURNAMES);
      const style = rng.next();
      let base =
        style < 0.45
          ? `${trade} ${sur}`
          : style < 0.6
            ? `${cap(sur)} ${trade}`
            : style < 0.75
              ? `${trade} ${rng.pick(INITIALS)}. ${sur}`
              : style < 0.85
                ? `${cap(sur)} & ${cap(rng.pick(SURNAMES))} ${trade}`
                : `${trade} ${sur} ${rng.pick(NAME_SUFFIXES)}`;
      if (tries > 20) base += ` ${rng.pick(NAME_SUFFIXES)} ${rng.pick(NAME_SUFFIXES)}`;
      const name = base + LEGAL_PICK.pick(rng);
      const key = nameKey(name);
      if (!nameKeys.has(key)) {
        nameKeys.add(key);
        return name;
      }
    }
    for (let n = 2; ; n++) {
      const name = `${rng.pick(def.trades)} ${rng.pick(SURNAMES)} vestiging ${n}`;
      const key = nameKey(name);
      if (!nameKeys.has(key)) {
        nameKeys.add(key);
        return name;
      }
    }
  };
  const newKvk = (): string => {
    for (;;) {
      const k = rng.int(10000000, 99999999);
      // never mistakable for a BSN, not even padded to 9 digits
      if (!kvks.has(k) && !elfproef("0" + k)) {
        kvks.add(k);
        return `${k}`;
      }
    }
  };
  const newAddress = (): { pc: string; hn: string; plaats: string } => {
    for (;;) {
      const place = PLACES[PLACE_PICK.pick(rng)];
      const [lo, hi] = rng.pick(place.pc);
      const digits = rng.int(lo, hi);
      const l1 = rng.int(0, PC_LETTERS.length - 1);
      const l2 = rng.int(0, PC_LETTERS.length - 1);
      const nr = rng.int(1, 240);
      const add = rng.chance(0.05) ? rng.int(1, HN_ADDITIONS.length - 1) : 0;
      const key = (((digits * 32 + l1) * 32 + l2) * 256 + nr) * 8 + add;
      if (!addresses.has(key)) {
        addresses.add(key);
        return {
          pc: `${digits} ${PC_LETTERS[l1]}${PC_LETTERS[l2]}`,
          hn: `${nr}${HN_ADDITIONS[add]}`,
          plaats: place.name,
        };
      }
    }
  };
  const sectorTextOf = (s: number): string =>
    rng.chance(0.02) ? rng.pick(SECTORS[s].variants) : SECTORS[s].name;

  for (let j = 0; j < E; j++) {
    const role = dupRole[j];
    let orig = -1;
    if (role) {
      for (let tries = 0; tries < 50 && orig < 0; tries++) {
        const i = rng.int(0, j - 1);
        if (!dupRole[i] && !usedAsOriginal[i] && invoerDays[i] < invoerDays[j]) orig = i;
      }
      if (orig < 0) dupRole[j] = 0;
    }
    if (orig >= 0) {
      const o = employers[orig];
      let name: string | null;
      let kvk = "";
      let addr = { pc: o.pc, hn: o.hn, plaats: o.plaats };
      if (role === W_KVK) {
        name = newName(o.sector);
        kvk = o.kvk || newKvk();
        if (!o.kvk) o.kvk = kvk; // the original gets the number too
        addr = newAddress();
      } else if (role === W_NAAM) {
        name = sameKeyVariant(rng, o.name);
        kvk = rng.chance(0.5) ? "" : newKvk();
        addr = newAddress();
      } else {
        name = typoVariant(rng, o.name, nameKeys);
        if (name) {
          nameKeys.add(nameKey(name));
          kvk = rng.chance(0.4) ? "" : newKvk();
        }
      }
      if (name !== null) {
        usedAsOriginal[orig] = 1;
        employers[j] = {
          nr: `WG${200000 + numbers[j]}`,
          name,
          kvk,
          pc: addr.pc,
          hn: addr.hn,
          plaats: addr.plaats,
          sector: o.sector,
          sectorText: sectorTextOf(o.sector),
          size: rng.chance(0.5) ? o.size : null,
          org: rng.chance(0.7) ? o.org : rng.int(0, NP - 1),
          am: "",
          invoer: invoerDays[j],
        };
        employers[j].am = rng.pick(ACCOUNTMANAGERS[employers[j].org]);
        continue;
      }
      dupRole[j] = 0;
    }
    const sector = employerSectorPick.pick(rng);
    const org = employerOrgPick[sector].pick(rng);
    const addr = newAddress();
    const u = rng.next();
    const size = u < 0.015 ? null : u < 0.45 ? rng.int(1, 9) : u < 0.85 ? rng.int(10, 60) : rng.int(61, 650);
    employers[j] = {
      nr: `WG${200000 + numbers[j]}`,
      name: newName(sector),
      kvk: rng.chance(0.09) ? "" : newKvk(),
      pc: addr.pc,
      hn: addr.hn,
      plaats: addr.plaats,
      sector,
      sectorText: sectorTextOf(sector),
      size,
      org,
      am: rng.pick(ACCOUNTMANAGERS[org]),
      invoer: invoerDays[j],
    };
  }
  for (let j = 0; j < E; j++) {
    if (dupRole[j] === W_KVK) planted.W01++;
    else if (dupRole[j] === W_NAAM) planted.W01++;
    else if (dupRole[j] === W_ADRES) planted.W01++;
  }
  const plantedW01 = {
    kvk: dupRole.filter((r) => r === W_KVK).length,
    naam: dupRole.filter((r) => r === W_NAAM).length,
    adres: dupRole.filter((r) => r === W_ADRES).length,
  };

  // Employer groups: no vacancy and no visit (W02), nothing in the 12 months (W04), edge cases
  {
    const free = (i: number): boolean => !dupRole[i] && !usedAsOriginal[i];
    assignRole(rng, group, plant(E, 0.013, 2, 30), G_W02, free);
    assignRole(rng, group, plant(E, 0.036, 2, 30), G_W04, free);
    assignRole(rng, group, E >= 50 ? 2 : 0, G_EDGE, free);
  }
  const normalList: number[] = [];
  const sectorLists: number[][] = SECTORS.map(() => []);
  const cellLists: number[][] = cellWeights.map(() => []);
  for (let e = 0; e < E; e++) {
    if (group[e] !== G_NORMAL) continue;
    normalList.push(e);
    sectorLists[employers[e].sector].push(e);
    cellLists[employers[e].sector * NP + employers[e].org].push(e);
  }

  // ---- vacancies (skeleton) -----------------------------------------------------------------
  const V = nVacancies;
  const vCell = new Int32Array(V);
  const vEmp = new Int32Array(V).fill(-1);
  for (let v = 0; v < V; v++) {
    const c = cellPick.pick(rng);
    vCell[v] = c;
    const s = floor(c / NP);
    const cl = cellLists[c];
    const sl = sectorLists[s];
    if (cl.length && rng.chance(0.8)) vEmp[v] = cl[rng.skewed(cl.length)];
    else if (sl.length) vEmp[v] = sl[rng.skewed(sl.length)];
    else if (normalList.length) vEmp[v] = normalList[rng.int(0, normalList.length - 1)];
    else if (E) vEmp[v] = rng.int(0, E - 1);
  }

  // ---- placements ---------------------------------------------------------------------------
  const P = nPlacements;
  const nDup = plant(P, 0.007, 1, 30);
  const nBase = P - nDup;
  const pRole = new Uint8Array(nBase);
  const pClass = new Uint8Array(nBase);
  const nPre = plant(nBase, 0.019, 1, 30);
  const nPost = plant(nBase, 0.0035, 1, 30);
  {
    const tmp = new Uint8Array(nBase);
    for (const i of assignRole(rng, tmp, nPre, 1)) pClass[i] = D_PRE;
    for (const i of assignRole(rng, tmp, nPost, 2)) pClass[i] = D_POST;
  }
  assignRole(rng, pRole, plant(nBase, 0.0017, 1, 30), R_P06, (i) => pClass[i] === D_IN);
  const nP02 = plant(nBase, 0.0086, 2, 30);
  assignRole(rng, pRole, round(nP02 / 3), R_P02_EMPTY);
  assignRole(rng, pRole, nP02 - round(nP02 / 3), R_P02_UNKNOWN);
  assignRole(rng, pRole, plant(nBase, 0.01, 1, 30), R_P01);
  const nP03 = plant(nBase, 0.0057, 2, 30);
  assignRole(rng, pRole, round(nP03 * 0.4), R_P03_CLOSE);
  assignRole(rng, pRole, nP03 - round(nP03 * 0.4), R_P03_UNKNOWN);
  assignRole(rng, pRole, plant(nBase, 0.0015, 1, 30), R_P04);
  assignRole(rng, pRole, plant(nBase, 0.0043, 1, 30), R_P08);
  const nT01 = plant(nBase, 0.0052, 2, 30);
  assignRole(rng, pRole, round(nT01 * 0.45), R_T01_CLOSE);
  assignRole(rng, pRole, nT01 - round(nT01 * 0.45), R_T01_UNKNOWN);

  const pDay = new Int32Array(nBase);
  for (let i = 0; i < nBase; i++) {
    const c = pClass[i];
    pDay[i] =
      c === D_PRE
        ? workday(rng, placementStart, yearStart - 1)
        : c === D_POST
          ? workday(rng, peil + 1, exportDay)
          : workday(rng, yearStart, peil);
  }

  // link placements to vacancies: F vacancies are filled, a part of them more than once
  const pVac = new Int32Array(nBase).fill(-1);
  const vFilled = new Int32Array(V);
  const vFirst = new Int32Array(V).fill(2147483647);
  const vFirstValid = new Int32Array(V).fill(2147483647);
  {
    const linkable: number[] = [];
    for (let i = 0; i < nBase; i++)
      if (pRole[i] !== R_P02_EMPTY && pRole[i] !== R_P02_UNKNOWN) linkable.push(i);
    const order = range(V);
    shuffleInPlace(rng, order);
    const F = min(V, round(V * 0.78), round(linkable.length * 0.82)) || min(V, linkable.length);
    for (let k = 0; k < linkable.length && F > 0; k++) {
      const i = linkable[k];
      const v = k < F ? order[k] : order[rng.int(0, F - 1)];
      pVac[i] = v;
      vFilled[v]++;
      if (pDay[i] < vFirst[v]) vFirst[v] = pDay[i];
      if (pRole[i] !== R_P06 && pDay[i] < vFirstValid[v]) vFirstValid[v] = pDay[i];
    }
  }

  // ---- vacancies (dates, counts, rows) ------------------------------------------------------
  const vRole = new Uint8Array(V);
  assignRole(
    rng,
    vRole,
    min(plant(V, 0.00625, 1, 30), floor(P / 4)),
    V_V05,
    (v) => vFirstValid[v] < 2147483647,
  );
  assignRole(rng, vRole, plant(V, 0.03, 1, 30), V_V01);
  assignRole(rng, vRole, plant(V, 0.015, 1, 30), V_V02);
  assignRole(rng, vRole, plant(V, 0.002, 1, 30), V_V03);
  assignRole(rng, vRole, plant(V, 0.0025, 1, 30), V_V04);

  const vReg = new Int32Array(V);
  const vOnt = new Int32Array(V);
  const vacRows: DemoCell[][] = new Array(V);
  const vacNrs: string[] = new Array(V);
  for (let v = 0; v < V; v++) vacNrs[v] = `VAC${5000000 + v}`;
  for (let v = 0; v < V; v++) {
    const role = vRole[v];
    let reg: number;
    if (role === V_V05) reg = vFirstValid[v] + rng.int(1, 25);
    else if (vFilled[v] > 0) {
      const lag = 3 + floor(rng.next() * rng.next() * 70);
      reg = vFirst[v] - lag;
      const w = weekday(reg);
      if (w === 0) reg -= 2;
      else if (w === 6) reg -= 1;
    } else reg = workday(rng, vacancyStart, exportDay - 3);
    const delay = role === V_V01 ? rng.int(2, 21) : rng.chance(0.35) ? 1 : 0;
    vReg[v] = reg;
    vOnt[v] = reg - delay;

    const vervuld = vFilled[v];
    let status: string;
    if (vervuld > 0) status = rng.chance(0.1) ? "Open" : "Vervuld";
    else if (reg > exportDay - 60) status = "Open";
    else status = rng.chance(0.02) ? "Geblokkeerd" : "Vervallen";
    const allowed = status === "Open" ? vervuld + 1 : max(1, vervuld);
    let plaatsen = status === "Open" ? (vervuld > 0 ? vervuld + 1 : 1) : allowed;
    if (role === V_V02) plaatsen = allowed + rng.int(1, 4);
    let gevraagd = rng.chance(0.72) ? 1 : rng.int(2, 7);
    gevraagd = max(gevraagd, plaatsen);
    let coproductie = rng.chance(0.002) ? "ja" : "nee";
    if (role === V_V03) {
      gevraagd = rng.int(10, 30);
      coproductie = rng.chance(0.8) ? "nee" : "";
    } else if (gevraagd >= 10 || rng.chance(0.0015)) {
      if (gevraagd < 10) gevraagd = rng.int(10, 25);
      coproductie = "ja";
    }
    let doelgroepvac = rng.chance(0.06) ? "ja" : "nee";
    let doelgroep = doelgroepvac === "ja" ? rng.pick(DOELGROEPEN) : "";
    if (role === V_V04) {
      doelgroepvac = "ja";
      doelgroep = "";
    }
    const c = vCell[v];
    const s = floor(c / NP);
    const e = vEmp[v];
    const emp = e >= 0 ? employers[e] : null;
    vacRows[v] = [
      vacNrs[v],
      emp ? emp.nr : "",
      emp ? emp.name : "",
      rng.pick(SECTORS[s].functies),
      rng.chance(0.02) ? rng.pick(SECTORS[s].variants) : SECTORS[s].name,
      partnerName(rng, c % NP, 0.02),
      dates.get(vOnt[v]),
      dates.get(vReg[v]),
      plaatsen,
      vervuld,
      gevraagd,
      status,
      coproductie,
      doelgroepvac,
      doelgroep,
      rng.chance(0.3) ? rng.pick(PROJECTS) : "",
    ];
  }
  for (let v = 0; v < V; v++) {
    const r = vRole[v];
    if (r === V_V01) planted.V01++;
    else if (r === V_V02) planted.V02++;
    else if (r === V_V03) planted.V03++;
    else if (r === V_V04) planted.V04++;
    else if (r === V_V05) planted.V05++;
  }

  // ---- placement rows -------------------------------------------------------------------------
  const plantedP02 = { leeg: 0, onbekend: 0 };
  const plantedP03 = { fout: 0, waarschuwing: 0 };
  const plantedT01 = { fout: 0, waarschuwing: 0 };
  const placementRows: DemoCell[][] = new Array(nBase + nDup);
  const sortDay = new Int32Array(nBase + nDup);
  let onbekendeSector = 0;
  let onbekendeOrganisatie = 0;
  for (let i = 0; i < nBase; i++) {
    const role = pRole[i];
    let v = pVac[i];
    if (v < 0 && V > 0) v = rng.int(0, V - 1); // P02 rows: take sector and employer from some vacancy
    const c = v >= 0 ? vCell[v] : cellPick.pick(rng);
    const s = floor(c / NP);
    let p = c % NP;
    if (rng.chance(0.06)) p = rng.int(0, NP - 1);
    let e = v >= 0 ? vEmp[v] : -1;
    if (e < 0 && sectorLists[s].length) e = sectorLists[s][rng.int(0, sectorLists[s].length - 1)];
    const emp = e >= 0 ? employers[e] : null;

    // Datum plaatsing
    let datum: DemoCell = dates.get(pDay[i]);
    if (role === R_P06) {
      datum = rng.pick<DemoCell>([
        null,
        `31-02-${year}`,
        `${year}-13-01`,
        "n.v.t.",
        "onbekend",
        `30-02-${year}`,
        "00-00-0000",
      ]);
      planted.P06++;
    }
    // Vacaturenummer
    let vacaturenummer = pVac[i] >= 0 ? vacNrs[pVac[i]] : "";
    if (role === R_P02_EMPTY) {
      vacaturenummer = "";
      plantedP02.leeg++;
    } else if (role === R_P02_UNKNOWN) {
      vacaturenummer = rng.chance(0.5) ? `VAC${rng.int(8000000, 8999999)}` : `VAC${rng.int(100000, 999999)}`;
      plantedP02.onbekend++;
    } else if (!vacaturenummer) {
      plantedP02.leeg++; // no vacancies at all (vacancies: 0)
    }
    // Sector
    let sector = rng.chance(0.04) ? rng.pick(SECTORS[s].variants) : SECTORS[s].name;
    if (role === R_P03_CLOSE) {
      const candidates = CLOSE_SECTORS.filter((x) => x[1] === s);
      sector = (candidates.length ? rng.pick(candidates) : rng.pick(CLOSE_SECTORS))[0];
      plantedP03.waarschuwing++;
    } else if (role === R_P03_UNKNOWN) {
      sector = rng.pick(UNKNOWN_SECTORS);
      plantedP03.fout++;
      if (pClass[i] === D_IN) onbekendeSector++;
    }
    // Organisatie and Uitkering
    let org = partnerName(rng, p, 0.03);
    let uitkering: string;
    const banen = role === R_P08 || (role !== R_P01 && rng.chance(0.085));
    if (role === R_P04) {
      org = rng.pick(UNKNOWN_PARTNERS);
      uitkering = rng.pick(NEUTRAL_UITKERING);
      if (pClass[i] === D_IN) onbekendeOrganisatie++;
    } else if (role === R_P01) {
      if (rng.chance(0.5)) {
        p = rng.int(0, NP - 2); // a municipality with WW
        uitkering = "WW";
      } else {
        p = UWV; // UWV with a municipal benefit
        uitkering = rng.pick(["WWB", "Participatiewet", "IOAW", "Bijstand"]);
      }
      org = partnerName(rng, p, 0.1);
      planted.P01++;
    } else if (banen) {
      uitkering = rng.pick(isMunicipality(p) ? BANEN_UITKERING_GEMEENTE : BANEN_UITKERING_UWV);
    } else {
      uitkering = (isMunicipality(p) ? UITKERING_GEMEENTE : UITKERING_UWV).pick(rng);
    }
    // Uren per week
    let uren: number | null = banen ? BANEN_HOURS_PICK.pick(rng) : HOURS_PICK.pick(rng);
    if (role === R_P08) {
      uren = rng.pick<number | null>([null, 0, 45, 50, 60]);
      planted.P08++;
    }
    // Instrument
    let instrument = "";
    if (rng.chance(0.44)) {
      const ins = INSTRUMENTS[INSTRUMENT_PICK.pick(rng)];
      const u = rng.next();
      instrument =
        u < 0.85
          ? ins.name
          : u < 0.95
            ? rng.pick(ins.aliases)
            : rng.chance(0.5)
              ? ins.name.toLowerCase()
              : ins.name.toUpperCase();
    }
    if (role === R_T01_CLOSE) {
      instrument = rng.pick(CLOSE_INSTRUMENTS);
      plantedT01.waarschuwing++;
    } else if (role === R_T01_UNKNOWN) {
      instrument = rng.pick(UNKNOWN_INSTRUMENTS);
      plantedT01.fout++;
    }
    const amPartner = role === R_P04 ? UWV : p;
    placementRows[i] = [
      `PL${8000000 + i}`,
      datum,
      vacaturenummer,
      emp ? emp.nr : "",
      emp ? emp.name : "",
      sector,
      org,
      rng.pick(ACCOUNTMANAGERS[amPartner]),
      `KL${4000000 + i}`,
      uitkering,
      banen ? "Arbeidsbeperkt" : "Regulier",
      banen ? "ja" : "nee",
      uren,
      rng.chance(0.3) ? rng.pick(PROJECTS) : "",
      CONTRACT_PICK.pick(rng),
      instrument,
    ];
    sortDay[i] = pDay[i];
  }
  // duplicates (P05): copies of clean rows in the period, now and then with a small difference
  {
    const clean: number[] = [];
    for (let i = 0; i < nBase; i++) if (pRole[i] === 0 && pClass[i] === D_IN) clean.push(i);
    for (let k = 0; k < nDup && clean.length; k++) {
      const src = clean[rng.int(0, clean.length - 1)];
      const row = placementRows[src].slice();
      let day = pDay[src];
      const u = rng.next();
      if (u < 0.2) {
        day = min(peil, day + rng.int(1, 5));
        row[1] = dates.get(day);
      } else if (u < 0.4) {
        row[7] = rng.pick(ACCOUNTMANAGERS[rng.int(0, NP - 1)]);
      }
      placementRows[nBase + k] = row;
      sortDay[nBase + k] = day;
      planted.P05++;
    }
  }
  const nPlacementRows = nBase + planted.P05;
  planted.P02 = plantedP02.leeg + plantedP02.onbekend;
  planted.P03 = plantedP03.fout + plantedP03.waarschuwing;
  planted.P04 = pRole.filter((r) => r === R_P04).length;
  planted.P07 = nPost;
  planted.T01 = plantedT01.fout + plantedT01.waarschuwing;

  // ---- contacts -------------------------------------------------------------------------------
  const C = nContacts;
  const cEmp = new Int32Array(C);
  const cDay = new Int32Array(C);
  const cSoort: string[] = new Array(C);
  const hasBezoek = new Uint8Array(E);
  const actInWindow = new Uint8Array(E);
  const lastAct = new Int32Array(E).fill(-2147483647);
  const firstAct = new Int32Array(E).fill(2147483647);
  const hasVac = new Uint8Array(E);
  const touch = (e: number, d: number): void => {
    if (d > lastAct[e]) lastAct[e] = d;
    if (d < firstAct[e]) firstAct[e] = d;
    if (inWindow(d)) actInWindow[e] = 1;
  };
  for (let v = 0; v < V; v++) {
    const e = vEmp[v];
    if (e < 0) continue;
    hasVac[e] = 1;
    touch(e, vReg[v]);
  }
  let nc = 0;
  const addContact = (e: number, soort: string, d: number): void => {
    if (nc >= C) return;
    cEmp[nc] = e;
    cSoort[nc] = soort;
    cDay[nc] = d;
    nc++;
    if (soort === "Bedrijfsbezoek") hasBezoek[e] = 1;
    touch(e, d);
  };
  {
    const edges: number[] = [];
    const w04: number[] = [];
    const w02: number[] = [];
    for (let e = 0; e < E; e++) {
      if (group[e] === G_EDGE) edges.push(e);
      else if (group[e] === G_W04) w04.push(e);
      else if (group[e] === G_W02) w02.push(e);
    }
    // edge cases of the 12-month window: first day of the window, the peildatum itself, the day before
    if (edges[0] !== undefined) addContact(edges[0], "Bedrijfsbezoek", windowStart);
    if (edges[1] !== undefined) addContact(edges[1], "Bedrijfsbezoek", peil);
    w04.forEach((e, k) =>
      addContact(
        e,
        "Bedrijfsbezoek",
        k === 0 ? windowStart - 1 : workday(rng, contactStart, windowStart - 1),
      ),
    );
    // coverage: every normal employer without a vacancy in the window gets a visit in the window
    const need: number[] = [];
    for (const e of normalList) if (!actInWindow[e]) need.push(e);
    shuffleInPlace(rng, need);
    for (const e of need)
      addContact(e, "Bedrijfsbezoek", workday(rng, max(windowStart, employers[e].invoer), peil));
    w02.forEach((e, k) => {
      if (k % 2 === 0)
        addContact(e, rng.chance(0.5) ? "Telefonisch" : "E-mail", workday(rng, windowStart, peil));
    });
    w04.forEach((e, k) => {
      if (k % 5 === 1) addContact(e, "Telefonisch", workday(rng, peil + 1, exportDay));
    });
    while (nc < C && normalList.length) {
      const e = normalList[rng.skewed(normalList.length)];
      const lo = max(contactStart, min(employers[e].invoer, peil));
      addContact(e, SOORT_PICK.pick(rng), workday(rng, lo, exportDay));
    }
    while (nc < C && E > 0)
      addContact(rng.int(0, E - 1), SOORT_PICK.pick(rng), workday(rng, contactStart, exportDay));
  }
  const cRows: DemoCell[][] = [];
  {
    const cRole = new Uint8Array(nc);
    const bezoek = (i: number): boolean => cSoort[i] === "Bedrijfsbezoek";
    const nBezoek = cSoort.slice(0, nc).filter((s) => s === "Bedrijfsbezoek").length;
    planted.W03 = assignRole(rng, cRole, plant(nBezoek, 0.014, 1, 20), 1, bezoek).length;
    assignRole(rng, cRole, nBezoek >= 200 ? max(1, round(nBezoek / 1500)) : 0, 2, bezoek);
    const order = orderByDay(cDay, nc);
    for (let k = 0; k < nc; k++) {
      const i = order[k];
      const e = cEmp[i];
      const emp = employers[e];
      const soort = cSoort[i];
      const p = rng.chance(0.85) ? emp.org : rng.int(0, NP - 1);
      let verslag: string | null;
      if (cRole[i] === 1) verslag = rng.pick<string | null>([...SHORT_VERSLAG, null]);
      else if (cRole[i] === 2) verslag = VERSLAG_20;
      else if (soort === "Bedrijfsbezoek")
        verslag = rng.chance(0.004) ? rng.pick(VERSLAGEN_MULTILINE) : rng.pick(VERSLAGEN);
      else if (soort === "Werkafspraak") verslag = rng.pick(WERKAFSPRAAK);
      else if (soort === "Telefonisch") verslag = rng.chance(0.2) ? rng.pick(TELEFOON) : "";
      else verslag = rng.chance(0.25) ? rng.pick(EMAIL) : "";
      cRows.push([
        emp.nr,
        dates.get(cDay[i]),
        soort,
        partnerName(rng, p, 0.02),
        rng.pick(ACCOUNTMANAGERS[p]),
        verslag,
      ]);
    }
  }

  // ---- employer rows (audit trail, W02/W04 as generated) -------------------------------------
  const werkgeverRows: DemoCell[][] = new Array(E);
  {
    const auditDay = new Int32Array(E);
    for (let e = 0; e < E; e++) {
      const g = group[e];
      let a: number | null;
      if (g === G_EDGE) a = lastAct[e];
      else if (lastAct[e] < -2147483640) a = rng.chance(0.6) ? null : workday(rng, oldAudit, windowStart - 1);
      else if (g === G_W04 || g === G_W02) a = rng.chance(0.2) ? null : lastAct[e];
      else a = rng.chance(0.08) ? null : lastAct[e];
      if (a !== null && a > exportDay) a = exportDay;
      auditDay[e] = a === null ? -2147483647 : a;
      if (a !== null && inWindow(a)) actInWindow[e] = 1;
      // Datum invoer not after the first activity (duplicates keep theirs: they are the later records)
      const emp = employers[e];
      if (!dupRole[e] && firstAct[e] < emp.invoer) emp.invoer = max(firstEntry, firstAct[e] - rng.int(0, 30));
      if (!hasVac[e] && !hasBezoek[e]) planted.W02++;
      if (!actInWindow[e]) planted.W04++;
    }
    const invoer = new Int32Array(E);
    for (let e = 0; e < E; e++) invoer[e] = employers[e].invoer;
    const order = orderByDay(invoer, E);
    for (let k = 0; k < E; k++) {
      const e = order[k];
      const m = employers[e];
      werkgeverRows[k] = [
        m.nr,
        m.name,
        m.kvk,
        m.pc,
        m.hn,
        m.plaats,
        m.sectorText,
        m.size,
        partnerName(rng, m.org, 0.01),
        m.am,
        dates.get(m.invoer),
        auditDay[e] < -2147483640 ? null : dates.get(auditDay[e]),
      ];
    }
  }

  // ---- candidates ---------------------------------------------------------------------------
  const K = nCandidates;
  const kandidaatRows: DemoCell[][] = new Array(K);
  {
    const kRole = new Uint8Array(K);
    planted.K01 = assignRole(rng, kRole, plant(K, 0.0023, 1, 30), 1).length;
    const orgPick = new Weighted([35, 8, 8, 5, 44]);
    const sectorPick = new Weighted(SECTORS.map((s) => s.ambitie.reduce((a, b) => a + b, 0) + 80));
    const bsns = new Set<string>();
    for (let i = 0; i < K; i++) {
      const p = orgPick.pick(rng);
      let beperkt = rng.chance(0.275);
      let register = beperkt && rng.chance(0.7);
      if (kRole[i]) {
        beperkt = false;
        register = true;
      }
      const uitkering = beperkt
        ? rng.pick(isMunicipality(p) ? BANEN_UITKERING_GEMEENTE : BANEN_UITKERING_UWV)
        : (isMunicipality(p) ? UITKERING_GEMEENTE : UITKERING_UWV).pick(rng);
      const row: DemoCell[] = [
        `KL${6000000 + i}`,
        partnerName(rng, p, 0.01),
        beperkt ? "ja" : "nee",
        register ? "ja" : "nee",
        rng.chance(0.15) ? "" : SECTORS[sectorPick.pick(rng)].name,
        dates.get(workday(rng, windowStart, availableUntil)),
        uitkering,
      ];
      if (withBsn) {
        let bsn = "";
        if (!rng.chance(0.02)) {
          for (;;) {
            const digits = String(rng.int(10000000, 99999999));
            let s = 0;
            for (let d = 0; d < 8; d++) s += (9 - d) * (digits.charCodeAt(d) - 48);
            const check = s % 11;
            if (check === 10) continue;
            bsn = digits + String(check);
            if (!bsns.has(bsn)) break;
          }
          bsns.add(bsn);
        }
        row.splice(1, 0, bsn);
      }
      kandidaatRows[i] = row;
    }
    if (withBsn) planted.PV1 = 1;
  }

  // ---- assemble with a few blank rows --------------------------------------------------------
  const sortedPlacements: DemoCell[][] = [];
  {
    const order = orderByDay(sortDay, nPlacementRows);
    for (let k = 0; k < nPlacementRows; k++) sortedPlacements.push(placementRows[order[k]]);
  }
  const vacOrder = orderByDay(vOnt, V);
  const sortedVacancies: DemoCell[][] = new Array(V);
  for (let k = 0; k < V; k++) sortedVacancies[k] = vacRows[vacOrder[k]];

  const withBlanks = (rows: DemoCell[][], at: readonly number[]): DemoCell[][] => {
    for (const frac of [...at].sort((a, b) => b - a)) {
      if (rows.length < 20) break;
      rows.splice(floor(rows.length * frac), 0, []);
    }
    return rows;
  };

  const sheets: DemoSheet[] = [
    ambitieSheet,
    sectorSheet,
    bedrijvenSheet,
    toolboxSheet,
    {
      name: "WBS plaatsingen",
      kind: "Plaatsingen",
      rows: [H_PLAATSINGEN, ...withBlanks(sortedPlacements, [0.37])],
    },
    { name: "WBS vacatures", kind: "Vacatures", rows: [H_VACATURES, ...withBlanks(sortedVacancies, [0.81])] },
    { name: "WBS werkgevers", kind: "Werkgevers", rows: [H_WERKGEVERS, ...withBlanks(werkgeverRows, [1])] },
    { name: "WBS contacten", kind: "Contacten", rows: [H_CONTACTEN, ...withBlanks(cRows, [0.55, 0.55])] },
    {
      name: "Kandidaten",
      kind: "Kandidaten",
      rows: [withBsn ? [H_KANDIDATEN[0], "BSN", ...H_KANDIDATEN.slice(1)] : H_KANDIDATEN, ...kandidaatRows],
    },
  ];

  const reconciliatie: DemoReconciliatie = {
    gelezen: nPlacementRows,
    geteld: nBase - planted.P06 - nPre - nPost,
    dubbel: planted.P05,
    voorPeriode: nPre,
    naPeildatum: nPost,
    ongeldigeDatum: planted.P06,
    onbekendeSector,
    onbekendeOrganisatie,
  };

  return {
    sheets,
    peildatum: fmtDay(peil, "ymd"),
    planted,
    plantedDetail: { W01: plantedW01, P02: plantedP02, P03: plantedP03, T01: plantedT01 },
    reconciliatie,
  };
}

/**
 * The ambition sheet: a title line, a blank line, the header, ten sectors and a Totaal row.
 * With errors the planted findings do not cascade: the Totaal row sums the rows that have a sector
 * name (DOMAIN.md: "the sum of the sector rows"), the text cell counts as 0 in every sum, and the
 * negative cell keeps all sums whole.
 */
function buildAmbitie(year: number, errors: boolean, planted: Record<DemoRuleId, number>): DemoSheet {
  type Line = { name: string | null; cells: (number | string)[] };
  const lines: Line[] = SECTORS.map((s) => ({ name: s.name, cells: [...s.ambitie] }));
  const num = (c: number | string): number => (typeof c === "number" ? c : 0);
  if (errors) {
    lines[5].cells[2] = "ca. 50"; // A04: Horeca en leisure, Rijswijk (text)
    lines[2].cells[1] = -5; // A04: Transport, logistiek, groothandel, Delft (negative)
    lines.splice(7, 0, { name: null, cells: [10, 5, 0, 5, 10] }); // A01: numbers without a sector
    lines.push({ name: "Beveiliging", cells: [20, 0, 5, 0, 0] }); // A05: a sector twice
    planted.A01 = 1;
    planted.A04 = 2;
    planted.A05 = 1;
  }
  const rows: DemoCell[][] = [
    [`Plaatsingsambitie ${year} per sector en gemeente/UWV`],
    [],
    ["Sectoren", ...PARTNERS, "Totaal"],
  ];
  const colSums = new Array<number>(NP).fill(0);
  let totalSum = 0;
  for (const l of lines) {
    let t = l.cells.reduce<number>((a, b) => a + num(b), 0);
    if (errors && l.name === "Zorg, welzijn, schoonmaak") {
      t += 10; // A02: the row total is off by 10
      planted.A02 = 1;
    }
    if (l.name !== null) {
      l.cells.forEach((c, i) => (colSums[i] += num(c)));
      totalSum += t;
    }
    rows.push([l.name, ...l.cells, t]);
  }
  const totaal: DemoCell[] = ["Totaal", ...colSums, totalSum];
  if (errors) {
    // A03: the Westland cell of the Totaal row is off by 10. The grand total still equals the sum
    // of the Totaal column and, because the A02 row is off by 10 too, the sum of its own cells.
    totaal[4] = colSums[3] + 10;
    planted.A03 = 1;
  }
  rows.push(totaal);
  return { name: `Ambitie ${year}`, kind: "Ambitie", rows };
}
