/**
 * Everything rules and figures share: the options, the reference lists turned into matchers, and
 * indexes over the records, each computed once on first use.
 */
import { dayFromYmd, DayNumber, twelveMonthWindow, yearOf } from "./dates";
import { Cell, cellText, columnLetter } from "./cells";
import { BsnScan, Plaatsing, RowRecord, SheetRef } from "./model";
import { BSN_MASK, bsnCandidates, maskBsn } from "./privacy";
import { KeyMatcher, Match, ONBEKEND, PartnerMatcher, sectorMatcher } from "./matching";
import { isBedrijfsbezoek } from "./rules/employer-keys";
import { SourceType, sourceDef } from "./sources/catalog";
import { Dataset } from "./sources/load";
import { matchKey } from "./text";

export interface Thresholds {
  /** realisatie / pro rata at or above this: op koers (green). */
  opKoers: number;
  /** at or above this: aandacht (amber); below: achter (red). */
  aandacht: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = { opKoers: 1.0, aandacht: 0.9 };

export interface AnalysisOptions {
  peildatum: DayNumber;
  thresholds?: Thresholds;
  /** Extra sector names: alias -> sector as in the ambition sheet. */
  sectorAliases?: Record<string, string>;
  /** Extra partner names: alias -> partner. */
  partnerAliases?: Record<string, string>;
  /** Extra instrument names: alias -> instrument of the toolbox. */
  instrumentAliases?: Record<string, string>;
  /**
   * The sectors whose banen count as government for the banenafspraak (a local definition of
   * DOMAIN.md); the rest is market. Default: DEFAULT_OVERHEID_SECTOREN.
   */
  overheidSectoren?: readonly string[];
}

/** DOMAIN.md's local definition: this sector is government, all others are market. */
export const DEFAULT_OVERHEID_SECTOREN: readonly string[] = ["Openbaar bestuur (overheid) en onderwijs"];

export { ONBEKEND };

/** Instrument keys that say no instrument was used ("geen", "n.v.t.", "-"): as good as empty. */
const NO_INSTRUMENT = new Set(["", "geen", "geeninstrument", "nvt", "nietvantoepassing", "none"]);

/** Whether an Instrument cell names an instrument (empty, "geen", "n.v.t." and "-" do not). */
export function namesInstrument(text: string | undefined): text is string {
  return text !== undefined && !NO_INSTRUMENT.has(matchKey(text));
}

/** Share of nine-digit values that must pass the 11-test before a column counts as holding BSNs. */
export const BSN_PASSING_SHARE = 0.5;

/** A column that holds citizen service numbers (rule PV1). */
export interface BsnColumn {
  sheet: SheetRef;
  index: number;
  header: string;
  letter: string;
  passing: number;
  /** The record with the first BSN in the column. */
  first: RowRecord;
}

/** How a placement row counts (DOMAIN.md "Figures"), in the order the rows are classified. */
export enum PlacementClass {
  Counted = 0,
  InvalidDate = 1,
  Duplicate = 2,
  AfterPeildatum = 3,
  BeforePeriod = 4,
}

export interface ResolvedPlacement {
  sector: string;
  sectorMatch: Match;
  partner: string;
}

/** The counted placements (in row order), their resolution and their row indexes, as parallel arrays. */
export interface CountedPlacements {
  placements: Plaatsing[];
  resolved: ResolvedPlacement[];
  /** Index of each counted placement in `data.records.Plaatsingen`. */
  rows: number[];
}

/** Sources with a Werkgevernummer column. */
export type EmployerSource = "Plaatsingen" | "Vacatures" | "Werkgevers" | "Contacten";

/**
 * What is known of each employer's contacts, from vacancies, contacts and the audit trail, by employer
 * number (`AnalysisContext.employersOf`).
 */
export class EmployerContacts {
  constructor(
    private readonly inWindowFlags: Uint8Array,
    private readonly firstDays: Float64Array,
  ) {}

  /** Contact within the 12 months up to the peildatum. */
  inWindow(employer: number): boolean {
    return employer >= 0 && employer < this.inWindowFlags.length && this.inWindowFlags[employer] === 1;
  }

