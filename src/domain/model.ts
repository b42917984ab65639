/** Typed records of the nine sources, each remembering where it came from (sheet and row). */
import { Cell } from "./cells";
import { DayNumber } from "./dates";
import { SourceType } from "./sources/catalog";
import { ColumnBinding } from "./sources/detect";
import { Parsed } from "./values";

/** One sheet (or CSV file) read as a source. */
export interface SheetRef {
  /** Index of the input among all inputs. */
  index: number;
  name: string;
  file?: string;
  type: SourceType;
  columns: Map<string, ColumnBinding>;
  /** Header row texts, by index into the row arrays. */
  headers: readonly Cell[];
  /** Sheet column number (1-based) of index 0 of the row arrays. */
  firstColumn: number;
  /** Sheet row number of the header row. */
  headerRow: number;
  /** Sheet row numbers of the first and last data rows read. */
  firstDataRow: number;
  lastDataRow: number;
  date1904: boolean;
  /** Per column index: nine-digit values seen while reading, for rule PV1. */
  bsnScan: BsnScan[];
}

export interface BsnScan {
  candidates: number;
  passing: number;
  /** The first record with a value that passes the 11-test. */
  first?: RowRecord;
}

export interface RowRecord {
  sheet: SheetRef;
  /** Excel row number as the user sees it. */
  row: number;
}

export interface Plaatsing extends RowRecord {
  plaatsingsnummer?: string;
  datumPlaatsing?: DayNumber;
  sector?: string;
  organisatie?: string;
  vacaturenummer?: string;
  werkgevernummer?: string;
  naamWerkgever?: string;
  accountmanager?: string;
  klantnummer?: string;
  uitkering?: string;
  doelgroep?: string;
  banenafspraak?: boolean;
  urenPerWeek?: number;
  project?: string;
  instrument?: string;
}

export interface Vacature extends RowRecord {
  vacaturenummer?: string;
  werkgevernummer?: string;
  datumOntvangst?: DayNumber;
  datumRegistratie?: DayNumber;
  /** Whether Datum ontvangst / Datum registratie carried a time of day (00:00 too), not only a date (V01). */
  ontvangstMetTijd?: boolean;
  registratieMetTijd?: boolean;
  naamWerkgever?: string;
  sector?: string;
  organisatie?: string;
  aantalArbeidsplaatsen?: number;
  aantalVervuld?: number;
  gevraagdAantal?: number;
  status?: string;
  coproductie?: boolean;
  doelgroepvacature?: boolean;
  doelgroep?: string;
  project?: string;
}

export interface Werkgever extends RowRecord {
  werkgevernummer?: string;
  naamWerkgever?: string;
  postcode?: string;
  kvkNummer?: string;
  huisnummer?: string;
  plaats?: string;
  sector?: string;
  aantalWerknemers?: number;
  accounthouder?: string;
  accountmanager?: string;
  datumInvoer?: DayNumber;
  datumLaatsteContact?: DayNumber;
}

export interface Contact extends RowRecord {
  werkgevernummer?: string;
  datum?: DayNumber;
  soortContact?: string;
  organisatie?: string;
  accountmanager?: string;
  verslag?: string;
}

export interface Kandidaat extends RowRecord {
  klantnummer?: string;
  organisatie?: string;
  arbeidsbeperkt?: boolean;
  doelgroepregister?: boolean;
  gewensteSector?: string;
  beschikbaarVanaf?: DayNumber;
  uitkering?: string;
}

export interface SectorRow extends RowRecord {
  sector?: string;
  zwaarte?: string;
  trekker?: string;
  prioriteit?: number;
}

export interface BedrijvenRow extends RowRecord {
  sector?: string;
  bedrijven?: number;
  doelDekkingsgraad?: number;
}

export interface ToolboxRow extends RowRecord {
  instrument?: string;
  omschrijving?: string;
  ookBekendAls?: string;
  actief?: boolean;
}

export interface AmbitieRow extends RowRecord {
  /** The row's cells as read (the ambition sheet is small; its cells are quoted in findings). */
  raw: readonly Cell[];
  sector?: string;
  /** One value per partner column, in the order of `AmbitieTable.partners`. */
  cells: Parsed<number>[];
  totaal: Parsed<number>;
}

export interface AmbitieTable {
  sheet: SheetRef;
  /** Partner names as the ambition sheet spells them. */
  partners: string[];
  partnerColumns: ColumnBinding[];
  rows: AmbitieRow[];
  totalsRow?: AmbitieRow;
}

/** A value that could not be read (a date that is no date, a number that is no number, …). */
export interface ReadIssue {
  sheet: SheetRef;
  record: RowRecord;
  row: number;
  column: string;
  value: Cell;
}

export interface RecordsBySource {
  Plaatsingen: Plaatsing[];
  Vacatures: Vacature[];
  Werkgevers: Werkgever[];
  Contacten: Contact[];
  Kandidaten: Kandidaat[];
  Sectoren: SectorRow[];
  Bedrijven: BedrijvenRow[];
  Toolbox: ToolboxRow[];
}
