/**
 * One record builder per source: each field read by its column's reader, written as one object
 * literal so that all records of a source share one shape (fast to build, fast to read).
 * Every column of the catalog is read (a test checks the builders against the catalog).
 */
import {
  BedrijvenRow,
  Contact,
  Kandidaat,
  Plaatsing,
  RecordsBySource,
  SectorRow,
  ToolboxRow,
  Vacature,
  Werkgever,
} from "../model";
import { RecordBuilder } from "./fields";

const plaatsing: RecordBuilder<Plaatsing> = (f) => {
  const plaatsingsnummer = f.text("plaatsingsnummer");
  const datumPlaatsing = f.date("datumPlaatsing");
  const sector = f.text("sector");
  const organisatie = f.text("organisatie");
  const vacaturenummer = f.text("vacaturenummer");
  const werkgevernummer = f.text("werkgevernummer");
  const naamWerkgever = f.text("naamWerkgever");
  const accountmanager = f.text("accountmanager");
  const klantnummer = f.text("klantnummer");
  const uitkering = f.text("uitkering");
  const doelgroep = f.text("doelgroep");
  const banenafspraak = f.bool("banenafspraak");
  const urenPerWeek = f.number("urenPerWeek");
  const project = f.text("project");
  const instrument = f.text("instrument");
  return (sheet, row, c) => ({
    sheet,
    row,
    plaatsingsnummer: plaatsingsnummer(c),
    datumPlaatsing: datumPlaatsing(c),
    sector: sector(c),
    organisatie: organisatie(c),
    vacaturenummer: vacaturenummer(c),
    werkgevernummer: werkgevernummer(c),
    naamWerkgever: naamWerkgever(c),
    accountmanager: accountmanager(c),
    klantnummer: klantnummer(c),
    uitkering: uitkering(c),
    doelgroep: doelgroep(c),
    banenafspraak: banenafspraak(c),
    urenPerWeek: urenPerWeek(c),
    project: project(c),
    instrument: instrument(c),
  });
};

const vacature: RecordBuilder<Vacature> = (f) => {
  const vacaturenummer = f.text("vacaturenummer");
  const werkgevernummer = f.text("werkgevernummer");
  const datumOntvangst = f.date("datumOntvangst");
  const datumRegistratie = f.date("datumRegistratie");
  const ontvangstMetTijd = f.timed("datumOntvangst");
  const registratieMetTijd = f.timed("datumRegistratie");
  const naamWerkgever = f.text("naamWerkgever");
  const sector = f.text("sector");
  const organisatie = f.text("organisatie");
  const aantalArbeidsplaatsen = f.number("aantalArbeidsplaatsen");
  const aantalVervuld = f.number("aantalVervuld");
  const gevraagdAantal = f.number("gevraagdAantal");
  const status = f.text("status");
  const coproductie = f.bool("coproductie");
  const doelgroepvacature = f.bool("doelgroepvacature");
  const doelgroep = f.text("doelgroep");
  const project = f.text("project");
  return (sheet, row, c) => ({
    sheet,
    row,
    vacaturenummer: vacaturenummer(c),
    werkgevernummer: werkgevernummer(c),
    datumOntvangst: datumOntvangst(c),
    datumRegistratie: datumRegistratie(c),
    ontvangstMetTijd: ontvangstMetTijd(c),
    registratieMetTijd: registratieMetTijd(c),
    naamWerkgever: naamWerkgever(c),
    sector: sector(c),
    organisatie: organisatie(c),
    aantalArbeidsplaatsen: aantalArbeidsplaatsen(c),
    aantalVervuld: aantalVervuld(c),
    gevraagdAantal: gevraagdAantal(c),
    status: status(c),
    coproductie: coproductie(c),
    doelgroepvacature: doelgroepvacature(c),
    doelgroep: doelgroep(c),
    project: project(c),
  });
};