  /** Earliest contact date seen, or undefined without any contact. */
  first(employer: number): DayNumber | undefined {
    const day = employer >= 0 && employer < this.firstDays.length ? this.firstDays[employer] : Infinity;
    return day === Infinity ? undefined : day;
  }
}

/** Vacancy numbers joined once (see `AnalysisContext.vacancyJoin`). */
export interface VacancyJoin {
  /** Distinct Vacaturenummers of placements and vacancies: numbers run from 0 to size − 1. */
  size: number;
  /** Per vacancy row: the number of its Vacaturenummer (-1 without one). */
  ofVacancy: Int32Array;
  /** Per placement row: the number of its Vacaturenummer, -1 when empty or not in the vacancy source. */
  ofPlacement: Int32Array;
}

function lazy<T>(compute: () => T): () => T {
  let value: T | undefined;
  let done = false;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value as T;
  };
}

export class AnalysisContext {
  readonly peildatum: DayNumber;
  readonly year: number;
  /** 1 January of the peildatum's year. */
  readonly periodStart: DayNumber;
  readonly window: { start: DayNumber; end: DayNumber };
  readonly thresholds: Thresholds;
  readonly sectors: KeyMatcher;
  /** Sector names in report order: the ambition sheet's, then the sector sheet's. */
  readonly sectorNames: string[];
  readonly partners: PartnerMatcher;
  readonly instruments: KeyMatcher | undefined;
  /** Toolbox instruments marked Actief = nee (T01 warns when one is still used). */
  readonly inactiveInstruments: ReadonlySet<string>;

  constructor(
    readonly data: Dataset,
    readonly options: AnalysisOptions,
  ) {
    this.peildatum = Math.floor(options.peildatum);
    this.year = yearOf(this.peildatum);
    this.periodStart = dayFromYmd(this.year, 1, 1);
    this.window = twelveMonthWindow(this.peildatum);
    this.thresholds = options.thresholds ?? DEFAULT_THRESHOLDS;
    this.partners = data.partners;

    const names: string[] = [];
    const seen = new Set<string>();
    const addSector = (name: string | undefined) => {
      // Compared by sector key, as A05 and the ambition lookup do.
      const key = name === undefined ? "" : matchKey(name);
      if (name !== undefined && key !== "" && !seen.has(key)) {
        seen.add(key);
        names.push(name);
      }
    };
    for (const row of data.ambitie?.rows ?? []) addSector(row.sector);
    for (const row of data.records.Sectoren) addSector(row.sector);
    this.sectorNames = names;
    this.sectors = sectorMatcher(names, options.sectorAliases);

    this.inactiveInstruments = new Set(
      data.records.Toolbox.filter((t) => t.actief === false && t.instrument !== undefined).map(
        (t) => t.instrument as string,
      ),
    );
    if (data.loaded.has("Toolbox")) {
      const extra = new Map<string, string[]>();
      for (const [alias, instrument] of Object.entries(options.instrumentAliases ?? {})) {
        extra.set(instrument, [...(extra.get(instrument) ?? []), alias]);
      }
      this.instruments = new KeyMatcher(
        data.records.Toolbox.filter((t) => t.instrument !== undefined).map((t) => ({
          name: t.instrument as string,
          aliases: [
            ...(t.ookBekendAls ?? "")
              .split(/[,;]/)
              .map((a) => a.trim())
              .filter((a) => a !== ""),
            ...(extra.get(t.instrument as string) ?? []),
          ],
        })),
      );
    }
  }

  /** A source is loaded when at least one sheet of its type was read. */
  hasSource(type: SourceType): boolean {
    return (this.data.loaded.get(type)?.length ?? 0) > 0;
  }

  /** A column is present when every sheet of its source has it. */
  hasColumn(type: SourceType, key: string): boolean {
    const sheets = this.data.loaded.get(type);
    return !!sheets && sheets.length > 0 && sheets.every((s) => s.columns.has(key));
  }

  /** Sheets of a source that lack a column (for "niet toetsbaar" messages). */
  sheetsWithout(type: SourceType, key: string): string[] {
    return (this.data.loaded.get(type) ?? []).filter((s) => !s.columns.has(key)).map((s) => s.name);
  }

  recordId(record: RowRecord): string {
    const idColumn = sourceDef(record.sheet.type).idColumn;
    const value = idColumn ? (record as unknown as Record<string, unknown>)[idColumn] : undefined;
    return value === undefined ? "" : String(value);
  }

