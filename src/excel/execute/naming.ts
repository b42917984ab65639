/** Names for new sheets and tables that never clash with what the user has. */
import { isTempSheetName, TEMP_SHEET_PREFIX } from "../registry";

/** A sheet name not in `taken` (lower case): "Voortgang", else "Voortgang (WSP)", "Voortgang (WSP 2)", … */
export function freeSheetName(preferred: string, taken: Set<string>): string {
  const candidates = [preferred, `${preferred} (WSP)`];
  for (let i = 2; i < 100; i++) candidates.push(`${preferred} (WSP ${i})`);
  for (const name of candidates) {
    const fitted = name.length > 31 ? name.slice(0, 31) : name;
    if (!taken.has(fitted.toLowerCase())) return fitted;
  }
  throw new Error(`Geen vrije bladnaam gevonden voor ${preferred}.`);
}

/** `count` temporary sheet names ("WSP tmp 1", …) not in `taken` (lower case). */
export function tempSheetNames(count: number, taken: Set<string>): string[] {
  const out: string[] = [];
  for (let i = 1; out.length < count; i++) {
    const name = `${TEMP_SHEET_PREFIX}${i}`;
    if (!taken.has(name.toLowerCase())) out.push(name);
  }
  return out;
}

/** A table name not in `taken` (lower case): the name itself, else name_2, name_3, … */
export function freeTableName(preferred: string, taken: Set<string>): string {
  if (!taken.has(preferred.toLowerCase())) return preferred;
  for (let i = 2; ; i++) {
    const name = `${preferred}_${i}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

export { isTempSheetName };
