/**
 * Matching names from exports against reference lists (sectors, instruments, partners).
 * Results are cached per distinct raw text: exports repeat the same few names thousands of times.
 */
import { foldTrim, matchKey, similarity } from "./text";

export type MatchKind = "exact" | "close" | "none";

export interface Match {
  /** The reference name (as spelled in the reference sheet), or undefined when not matched. */
  name: string | undefined;
  kind: MatchKind;
  similarity: number;
}

export interface MatchEntry {
  name: string;
  aliases?: readonly string[];
}

const NO_MATCH: Match = { name: undefined, kind: "none", similarity: 0 };

/** Where a sector, partner or instrument that matches nothing is counted. */
export const ONBEKEND = "Onbekend";

/**
 * How the report matches a sector name: against the sector list, each sector with the aliases the team
 * gave it (`aliases`: alias -> sector). The task pane uses the same, so what it flags the report notes.
 */
export function sectorMatcher(
  names: readonly string[],
  aliases: Readonly<Record<string, string>> = {},
): KeyMatcher {
  const bySector = new Map<string, string[]>();
  for (const [alias, sector] of Object.entries(aliases))
    bySector.set(sector, [...(bySector.get(sector) ?? []), alias]);
  return new KeyMatcher(names.map((name) => ({ name, aliases: bySector.get(name) })));
}

/**
 * The names that match no sector of `sectors` as the report matches them (key, alias, close match), in
 * the order given: a setting that names one of them would be noted in the report, not counted.
 * Onbekend is where unmatched placements go, not a sector of the list, so it is not matched either.
 */
export function unmatchedSectors(
  names: readonly string[],
  sectors: readonly string[],
  aliases: Readonly<Record<string, string>> = {},
): string[] {
  const matcher = sectorMatcher(
    sectors.filter((s) => s !== ONBEKEND),
    aliases,
  );
  return names.filter((name) => matcher.match(name).name === undefined);
}

/**
 * Key-based matching with a close-match fallback (DOMAIN.md "Sector key"): exact key of the name or an
 * alias; otherwise the most similar name key with similarity ≥ threshold (mapped, with a warning).
 */
export class KeyMatcher {
  private readonly byKey = new Map<string, string>();
  private readonly keys: Array<{ key: string; name: string }> = [];
  private readonly cache = new Map<string, Match>();

  constructor(
    entries: readonly MatchEntry[],
    private readonly threshold = 0.85,
  ) {
    for (const entry of entries) this.addEntry(entry);
  }

  addEntry(entry: MatchEntry): void {
    const key = matchKey(entry.name);
    if (key !== "" && !this.byKey.has(key)) {
      this.byKey.set(key, entry.name);
      this.keys.push({ key, name: entry.name });
    }
    for (const alias of entry.aliases ?? []) {
      const aliasKey = matchKey(alias);
      if (aliasKey !== "" && !this.byKey.has(aliasKey)) {
        this.byKey.set(aliasKey, entry.name);
        this.keys.push({ key: aliasKey, name: entry.name });
      }
    }
    this.cache.clear();
  }

  get names(): string[] {
    return [...new Set(this.byKey.values())];
  }

  match(raw: string | undefined): Match {
    if (raw === undefined) return NO_MATCH;
    let result = this.cache.get(raw);
    if (result) return result;
    const key = matchKey(raw);
    const exact = key === "" ? undefined : this.byKey.get(key);
    if (exact !== undefined) result = { name: exact, kind: "exact", similarity: 1 };
    else if (key === "") result = NO_MATCH;
    else {
      let best = NO_MATCH;
      for (const candidate of this.keys) {
        const score = similarity(key, candidate.key);
        if (score >= this.threshold && score > best.similarity)
          best = { name: candidate.name, kind: "close", similarity: score };
      }
      result = best;
    }
    this.cache.set(raw, result);
    return result;
  }
}

/** The partners of WSP Haaglanden and their aliases (DOMAIN.md "The partners"). Users can add aliases. */
export const DEFAULT_PARTNERS: readonly MatchEntry[] = [
  { name: "Den Haag", aliases: ["'s-Gravenhage", "s-Gravenhage", "Gemeente Den Haag", "WSP Den Haag"] },
  { name: "Delft", aliases: ["Gemeente Delft", "Werkse", "Werkse!", "Werkgeversservicepunt Delft"] },
  { name: "Rijswijk", aliases: ["Gemeente Rijswijk", "RWC", "Rijswijks Werk Centrum"] },
  { name: "Westland", aliases: ["Gemeente Westland", "MVO Westland"] },
  { name: "UWV", aliases: ["UWV WERKbedrijf", "UWV Werkbedrijf"] },
];

/** The partner that is not a municipality (rule P01). */
export const UWV = "UWV";

/**
 * Partner names are compared case-insensitively after trimming and folding diacritics — no fuzzy
 * matching: a partner that is not recognised is an error (P04). `display` maps a canonical partner to
 * the name the ambition sheet uses for it.
 */
export class PartnerMatcher {
  private readonly byName = new Map<string, string>();
  private readonly canonicalOf = new Map<string, string>();
  private readonly cache = new Map<string, string | undefined>();

  constructor(partners: readonly MatchEntry[] = DEFAULT_PARTNERS, extraAliases: Record<string, string> = {}) {
    for (const partner of partners) this.add(partner.name, partner.name, partner.aliases ?? []);
    for (const [alias, partner] of Object.entries(extraAliases)) {
      const target = this.resolve(partner) ?? partner;
      this.add(target, target, [alias]);
    }
  }

  private add(display: string, canonical: string, aliases: readonly string[]): void {
    for (const text of [display, ...aliases]) {
      const key = foldTrim(text);
      if (key !== "" && !this.byName.has(key)) this.byName.set(key, display);
    }
    this.canonicalOf.set(display, canonical);
    this.cache.clear();
  }

  /** Use `display` (a header of the ambition sheet) as the name of the partner it stands for. */
  useDisplayName(display: string): void {
    const current = this.resolve(display);
    if (current === undefined) {
      this.add(display, display, []);
      return;
    }
    if (current === display) return;
    // Re-point every alias of `current` to `display`.
    for (const [key, name] of this.byName) if (name === current) this.byName.set(key, display);
    this.canonicalOf.set(display, this.canonicalOf.get(current) ?? current);
    this.canonicalOf.delete(current);
    this.cache.clear();
  }

  resolve(raw: string | undefined): string | undefined {
    if (raw === undefined) return undefined;
    if (this.cache.has(raw)) return this.cache.get(raw);
    const result = this.byName.get(foldTrim(raw));
    this.cache.set(raw, result);
    return result;
  }

  /** Canonical partner behind a display name ("Gemeente Delft" -> "Delft"). */
  canonical(display: string): string {
    return this.canonicalOf.get(display) ?? display;
  }

  isUwv(display: string): boolean {
    return this.canonical(display) === UWV;
  }

  get names(): string[] {
    return [...this.canonicalOf.keys()];
  }
}