  /**
   * The record id as a finding shows it: masked when the id column is a BSN column (PV1) — also an id
   * that no longer looks like a BSN, as when Excel dropped its leading zero — and any BSN in it masked.
   */
  shownRecordId(record: RowRecord): string {
    const idColumn = sourceDef(record.sheet.type).idColumn;
    const binding = idColumn ? record.sheet.columns.get(idColumn) : undefined;
    if (binding && this.isBsnCell(record.sheet, binding.index)) return BSN_MASK;
    return maskBsn(this.recordId(record));
  }
  /** The partner a record belongs to: its Organisatie, for an employer its Accounthouder (see Finding.partner). */
  partnerOf(record: RowRecord): string | undefined {
    const fields = record as unknown as { organisatie?: string; accounthouder?: string };
    const key = record.sheet.type === "Werkgevers" ? "accounthouder" : "organisatie";
    if (!record.sheet.columns.has(key)) return undefined;
    const raw = key === "accounthouder" ? fields.accounthouder : fields.organisatie;
    return this.partners.resolve(raw) ?? ONBEKEND;
  }

  /**
   * Per placement row, the index of the row its Plaatsingsnummer counts through when that is another
   * row (-1 for the counting row itself and for rows without a number); this is the one place that decides
   * which rows repeat a number. A number counts once (P05), through its first row with a valid date —
   * or its first row, when none has one: a placement entered first with a wrong date (31-02-2015) and
   * again with the right one counts once, through the right one; the other row is the extra one.
   */
  readonly countingPlacement = lazy((): Int32Array => {
    const placements = this.data.records.Plaatsingen;
    // Plaatsingsnummers as numbered while reading (see sources/numbering.ts); per number the row it
    // counts through (-1: not yet seen), which a later row with a valid date replaces while that row
    // is still without one.
    const ids = this.data.numbers.of("Plaatsingen", "plaatsingsnummer");
    const counting = new Int32Array(this.data.numbers.size("plaatsingsnummer")).fill(-1);
    for (let i = 0; i < placements.length; i++) {
      const id = ids[i];
      if (id < 0) continue;
      const kept = counting[id];
      if (
        kept < 0 ||
        (placements[kept].datumPlaatsing === undefined && placements[i].datumPlaatsing !== undefined)
      )
        counting[id] = i;
    }
    const through = new Int32Array(placements.length).fill(-1);
    for (let i = 0; i < placements.length; i++) {
      const id = ids[i];
      if (id >= 0 && counting[id] !== i) through[i] = counting[id];
    }
    return through;
  });

  /** Each placement row's class, in row order. */
  readonly placementClasses = lazy((): Uint8Array => {
    const placements = this.data.records.Plaatsingen;
    const classes = new Uint8Array(placements.length);
    const through = this.countingPlacement();
    for (let i = 0; i < placements.length; i++) {
      const day = placements[i].datumPlaatsing;
      if (day === undefined) classes[i] = PlacementClass.InvalidDate;
      else if (through[i] >= 0) classes[i] = PlacementClass.Duplicate;
      else if (day >= this.peildatum + 1) classes[i] = PlacementClass.AfterPeildatum;
      else if (day < this.periodStart) classes[i] = PlacementClass.BeforePeriod;
      else classes[i] = PlacementClass.Counted;
    }
    return classes;
  });

  /**
   * Each placement's sector and partner as reported (Onbekend when not recognised). Placements repeat
   * the same few names, so placements with the same sector and partner texts share one object.
   */
  readonly resolvedPlacements = lazy((): ResolvedPlacement[] => {
    // By the numbers of the sector and partner texts (see sources/numbering.ts): each distinct pair
    // is resolved once, and every placement gets the shared result by indexing arrays.
    const { numbers } = this.data;
    const sectors = numbers.of("Plaatsingen", "sector");
    const partners = numbers.of("Plaatsingen", "organisatie");
    const width = numbers.size("organisatie") + 1;
    const byPair = new Map<number, ResolvedPlacement>();
    const resolved: ResolvedPlacement[] = [];
    for (let i = 0; i < sectors.length; i++) {
      const pair = (sectors[i] + 1) * width + partners[i] + 1;
      let shared = byPair.get(pair);
      if (!shared) {
        const sectorMatch = this.sectors.match(numbers.text("sector", sectors[i]));
        const partner = this.partners.resolve(numbers.text("organisatie", partners[i]));
        shared = { sector: sectorMatch.name ?? ONBEKEND, sectorMatch, partner: partner ?? ONBEKEND };
        byPair.set(pair, shared);
      }
      resolved.push(shared);
    }
    return resolved;
  });

