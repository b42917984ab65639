/**
 * `npm run render -- file.xlsx [--out folder] [--dpi 60]`: turns a workbook into PNG pages (LibreOffice
 * headless → PDF → pdftoppm) so that a person can look at the report as it prints.
 * `--rapport`: only the add-in's report sheets (the others are hidden in a temporary copy).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { parseRegistry, REGISTRY_KEY } from "../src/excel";
import { loadXlsxFile, saveXlsxFile } from "../src/simulated-excel/node";

function fail(message: string): never {
  process.stderr.write(`render: ${message}\n`);
  process.exit(2);
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

/** A temporary copy of the workbook in which every sheet but the add-in's own is hidden. */
async function reportOnly(file: string, folder: string): Promise<string> {
  const workbook = await loadXlsxFile(file);
  const own = new Set(parseRegistry(workbook.settings.get(REGISTRY_KEY)).sheets.map((s) => s.id));
  if (own.size === 0) fail(`${file} heeft geen rapportbladen van WSP Monitor`);
  for (const sheet of workbook.worksheets) if (!own.has(sheet.id)) sheet.visibility = "Hidden";
  const copy = join(folder, basename(file));
  await saveXlsxFile(workbook, copy);
  return copy;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const file = args.find((a, i) => !a.startsWith("--") && !["--out", "--dpi"].includes(args[i - 1]));
  if (!file) fail("gebruik: npm run render -- werkmap.xlsx [--rapport] [--out map] [--dpi 60]");
  if (!existsSync(file)) fail(`bestand niet gevonden: ${file}`);
  for (const tool of ["libreoffice", "pdftoppm"]) {
    try {
      execFileSync("which", [tool], { stdio: "ignore" });
    } catch {
      fail(
        `${tool} ontbreekt; installeer: apt-get install -y --no-install-recommends libreoffice-calc poppler-utils`,
      );
    }
  }
  const name = basename(file).replace(/\.xlsx$/i, "");
  const out = resolve(option(args, "--out") ?? join("test-output", "render", name));
  const dpi = option(args, "--dpi") ?? "60";
  mkdirSync(out, { recursive: true });
  for (const old of readdirSync(out))
    if (old.endsWith(".png") || old.endsWith(".pdf")) rmSync(join(out, old));
  // A private LibreOffice profile: no clash with a running office, no first-start dialogs.
  const profile = mkdtempSync(join(tmpdir(), "wsp-render-"));
  try {
    const source = args.includes("--rapport") ? await reportOnly(file, profile) : resolve(file);
    execFileSync(
      "libreoffice",
      [
        `-env:UserInstallation=file://${profile}/profile`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        out,
        source,
      ],
      // Dutch number display, as the secretaries' Excel shows it.
      {
        stdio: "ignore",
        timeout: 180_000,
        env: { ...process.env, LC_ALL: "nl_NL.UTF-8", LANG: "nl_NL.UTF-8" },
      },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const pdf = join(out, `${name}.pdf`);
  if (!existsSync(pdf)) fail(`LibreOffice maakte geen PDF van ${file}`);
  execFileSync("pdftoppm", ["-png", "-r", dpi, pdf, join(out, "pagina")]);
  const pages = readdirSync(out)
    .filter((f) => f.endsWith(".png"))
    .sort();
  process.stdout.write(
    `${pages.length} pagina('s) in ${out}\n${pages.map((p) => `  ${join(out, p)}`).join("\n")}\n`,
  );
}

main().catch((error: Error) => fail(error.message));
