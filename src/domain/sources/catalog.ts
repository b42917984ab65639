/**
 * The nine sources of DOMAIN.md as data: their columns, header aliases, value kinds and which columns
 * are required. Recognition, reading, the rules' prerequisites and the user documentation all read this.
 */

export type SourceType =
  | "Ambitie"
  | "Sectoren"
  | "Bedrijven"
  | "Toolbox"
  | "Plaatsingen"
  | "Vacatures"
  | "Werkgevers"
  | "Contacten"
  | "Kandidaten";

export type ValueKind = "text" | "date" | "number" | "bool";

export interface ColumnDef {
  /** Stable key used in code and in the column mapping. */
  key: string;
  /** Header as DOMAIN.md spells it. */
  label: string;
  aliases: readonly string[];
  kind: ValueKind;
  required: boolean;
}

export interface SourceDef {
  type: SourceType;
  /** Dutch description for users. */
  description: string;
  columns: readonly ColumnDef[];
  /** The column that identifies a record in findings. */
  idColumn?: string;
}

const col = (
  key: string,
  label: string,
  kind: ValueKind,
  required: boolean,
  aliases: string[] = [],
): ColumnDef => ({
  key,
  label,
  kind,
  required,
  aliases,
});

const sector = (required: boolean) => col("sector", "Sector", "text", required, ["Sectoren", "Branche"]);
const organisatie = (required: boolean) =>
  col("organisatie", "Organisatie", "text", required, ["Gemeente/UWV", "Geregistreerd door", "Partner"]);
const werkgevernummer = (required: boolean) =>
  col("werkgevernummer", "Werkgevernummer", "text", required, [
    "Werkgevernr",
    "Werkgever ID",
    "Relatienummer",
  ]);
const vacaturenummer = (required: boolean) =>
  col("vacaturenummer", "Vacaturenummer", "text", required, ["Vacaturenr", "Vacature ID"]);
const naamWerkgever = (required: boolean) =>
  col("naamWerkgever", "Naam werkgever", "text", required, ["Werkgever", "Werkgevernaam", "Bedrijfsnaam"]);
const accountmanager = col("accountmanager", "Accountmanager", "text", false);
const doelgroep = col("doelgroep", "Doelgroep", "text", false);
const project = col("project", "Project", "text", false);
const uitkering = col("uitkering", "Uitkering", "text", false, ["Uitkeringssoort"]);