  /**
   * Per record of `type`: `compute` of its value in a numbered column (see sources/numbering.ts),
   * computed once per distinct value — a rule maps a column without looking each cell up.
   */
  valuesOf<T>(type: SourceType, key: string, compute: (text: string | undefined) => T): T[] {
    const numbers = this.data.numbers.of(type, key);
    // Index number + 1, so that -1 (no value) gets a place too.
    const size = this.data.numbers.size(key) + 1;
    const perNumber = new Array<T>(size);
    const computed = new Uint8Array(size);
    const values: T[] = [];
    for (let i = 0; i < numbers.length; i++) {
      const at = numbers[i] + 1;
      if (computed[at] === 0) {
        perNumber[at] = compute(this.data.numbers.text(key, numbers[i]));
        computed[at] = 1;
      }
      values.push(perNumber[at]);
    }
    return values;
  }

  /**
   * Each placement's instrument as matched against the toolbox (T01 checks all rows, the instrument
   * figures count the counted ones); undefined without an instrument (see `namesInstrument`) or without
   * a toolbox.
   */
  readonly instrumentMatches = lazy((): Array<Match | undefined> => {
    const instruments = this.instruments;
    return this.valuesOf("Plaatsingen", "instrument", (instrument) =>
      instruments && namesInstrument(instrument) ? instruments.match(instrument) : undefined,
    );
  });

  /** Counted placements with their resolution, for the figures. */
  readonly countedPlacements = lazy((): CountedPlacements => {
    const classes = this.placementClasses();
    const resolved = this.resolvedPlacements();
    const placements = this.data.records.Plaatsingen;
    const counted: CountedPlacements = { placements: [], resolved: [], rows: [] };
    for (let i = 0; i < placements.length; i++) {
      if (classes[i] !== PlacementClass.Counted) continue;
      counted.placements.push(placements[i]);
      counted.resolved.push(resolved[i]);
      counted.rows.push(i);
    }
    return counted;
  });

  /**
   * Vacancy numbers joined once: every vacancy and placement row gets the number of its Vacaturenummer
   * (for a placement: only when the vacancy source has it). P02, V02 and V05 then index arrays instead
   * of each looking the same strings up in a Map of their own.
   */
  readonly vacancyJoin = lazy((): VacancyJoin => {
    // Numbered while reading, across both sources (see sources/numbering.ts).
    const size = this.data.numbers.size("vacaturenummer");
    const ofVacancy = this.data.numbers.of("Vacatures", "vacaturenummer");
    const inVacancySource = new Uint8Array(size);
    for (const vacancy of ofVacancy) if (vacancy >= 0) inVacancySource[vacancy] = 1;
    const ofPlacement = this.data.numbers
      .of("Plaatsingen", "vacaturenummer")
      .map((vacancy) => (vacancy >= 0 && inVacancySource[vacancy] === 1 ? vacancy : -1));
    return { size, ofVacancy, ofPlacement };
  });

  /**
   * Per vacancy number (of `vacancyJoin`): the number of placements (a Plaatsingsnummer counts once, as
   * in P05) and the earliest valid placement date among all its rows (Infinity when there is none).
   */
  readonly placementsByVacancy = lazy(() => {
    const { size, ofPlacement } = this.vacancyJoin();
    const count = new Int32Array(size);
    const first = new Float64Array(size).fill(Infinity);
    const placements = this.data.records.Plaatsingen;
    const through = this.countingPlacement();
    for (let i = 0; i < placements.length; i++) {
      const vacancy = ofPlacement[i];
      if (vacancy < 0) continue;
      if (through[i] < 0) count[vacancy]++;
      const day = placements[i].datumPlaatsing ?? Infinity;
      if (day < first[vacancy]) first[vacancy] = day;
    }
    return { count, first };
  });

