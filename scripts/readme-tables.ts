/**
 * The README's tables of sources and rules come from the catalogs, so the documentation cannot drift:
 * `npx tsx scripts/readme-tables.ts --write` rewrites them; a test checks they are up to date.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { RULES } from "../src/domain/rules/catalog";
import { SOURCES } from "../src/domain/sources/catalog";

const cell = (text: string) => text.replace(/\|/g, "\\|");

export function rulesTable(): string {
  const rows = RULES.map(
    (r) => `| ${r.id} | ${cell(r.description)} | ${r.severities.join(" / ")} | ${r.source} |`,
  );
  return ["| id | wat wordt gecontroleerd | ernst | bron |", "|---|---|---|---|", ...rows].join("\n");
}

export function sourcesTable(): string {
  const columns = (required: boolean) => (s: (typeof SOURCES)[number]) =>
    s.columns
      .filter((c) => c.required === required)
      .map((c) => (c.aliases.length > 0 ? `${c.label} (${c.aliases.join(", ")})` : c.label))
      .join("; ");
  const rows = SOURCES.map((s) => {
    const required = columns(true)(s) + (s.type === "Ambitie" ? "; een kolom per partner" : "");
    return `| **${s.type}** | ${cell(s.description)} | ${cell(required)} | ${cell(columns(false)(s)) || "—"} |`;
  });
  return [
    "| bron | wat | verplichte kolommen (ook herkend als) | optionele kolommen |",
    "|---|---|---|---|",
    ...rows,
  ].join("\n");
}

const README = join(__dirname, "..", "README.md");

export function withTables(readme: string): string {
  return readme
    .replace(/(<!-- bronnen:begin -->\n)[\s\S]*?(\n<!-- bronnen:end -->)/, `$1${sourcesTable()}$2`)
    .replace(/(<!-- regels:begin -->\n)[\s\S]*?(\n<!-- regels:end -->)/, `$1${rulesTable()}$2`);
}

if (require.main === module && process.argv.includes("--write")) {
  writeFileSync(README, withTables(readFileSync(README, "utf8")));
}
