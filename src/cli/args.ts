/**
 * Command-line arguments: `report <files…> [--peildatum JJJJ-MM-DD] [--json out.json] [--xlsx out.xlsx]
 * [--overheid <sector>]…` and `demo`.
 */

export class UsageError extends Error {}

interface CommonArgs {
  peildatum?: string;
  json?: string;
  xlsx?: string;
  /** The government sectors of the banenafspraak (--overheid, repeatable; "geen": none); default when absent. */
  overheidSectoren?: string[];
}

export interface ReportArgs extends CommonArgs {
  command: "report";
  files: string[];
}

export interface DemoArgs extends CommonArgs {
  command: "demo";
}

export type CliArgs = ReportArgs | DemoArgs | { command: "help" };

export const USAGE = [
  "Gebruik:",
  "  wsp-monitor report <bestanden…> [--peildatum JJJJ-MM-DD] [--json uit.json] [--xlsx uit.xlsx]",
  "                     [--overheid <sector>]…",
  "  wsp-monitor demo [--peildatum JJJJ-MM-DD] [--json uit.json] [--xlsx uit.xlsx]",
  "                   [--overheid <sector>]…",
  "Bestanden: .xlsx of .xlsm (elk blad) en .csv of .txt, in willekeurige volgorde; bronnen worden",
  "  herkend aan hun kolomkoppen.",
  '--overheid: een sector waarvan de banen als overheid tellen (herhaalbaar; "geen": alles is markt);',
  "  standaard Openbaar bestuur (overheid) en onderwijs. Een naam die niet in de sectorlijst staat,",
  "  wordt geweigerd.",
  "--: wat volgt zijn bestanden, ook als hun naam met - begint.",
].join("\n");

/** Said after a bad call, instead of the whole usage text: one line. */
export const USAGE_HINT = "hulp: wsp-monitor --help";

const OPTIONS = new Set(["--peildatum", "--json", "--xlsx", "--overheid"]);
/** Options that may be given more than once. */
const REPEATABLE = new Set(["--overheid"]);

const isHelp = (arg: string) => arg === "--help" || arg === "-h";

export function parseArgs(argv: readonly string[]): CliArgs {
  const [command, ...rest] = argv;
  if (command === undefined || command === "help") return { command: "help" };
  // --help or -h anywhere before "--" (after it, every argument is a file).
  const beforeFiles = argv.indexOf("--") < 0 ? argv : argv.slice(0, argv.indexOf("--"));
  if (beforeFiles.some(isHelp)) return { command: "help" };
  if (command !== "report" && command !== "demo")
    throw new UsageError(`onbekende opdracht "${command}"; gebruik "report" of "demo"`);
  const files: string[] = [];
  const options: Record<string, string> = {};
  const overheid: string[] = [];
  // After "--" every argument is a file, also one whose name starts with "-".
  const end = rest.indexOf("--");
  const optionArgs = end < 0 ? rest : rest.slice(0, end);
  for (let i = 0; i < optionArgs.length; i++) {
    const arg = optionArgs[i];
    const eq = arg.indexOf("=");
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (arg.startsWith("--")) {
      if (!OPTIONS.has(name)) throw new UsageError(`onbekende optie ${name}`);
      const value = eq > 0 ? arg.slice(eq + 1) : optionArgs[++i];
      if (value === undefined || value === "" || value.startsWith("--"))
        throw new UsageError(`optie ${name} mist een waarde`);
      if (REPEATABLE.has(name)) {
        overheid.push(value.trim());
        continue;
      }
      if (name in options) throw new UsageError(`optie ${name} staat er twee keer`);
      options[name] = value;
    } else if (arg.length > 1 && arg.startsWith("-"))
      throw new UsageError(`onbekende optie ${arg}; een bestand waarvan de naam met - begint, komt na --`);
    else files.push(arg);
  }
  if (end >= 0) files.push(...rest.slice(end + 1));
  if (overheid.includes("geen") && overheid.length > 1)
    throw new UsageError("--overheid geen gaat niet samen met een andere --overheid");
  const common: CommonArgs = {
    peildatum: options["--peildatum"],
    json: options["--json"],
    xlsx: options["--xlsx"],
    ...(overheid.length > 0 ? { overheidSectoren: overheid.filter((s) => s !== "geen") } : {}),
  };
  if (command === "demo") {
    if (files.length > 0) throw new UsageError(`"demo" neemt geen bestanden (gevonden: ${files[0]})`);
    return { command, ...common };
  }
  if (files.length === 0) throw new UsageError("geef ten minste één bestand (.xlsx of .csv)");
  return { command, files, ...common };
}
