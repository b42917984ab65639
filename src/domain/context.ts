/**
 * Everything rules and figures share: the options, the reference lists turned into matchers, and
 * indexes over the records, each computed once on first use.
 */
import { dayFromYmd, DayNumber, twelveMonthWindow, yearOf } from "./dates";
import { Cell, cellText, columnLetter } from "./cells";
import { BsnScan, Plaatsing, RowRecord, SheetRef } from "./model";
import { bsnCandidates } from "./privacy";
import { KeyMatcher, Match, PartnerMatcher } from "./matching";
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
}

export const ONBEKEND = "Onbekend";

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

/** What is known of an employer's contacts, from vacancies, contacts and the audit trail. */
export interface EmployerContact {
  /** Contact within the 12 months up to the peildatum. */
  inWindow: boolean;
  /** Earliest contact date seen. */
  first: DayNumber;
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
    const sectorAliases = new Map<string, string[]>();
    for (const [alias, sector] of Object.entries(options.sectorAliases ?? {})) {
      sectorAliases.set(sector, [...(sectorAliases.get(sector) ?? []), alias]);
    }
    this.sectors = new KeyMatcher(names.map((name) => ({ name, aliases: sectorAliases.get(name) })));

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

  /** Each placement row's class, in row order. */
  /**
   * Per placement row, the earlier row with the same Plaatsingsnummer (undefined for the first).
   * A Plaatsingsnummer counts once (P05); this is the one place that decides which rows repeat one.
   */
  readonly earlierPlacement = lazy((): Array<Plaatsing | undefined> => {
    const placements = this.data.records.Plaatsingen;
    const first = new Map<string, Plaatsing>();
    const earlier = new Array<Plaatsing | undefined>(placements.length);
    for (let i = 0; i < placements.length; i++) {
      const p = placements[i];
      const id = p.plaatsingsnummer;
      if (id === undefined) continue;
      const seen = first.get(id);
      if (seen) earlier[i] = seen;
      else first.set(id, p);
    }
    return earlier;
  });

  readonly placementClasses = lazy((): Uint8Array => {
    const placements = this.data.records.Plaatsingen;
    const classes = new Uint8Array(placements.length);
    const earlier = this.earlierPlacement();
    for (let i = 0; i < placements.length; i++) {
      const day = placements[i].datumPlaatsing;
      if (day === undefined) classes[i] = PlacementClass.InvalidDate;
      else if (earlier[i] !== undefined) classes[i] = PlacementClass.Duplicate;
      else if (day >= this.peildatum + 1) classes[i] = PlacementClass.AfterPeildatum;
      else if (day < this.periodStart) classes[i] = PlacementClass.BeforePeriod;
      else classes[i] = PlacementClass.Counted;
    }
    return classes;
  });

  /** Each placement's sector and partner as reported (Onbekend when not recognised). */
  readonly resolvedPlacements = lazy((): ResolvedPlacement[] =>
    this.data.records.Plaatsingen.map((p) => {
      const sectorMatch = this.sectors.match(p.sector);
      return {
        sector: sectorMatch.name ?? ONBEKEND,
        sectorMatch,
        partner: this.partners.resolve(p.organisatie) ?? ONBEKEND,
      };
    }),
  );

  /** Counted placements with their resolution, for the figures. */
  readonly countedPlacements = lazy((): Array<{ placement: Plaatsing; resolved: ResolvedPlacement }> => {
    const classes = this.placementClasses();
    const resolved = this.resolvedPlacements();
    const placements = this.data.records.Plaatsingen;
    const counted: Array<{ placement: Plaatsing; resolved: ResolvedPlacement }> = [];
    for (let i = 0; i < placements.length; i++) {
      if (classes[i] === PlacementClass.Counted)
        counted.push({ placement: placements[i], resolved: resolved[i] });
    }
    return counted;
  });

  /** Vacancy numbers of the vacancy source. */
  readonly vacancyNumbers = lazy(() => new Set(this.data.records.Vacatures.map((v) => v.vacaturenummer)));

  /**
   * Per vacancy number: the number of placements (a Plaatsingsnummer counts once, as in P05) and the
   * earliest valid placement date among all its rows.
   */
  readonly placementsByVacancy = lazy(() => {
    const byVacancy = new Map<string, { count: number; first: DayNumber }>();
    const placements = this.data.records.Plaatsingen;
    const earlier = this.earlierPlacement();
    for (let i = 0; i < placements.length; i++) {
      const p = placements[i];
      if (p.vacaturenummer === undefined) continue;
      let entry = byVacancy.get(p.vacaturenummer);
      if (!entry) {
        entry = { count: 0, first: Infinity };
        byVacancy.set(p.vacaturenummer, entry);
      }
      if (earlier[i] === undefined) entry.count++;
      const day = p.datumPlaatsing ?? Infinity;
      if (day < entry.first) entry.first = day;
    }
    return byVacancy;
  });

  /**
   * Contact per employer number: a vacancy registered, a contact row, or the audit trail's
   * Datum laatste contact (DOMAIN.md "Dekkingsgraad").
   */
  readonly employerContacts = lazy(() => {
    const contacts = new Map<string, EmployerContact>();
    const { start, end } = this.window;
    const note = (employer: string | undefined, day: DayNumber | undefined) => {
      if (employer === undefined || day === undefined) return;
      const whole = Math.floor(day);
      const inWindow = whole >= start && whole <= end;
      const entry = contacts.get(employer);
      if (entry) {
        if (inWindow) entry.inWindow = true;
        if (whole < entry.first) entry.first = whole;
      } else contacts.set(employer, { inWindow, first: whole });
    };
    for (const v of this.data.records.Vacatures) note(v.werkgevernummer, v.datumRegistratie);
    for (const c of this.data.records.Contacten) note(c.werkgevernummer, c.datum);
    for (const w of this.data.records.Werkgevers) note(w.werkgevernummer, w.datumLaatsteContact);
    return contacts;
  });

  /** Columns of any read sheet, recognised or not, that hold citizen service numbers. */
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