export const SOURCES: readonly SourceDef[] = [
  {
    type: "Ambitie",
    description:
      "Plaatsingsambitie per sector (rijen) en partner (kolommen), met een kolom en een rij Totaal",
    // Besides these, every other column is a partner column (see sources/ambitie.ts).
    columns: [sector(true), col("totaal", "Totaal", "number", true)],
    idColumn: "sector",
  },
  {
    type: "Sectoren",
    description: "Sectorindeling: zwaarte (intensiveren/handhaven/extensiveren) en trekker per sector",
    columns: [
      sector(true),
      col("zwaarte", "Zwaarte", "text", true),
      col("trekker", "Trekker", "text", true, ["Trekkende partner", "Trekker sector"]),
      col("prioriteit", "Prioriteit", "number", false),
    ],
    idColumn: "sector",
  },
  {
    type: "Bedrijven",
    description: "Aantal bedrijven met 10 of meer werknemers per sector, met het doel voor de dekkingsgraad",
    columns: [
      sector(true),
      col("bedrijven", "Bedrijven ≥10 werknemers", "number", true, [
        "Aantal bedrijven",
        "Bedrijven >= 10 werknemers",
      ]),
      col("doelDekkingsgraad", "Doel dekkingsgraad", "number", false, ["Doel", "Streefwaarde dekkingsgraad"]),
    ],
    idColumn: "sector",
  },
  {
    type: "Toolbox",
    description: "De regionale toolbox van plaatsingsinstrumenten",
    columns: [
      col("instrument", "Instrument", "text", true),
      col("omschrijving", "Omschrijving", "text", true),
      col("ookBekendAls", "Ook bekend als", "text", false, ["Aliassen", "Alias"]),
      col("actief", "Actief", "bool", false),
    ],
    idColumn: "instrument",
  },
  {
    type: "Plaatsingen",
    description: "WBS-export van plaatsingen",
    columns: [
      col("plaatsingsnummer", "Plaatsingsnummer", "text", true, ["Plaatsingsnr", "Plaatsing ID"]),
      col("datumPlaatsing", "Datum plaatsing", "date", true, ["Plaatsingsdatum"]),
      sector(true),
      organisatie(true),
      vacaturenummer(false),
      werkgevernummer(false),
      naamWerkgever(false),
      accountmanager,
      col("klantnummer", "Klantnummer", "text", false, ["Klantnr"]),
      uitkering,
      doelgroep,
      col("banenafspraak", "Banenafspraak", "bool", false, ["Baanafspraak"]),
      col("urenPerWeek", "Uren per week", "number", false, ["Uren", "Aantal uren"]),
      project,
      col("instrument", "Instrument", "text", false, ["Plaatsingsinstrument"]),
    ],
    idColumn: "plaatsingsnummer",
  },
  {
    type: "Vacatures",
    description: "WBS-export van vacatures",
    columns: [
      vacaturenummer(true),
      werkgevernummer(true),
      col("datumOntvangst", "Datum ontvangst", "date", true, ["Ontvangstdatum", "Ontvangen op"]),
      col("datumRegistratie", "Datum registratie", "date", true, ["Registratiedatum", "Geregistreerd op"]),
      naamWerkgever(false),
      sector(false),
      organisatie(false),
      col("aantalArbeidsplaatsen", "Aantal arbeidsplaatsen", "number", false, ["Arbeidsplaatsen"]),
      col("aantalVervuld", "Aantal vervuld", "number", false, ["Vervuld"]),
      col("gevraagdAantal", "Gevraagd aantal", "number", false),
      col("status", "Status", "text", false),
      col("coproductie", "Coproductie", "bool", false),
      col("doelgroepvacature", "Doelgroepvacature", "bool", false),
      doelgroep,
      project,
    ],
    idColumn: "vacaturenummer",
  },
  {
    type: "Werkgevers",
    description: "WBS-export van werkgevers",
    columns: [
      werkgevernummer(true),
      naamWerkgever(true),
      col("postcode", "Postcode", "text", true),
      col("kvkNummer", "KvK-nummer", "text", false, ["KvK", "KvK nummer", "Kamer van Koophandel"]),
      col("huisnummer", "Huisnummer", "text", false, ["Huisnr"]),
      col("plaats", "Plaats", "text", false, ["Vestigingsplaats", "Woonplaats"]),
      sector(false),
      col("aantalWerknemers", "Aantal werknemers", "number", false, ["Werknemers", "Aantal medewerkers"]),
      col("accounthouder", "Accounthouder", "text", false),
      accountmanager,
      col("datumInvoer", "Datum invoer", "date", false, ["Invoerdatum", "Ingevoerd op"]),
      col("datumLaatsteContact", "Datum laatste contact", "date", false, ["Laatste contact"]),
    ],
    idColumn: "werkgevernummer",
  },
  {
    type: "Contacten",
    description: "Contacten en bedrijfsbezoeken (werkafspraken)",
    columns: [
      werkgevernummer(true),
      col("datum", "Datum", "date", true, ["Contactdatum", "Datum contact"]),
      col("soortContact", "Soort contact", "text", true, ["Contactsoort", "Type contact"]),
      organisatie(false),
      accountmanager,
      col("verslag", "Verslag", "text", false, ["Toelichting", "Notitie"]),
    ],
    idColumn: "werkgevernummer",
  },
  {
    type: "Kandidaten",
    description: "De regionale doelgroep: kandidaten per partner",
    columns: [
      col("klantnummer", "Klantnummer", "text", true, ["Klantnr"]),
      organisatie(true),
      col("arbeidsbeperkt", "Arbeidsbeperkt", "bool", true),
      col("doelgroepregister", "Doelgroepregister", "bool", false, ["In doelgroepregister"]),
      col("gewensteSector", "Gewenste sector", "text", false, ["Wenssector"]),
      col("beschikbaarVanaf", "Beschikbaar vanaf", "date", false),
      uitkering,
    ],
    idColumn: "klantnummer",
  },
];

export const SOURCE_TYPES: readonly SourceType[] = SOURCES.map((s) => s.type);

const BY_TYPE = new Map(SOURCES.map((s) => [s.type, s]));

export function sourceDef(type: SourceType): SourceDef {
  const def = BY_TYPE.get(type);
  if (!def) throw new Error(`Unknown source type ${type}`);
  return def;
}

export function columnDef(type: SourceType, key: string): ColumnDef {
  const def = sourceDef(type).columns.find((c) => c.key === key);
  if (!def) throw new Error(`Unknown column ${type}.${key}`);
  return def;
}

/** Sources without which there is no report. */
export const REQUIRED_SOURCES: readonly SourceType[] = ["Ambitie", "Plaatsingen"];
