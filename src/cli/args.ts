/** Command-line arguments: `report <files…> [--peildatum JJJJ-MM-DD] [--json out.json] [--xlsx out.xlsx]` and `demo`. */

export class UsageError extends Error {}

export interface ReportArgs {
  command: "report";
  files: string[];
  peildatum?: string;
  json?: string;
  xlsx?: string;
}

export interface DemoArgs {
  command: "demo";
  peildatum?: string;
  json?: string;
  xlsx?: string;
}

export type CliArgs = ReportArgs | DemoArgs | { command: "help" };

export const USAGE = [
  "Gebruik:",
  "  wsp-monitor report <bestanden…> [--peildatum JJJJ-MM-DD] [--json uit.json] [--xlsx uit.xlsx]",
  "  wsp-monitor demo [--peildatum JJJJ-MM-DD] [--json uit.json] [--xlsx uit.xlsx]",
  "Bestanden: .xlsx (elk blad) en .csv, in willekeurige volgorde; bronnen worden herkend aan hun kolomkoppen.",
].join("\n");

const OPTIONS = new Set(["--peildatum", "--json", "--xlsx"]);

export function parseArgs(argv: readonly string[]): CliArgs {
  const [command, ...rest] = argv;
  if (command === undefined || command === "help" || command === "--help" || command === "-h")
    return { command: "help" };
  if (command !== "report" && command !== "demo")
    throw new UsageError(`onbekende opdracht "${command}"; gebruik "report" of "demo"`);
  const files: string[] = [];
  const options: Record<string, string> = {};
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const eq = arg.indexOf("=");
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (arg.startsWith("--")) {
      if (!OPTIONS.has(name)) throw new UsageError(`onbekende optie ${name}`);
      const value = eq > 0 ? arg.slice(eq + 1) : rest[++i];
      if (value === undefined || value === "" || value.startsWith("--"))
        throw new UsageError(`optie ${name} mist een waarde`);
      if (name in options) throw new UsageError(`optie ${name} staat er twee keer`);
      options[name] = value;
    } else files.push(arg);
  }
  const common = { peildatum: options["--peildatum"], json: options["--json"], xlsx: options["--xlsx"] };
  if (command === "demo") {
    if (files.length > 0) throw new UsageError(`"demo" neemt geen bestanden (gevonden: ${files[0]})`);
    return { command, ...common };
  }
  if (files.length === 0) throw new UsageError("geef ten minste één bestand (.xlsx of .csv)");
  return { command, files, ...common };
}
