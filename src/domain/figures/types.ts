/** The figures of DOMAIN.md, as computed for one peildatum. */
import { DayNumber } from "../dates";

export type Status = "op koers" | "aandacht" | "achter" | "geen ambitie";

export interface VoortgangCell {
  sector: string;
  organisatie: string;
  realisatie: number;
  /** 0 when the ambition sheet has no cell for the pair (Onbekend). */
  ambitie: number;
  /** Whether the ambition sheet has a cell for the pair. */
  heeftAmbitie: boolean;
}

export interface Progress {
  /** Sector or partner name ("Totaal" for the region). */
  naam: string;
  realisatie: number;
  ambitie: number;
  /** realisatie / ambitie; null when ambitie is 0 ("–"). */
  pctAmbitie: number | null;
  proRata: number;
  /** realisatie / pro rata; null when pro rata is 0. */
  ratio: number | null;
  status: Status;
  prognose: number;
}

export interface DekkingsgraadRow {
  sector: string;
  /** Employers with ≥ 10 staff in the sector (reference sheet Bedrijven). */
  bedrijven: number;
  /** Of those, in contact within the 12 months up to the peildatum (from the WBS employers). */
  inContact: number;
  dekkingsgraad: number | null;
  doel?: number;
  verschil?: number;
}

export interface BanenCell {
  sector: string;
  organisatie: string;
  banen: number;
  plaatsingen: number;
}

export interface BanenTotals {
  markt: number;
  overheid: number;
  totaal: number;
  doelMarkt: number;
  doelOverheid: number;
  doelTotaal: number;
  doelJaar: number;
  /** The sectors counted as government, as the sector list spells them (none: all banen are market). */
  overheidSectoren: string[];
}

export interface CountRow {
  label: string;
  plaatsingen: number;
  banen: number;
}

export interface EmployerRow {
  werkgevernummer: string;
  naam: string;
  plaatsingen: number;
  banen: number;
}

export interface MonthRow {
  maand: number;
  label: string;
  plaatsingen: number;
  cumulatief: number;
  proRata: number;
}

export interface InstrumentCell {
  instrument: string;
  organisatie: string;
  plaatsingen: number;
}

export interface DoelgroepRow {
  organisatie: string;
  kandidaten: number;
  arbeidsbeperkt: number;
  doelgroepregister: number;
  regulier: number;
}

export interface DoelgroepSectorCell {
  sector: string;
  organisatie: string;
  kandidaten: number;
  ambitie: number;
}

export interface Reconciliatie {
  gelezen: number;
  geteld: number;
  dubbel: number;
  voorPeriode: number;
  naPeildatum: number;
  ongeldigeDatum: number;
  onbekendeSector: number;
  onbekendeOrganisatie: number;
}

export interface Figures {
  peildatum: DayNumber;
  jaar: number;
  periodeStart: DayNumber;
  dagVanHetJaar: number;
  dagenInJaar: number;
  /** Sectors and partners in report order, Onbekend last where present. */
  sectoren: string[];
  organisaties: string[];
  voortgang: VoortgangCell[];
  perSector: Progress[];
  perOrganisatie: Progress[];
  totaal: Progress;
  dekkingsgraad?: DekkingsgraadRow[];
  banen?: BanenCell[];
  banenTotaal?: BanenTotals;
  perDoelgroep: CountRow[];
  perUitkering: CountRow[];
  perProject: CountRow[];
  topWerkgevers: EmployerRow[];
  perMaand: MonthRow[];
  relaties: { bestaand: number; nieuw: number; onbekend: number };
  instrumenten?: InstrumentCell[];
  doelgroep?: DoelgroepRow[];
  doelgroepPerSector?: DoelgroepSectorCell[];
  reconciliatie: Reconciliatie;
  /** What could not be computed and why, and other things the reader should know (Dutch). */
  notities: string[];
}