  /** Distinct Werkgevernummers in all sources (employer numbers run from 0 to this − 1). */
  get employerCount(): number {
    return this.data.numbers.size("werkgevernummer");
  }

  /**
   * Each record's employer number: one number per distinct Werkgevernummer across all sources, as
   * numbered while reading (see sources/numbering.ts), so that joins on the employer index arrays
   * (-1: the record has no Werkgevernummer).
   */
  employersOf(type: EmployerSource): Int32Array {
    return this.data.numbers.of(type, "werkgevernummer");
  }

  /**
   * Contact per employer: a vacancy registered, a contact row, or the audit trail's
   * Datum laatste contact (DOMAIN.md "Dekkingsgraad").
   */
  readonly employerContacts = lazy((): EmployerContacts => {
    const inWindow = new Uint8Array(this.employerCount);
    const first = new Float64Array(this.employerCount).fill(Infinity);
    const { start, end } = this.window;
    const note = (employer: number, day: DayNumber | undefined) => {
      if (employer < 0 || day === undefined) return;
      const whole = Math.floor(day);
      if (whole >= start && whole <= end) inWindow[employer] = 1;
      if (whole < first[employer]) first[employer] = whole;
    };
    const { Vacatures, Contacten, Werkgevers } = this.data.records;
    const vacancies = this.employersOf("Vacatures");
    for (let i = 0; i < Vacatures.length; i++) note(vacancies[i], Vacatures[i].datumRegistratie);
    const contacts = this.employersOf("Contacten");
    for (let i = 0; i < Contacten.length; i++) note(contacts[i], Contacten[i].datum);
    const employers = this.employersOf("Werkgevers");
    for (let i = 0; i < Werkgevers.length; i++) note(employers[i], Werkgevers[i].datumLaatsteContact);
    return new EmployerContacts(inWindow, first);
  });

  /** Per contact row: whether it is a Bedrijfsbezoek (W02 and W03 both ask). */
  readonly companyVisits = lazy((): boolean[] =>
    this.valuesOf("Contacten", "soortContact", isBedrijfsbezoek),
  );

  /**
   * Columns of the sheets read as sources (the ambition sheet included) that hold citizen service
   * numbers. A sheet that is no source is not read, so it is not scanned either.
   */
  readonly bsnColumns = lazy((): BsnColumn[] => {
    const found: BsnColumn[] = [];
    const consider = (sheet: SheetRef, index: number, scan: BsnScan | undefined) => {
      if (!scan?.first || scan.passing / scan.candidates < BSN_PASSING_SHARE) return;
      const letter = columnLetter(sheet.firstColumn + index);
      const header = cellText(sheet.headers[index]) || `kolom ${letter}`;
      found.push({ sheet, index, header, letter, passing: scan.passing, first: scan.first });
    };
    // The ambition sheet keeps its cells; the other sheets were scanned while they were read.
    const ambitie = this.data.ambitie;
    if (ambitie) {
      const scans: BsnScan[] = [];
      for (const row of ambitie.rows) {
        row.raw.forEach((value, i) => {
          const hit = bsnCandidates(value);
          if (hit.candidates === 0) return;
          const scan = (scans[i] ??= { candidates: 0, passing: 0 });
          scan.candidates += hit.candidates;
          scan.passing += hit.passing;
          if (hit.passing > 0) scan.first ??= row;
        });
      }
      scans.forEach((scan, i) => consider(ambitie.sheet, i, scan));
    }
    for (const sheets of this.data.loaded.values()) {
      for (const sheet of sheets) sheet.bsnScan.forEach((scan, i) => consider(sheet, i, scan));
    }
    return found;
  });

  /** Values that could not be read, per record and column key (to quote them in findings). */
  readonly unreadable = lazy(() => {
    const values = new Map<RowRecord, Map<string, Cell>>();
    for (const issue of this.data.issues) {
      const perRecord = values.get(issue.record) ?? new Map<string, Cell>();
      perRecord.set(issue.column, issue.value);
      values.set(issue.record, perRecord);
    }
    return values;
  });

  /** Whether a cell of a sheet belongs to a BSN column (its values are never shown). */
  isBsnCell(sheet: SheetRef, index: number): boolean {
    return this.bsnColumns().some((c) => c.sheet === sheet && c.index === index);
  }
}