const werkgever: RecordBuilder<Werkgever> = (f) => {
  const werkgevernummer = f.text("werkgevernummer");
  const naamWerkgever = f.text("naamWerkgever");
  const postcode = f.text("postcode");
  const kvkNummer = f.text("kvkNummer");
  const huisnummer = f.text("huisnummer");
  const plaats = f.text("plaats");
  const sector = f.text("sector");
  const aantalWerknemers = f.number("aantalWerknemers");
  const accounthouder = f.text("accounthouder");
  const accountmanager = f.text("accountmanager");
  const datumInvoer = f.date("datumInvoer");
  const datumLaatsteContact = f.date("datumLaatsteContact");
  return (sheet, row, c) => ({
    sheet,
    row,
    werkgevernummer: werkgevernummer(c),
    naamWerkgever: naamWerkgever(c),
    postcode: postcode(c),
    kvkNummer: kvkNummer(c),
    huisnummer: huisnummer(c),
    plaats: plaats(c),
    sector: sector(c),
    aantalWerknemers: aantalWerknemers(c),
    accounthouder: accounthouder(c),
    accountmanager: accountmanager(c),
    datumInvoer: datumInvoer(c),
    datumLaatsteContact: datumLaatsteContact(c),
  });
};

const contact: RecordBuilder<Contact> = (f) => {
  const werkgevernummer = f.text("werkgevernummer");
  const datum = f.date("datum");
  const soortContact = f.text("soortContact");
  const organisatie = f.text("organisatie");
  const accountmanager = f.text("accountmanager");
  const verslag = f.text("verslag");
  return (sheet, row, c) => ({
    sheet,
    row,
    werkgevernummer: werkgevernummer(c),
    datum: datum(c),
    soortContact: soortContact(c),
    organisatie: organisatie(c),
    accountmanager: accountmanager(c),
    verslag: verslag(c),
  });
};

const kandidaat: RecordBuilder<Kandidaat> = (f) => {
  const klantnummer = f.text("klantnummer");
  const organisatie = f.text("organisatie");
  const arbeidsbeperkt = f.bool("arbeidsbeperkt");
  const doelgroepregister = f.bool("doelgroepregister");
  const gewensteSector = f.text("gewensteSector");
  const beschikbaarVanaf = f.date("beschikbaarVanaf");
  const uitkering = f.text("uitkering");
  return (sheet, row, c) => ({
    sheet,
    row,
    klantnummer: klantnummer(c),
    organisatie: organisatie(c),
    arbeidsbeperkt: arbeidsbeperkt(c),
    doelgroepregister: doelgroepregister(c),
    gewensteSector: gewensteSector(c),
    beschikbaarVanaf: beschikbaarVanaf(c),
    uitkering: uitkering(c),
  });
};

const sectorRow: RecordBuilder<SectorRow> = (f) => {
  const sector = f.text("sector");
  const zwaarte = f.text("zwaarte");
  const trekker = f.text("trekker");
  const prioriteit = f.number("prioriteit");
  return (sheet, row, c) => ({
    sheet,
    row,
    sector: sector(c),
    zwaarte: zwaarte(c),
    trekker: trekker(c),
    prioriteit: prioriteit(c),
  });
};

const bedrijvenRow: RecordBuilder<BedrijvenRow> = (f) => {
  const sector = f.text("sector");
  const bedrijven = f.number("bedrijven");
  const doelDekkingsgraad = f.number("doelDekkingsgraad");
  return (sheet, row, c) => ({
    sheet,
    row,
    sector: sector(c),
    bedrijven: bedrijven(c),
    doelDekkingsgraad: doelDekkingsgraad(c),
  });
};

const toolboxRow: RecordBuilder<ToolboxRow> = (f) => {
  const instrument = f.text("instrument");
  const omschrijving = f.text("omschrijving");
  const ookBekendAls = f.text("ookBekendAls");
  const actief = f.bool("actief");
  return (sheet, row, c) => ({
    sheet,
    row,
    instrument: instrument(c),
    omschrijving: omschrijving(c),
    ookBekendAls: ookBekendAls(c),
    actief: actief(c),
  });
};

export const RECORD_BUILDERS: { [K in keyof RecordsBySource]: RecordBuilder<RecordsBySource[K][number]> } = {
  Plaatsingen: plaatsing,
  Vacatures: vacature,
  Werkgevers: werkgever,
  Contacten: contact,
  Kandidaten: kandidaat,
  Sectoren: sectorRow,
  Bedrijven: bedrijvenRow,
  Toolbox: toolboxRow,
};
