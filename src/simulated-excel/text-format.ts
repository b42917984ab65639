/**
 * Best-effort rendering of values with Excel number formats (en-US), for `Range.text`.
 * Column width is ignored (Excel would show `####` in narrow columns).
 */
import type { CellValue } from "./model";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

export interface DateParts {
  year: number;
  month: number; // 1-12
  day: number;
  weekday: number; // 0 = Sunday
  hours: number;
  minutes: number;
  seconds: number;
}

const MS_PER_DAY = 86400000;

/** Converts an Excel serial to calendar parts (1900 system with its leap-year bug, or 1904). */
export function serialToParts(serial: number, date1904 = false): DateParts {
  let days = Math.floor(serial);
  let fraction = serial - days;
  let totalSeconds = Math.round(fraction * 86400);
  if (totalSeconds >= 86400) {
    days += 1;
    totalSeconds -= 86400;
  }
  fraction = totalSeconds;
  let year: number;
  let month: number;
  let day: number;
  let weekday: number;
  if (!date1904 && days === 60) {
    year = 1900;
    month = 2;
    day = 29;
    weekday = 3;
  } else {
    const base = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, days < 60 ? 31 : 30);
    const d = new Date(base + days * MS_PER_DAY);
    year = d.getUTCFullYear();
    month = d.getUTCMonth() + 1;
    day = d.getUTCDate();
    weekday = d.getUTCDay();
  }
  return {
    year,
    month,
    day,
    weekday,
    hours: Math.floor(fraction / 3600),
    minutes: Math.floor((fraction % 3600) / 60),
    seconds: fraction % 60,
  };
}

/** Excel serial for a calendar date (UTC fields), in the 1900 or 1904 system. */
export function dateToSerial(year: number, month: number, day: number, date1904 = false): number {
  const ms = Date.UTC(year, month - 1, day);
  if (date1904) return Math.round((ms - Date.UTC(1904, 0, 1)) / MS_PER_DAY);
  const serial = Math.round((ms - Date.UTC(1899, 11, 30)) / MS_PER_DAY);
  return serial < 61 ? serial - 1 : serial;
}

/** Splits a format into sections at `;` outside quotes and brackets. */
function splitSections(format: string): string[] {
  const sections: string[] = [];
  let current = "";
  let inQuote = false;
  let inBracket = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === "\\" && !inQuote) {
      current += ch + (format[i + 1] ?? "");
      i++;
      continue;
    }
    if (ch === '"') inQuote = !inQuote;
    else if (!inQuote && ch === "[") inBracket = true;
    else if (!inQuote && ch === "]") inBracket = false;
    if (ch === ";" && !inQuote && !inBracket) {
      sections.push(current);
      current = "";
      continue;
    }
    current += ch;
  }
  sections.push(current);
  return sections;
}

/** Removes colour/condition brackets and turns `[$€-413]` into its symbol. */
function cleanBrackets(section: string): { text: string; elapsed: boolean } {
  let elapsed = false;
  const text = section.replace(/\[([^\]]*)\]/g, (_m, inner: string) => {
    if (/^\$/.test(inner)) return inner.slice(1).split("-")[0];
    if (/^(h+|m+|s+)$/i.test(inner)) {
      elapsed = true;
      return `\uE000${inner}`;
    }
    return "";
  });
  return { text, elapsed };
}

function stripLiterals(section: string): string {
  return section
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/_./g, "")
    .replace(/\*./g, "");
}

export function isDateFormat(format: string): boolean {
  if (!format || format === "General") return false;
  const first = cleanBrackets(splitSections(format)[0]).text;
  return /[dyhs]/i.test(stripLiterals(first).replace(/General/gi, "")) || /\uE000/.test(first);
}

export function formatGeneral(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e11) return String(value);
  const abs = Math.abs(value);
  if (abs !== 0 && (abs >= 1e11 || abs < 1e-9)) {
    const [mantissa, exp] = value.toExponential(5).split("e");
    const m = mantissa.replace(/\.?0+$/, "");
    const e = Number(exp);
    return `${m}E${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
  }
  const intDigits = Math.max(1, Math.floor(Math.log10(abs || 1)) + 1);
  const decimals = Math.max(0, 10 - intDigits);
  return String(Number(value.toFixed(decimals)));
}

function formatDate(serial: number, section: string, date1904: boolean): string {
  const parts = serialToParts(serial, date1904);
  const tokens: Array<{ kind: string; text: string }> = [];
  const hasAmPm = /AM\/PM|A\/P/i.test(section);
  let i = 0;
  while (i < section.length) {
    const rest = section.slice(i);
    let m: RegExpExecArray | null;
    if (rest[0] === '"') {
      const end = section.indexOf('"', i + 1);
      tokens.push({ kind: "lit", text: section.slice(i + 1, end < 0 ? undefined : end) });
      i = end < 0 ? section.length : end + 1;
    } else if (rest[0] === "\\") {
      tokens.push({ kind: "lit", text: rest[1] ?? "" });
      i += 2;
    } else if (rest[0] === "_" || rest[0] === "*") {
      tokens.push({ kind: "lit", text: rest[0] === "_" ? " " : "" });
      i += 2;
    } else if ((m = /^\uE000(h+|m+|s+)/i.exec(rest))) {
      tokens.push({ kind: "elapsed", text: m[1].toLowerCase() });
      i += m[0].length;
    } else if ((m = /^(AM\/PM|A\/P)/i.exec(rest))) {
      tokens.push({ kind: "ampm", text: m[1] });
      i += m[0].length;
    } else if ((m = /^(y+|m+|d+|h+|s+)/i.exec(rest))) {
      tokens.push({ kind: m[1][0].toLowerCase(), text: m[1].toLowerCase() });
      i += m[0].length;
    } else if ((m = /^\.0+/.exec(rest)) && tokens.some((t) => t.kind === "s")) {
      tokens.push({ kind: "lit", text: "" });
      i += m[0].length;
    } else {
      tokens.push({ kind: "lit", text: rest[0] });
      i += 1;
    }
  }
  // An "m" right after an hour or right before a second means minutes.
  const significant = tokens.map((t, idx) => ({ t, idx })).filter((x) => x.t.kind !== "lit");
  for (let k = 0; k < significant.length; k++) {
    const tok = significant[k].t;
    if (tok.kind !== "m" || tok.text.length > 2) continue;
    const prev = significant[k - 1]?.t;
    const next = significant[k + 1]?.t;
    if (prev?.kind === "h" || next?.kind === "s" || (prev?.kind === "elapsed" && prev.text[0] === "h")) {
      tok.kind = "min";
    }
  }
  let out = "";
  for (const tok of tokens) {
    switch (tok.kind) {
      case "lit":
        out += tok.text;
        break;
      case "y":
        out += tok.text.length <= 2 ? String(parts.year % 100).padStart(2, "0") : String(parts.year);
        break;
      case "m":
        if (tok.text.length === 1) out += String(parts.month);
        else if (tok.text.length === 2) out += String(parts.month).padStart(2, "0");
        else if (tok.text.length === 3) out += MONTHS[parts.month - 1].slice(0, 3);
        else if (tok.text.length === 5) out += MONTHS[parts.month - 1][0];
        else out += MONTHS[parts.month - 1];
        break;
      case "min":
        out += tok.text.length === 1 ? String(parts.minutes) : String(parts.minutes).padStart(2, "0");
        break;
      case "d":
        if (tok.text.length === 1) out += String(parts.day);
        else if (tok.text.length === 2) out += String(parts.day).padStart(2, "0");
        else if (tok.text.length === 3) out += DAYS[parts.weekday].slice(0, 3);
        else out += DAYS[parts.weekday];
        break;
      case "h": {
        let h = parts.hours;
        if (hasAmPm) h = h % 12 === 0 ? 12 : h % 12;
        out += tok.text.length === 1 ? String(h) : String(h).padStart(2, "0");
        break;
      }
      case "s":
        out += tok.text.length === 1 ? String(parts.seconds) : String(parts.seconds).padStart(2, "0");
        break;
      case "ampm": {
        const pm = parts.hours >= 12;
        out += tok.text.length > 3 ? (pm ? "PM" : "AM") : pm ? "P" : "A";
        break;
      }
      case "elapsed": {
        const totalSeconds = Math.round(serial * 86400);
        const v =
          tok.text[0] === "h"
            ? Math.floor(totalSeconds / 3600)
            : tok.text[0] === "m"
              ? Math.floor(totalSeconds / 60)
              : totalSeconds;
        out += String(v).padStart(tok.text.length, "0");
        break;
      }
    }
  }
  return out;
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

function formatNumber(value: number, section: string): string {
  const toks: Array<{ lit?: string; ph?: string }> = [];
  let percent = 0;
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      toks.push({ lit: section.slice(i + 1, end < 0 ? undefined : end) });
      i = end < 0 ? section.length : end;
    } else if (ch === "\\") {
      toks.push({ lit: section[i + 1] ?? "" });
      i++;
    } else if (ch === "_") {
      toks.push({ lit: " " });
      i++;
    } else if (ch === "*") {
      i++;
    } else if ("0#?.,".includes(ch)) {
      toks.push({ ph: ch });
    } else if ((ch === "E" || ch === "e") && (section[i + 1] === "+" || section[i + 1] === "-")) {
      toks.push({ ph: `E${section[i + 1]}` });
      i++;
    } else if (ch === "%") {
      percent++;
      toks.push({ lit: "%" });
    } else {
      toks.push({ lit: ch });
    }
  }
  const isDigitPh = (t: { ph?: string }): boolean => !!t.ph && /[0#?.]/.test(t.ph);
  const first = toks.findIndex(isDigitPh);
  if (first < 0) return toks.map((t) => t.lit ?? "").join("");
  let last = toks.length - 1;
  while (last > first && !toks[last].ph) last--;
  const prefix = toks
    .slice(0, first)
    .map((t) => t.lit ?? "")
    .join("");
  const suffix = toks
    .slice(last + 1)
    .map((t) => t.lit ?? "")
    .join("");
  let pattern = toks
    .slice(first, last + 1)
    .map((t) => t.ph ?? "")
    .join("");
  value *= Math.pow(100, percent);
  while (pattern.endsWith(",")) {
    value /= 1000;
    pattern = pattern.slice(0, -1);
  }
  const expIndex = pattern.search(/E[+-]/);
  const mantissaPattern = expIndex >= 0 ? pattern.slice(0, expIndex) : pattern;
  const [intPat, decPat] = mantissaPattern.split(".");
  const decimals = ((decPat ?? "").match(/[0#?]/g) ?? []).length;
  const minDecimals = ((decPat ?? "").match(/0/g) ?? []).length;
  const minInt = (intPat.match(/0/g) ?? []).length;
  const thousands = intPat.includes(",");
  let exponentText = "";
  let v = Math.abs(value);
  if (expIndex >= 0) {
    const expDigits = pattern.length - expIndex - 2;
    const exp = v === 0 ? 0 : Math.floor(Math.log10(v));
    v = v / Math.pow(10, exp);
    exponentText = `E${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(Math.max(expDigits, 1), "0")}`;
  }
  let [ip, dp = ""] = v.toFixed(decimals).split(".");
  while (dp.length > minDecimals && dp.endsWith("0")) dp = dp.slice(0, -1);
  ip = ip.replace(/^0+/, "");
  if (ip.length < minInt) ip = ip.padStart(minInt, "0");
  if (thousands) ip = groupThousands(ip);
  const body = decPat !== undefined ? `${ip}.${dp}` : ip;
  return prefix + body + exponentText + suffix;
}

/** Formats a value for `Range.text`. */
export function formatValue(value: CellValue | null, numberFormat: string, date1904 = false): string {
  if (value === null || value === "") return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  const format = numberFormat || "General";
  const sections = splitSections(format);
  if (typeof value === "string") {
    const textSection = sections.length >= 4 ? sections[3] : sections.find((s) => s.includes("@"));
    if (!textSection) return value;
    return textSection.replace(/"([^"]*)"/g, "$1").replace(/@/g, value);
  }
  let section = sections[0];
  let v = value;
  if (v < 0 && sections.length >= 2) {
    section = sections[1];
    v = -v;
  } else if (v === 0 && sections.length >= 3) {
    section = sections[2];
  }
  const { text: cleaned } = cleanBrackets(section);
  if (/^\s*General\s*$/i.test(cleaned) || cleaned.trim() === "") return formatGeneral(v);
  if (cleaned.trim() === "@") return formatGeneral(v);
  if (isDateFormat(section)) {
    if (v < 0) return "#".repeat(8);
    return formatDate(v, cleaned, date1904);
  }
  const text = formatNumber(v, cleaned.replace(/General/gi, ""));
  const negative = value < 0 && sections.length < 2 && /[1-9]/.test(text);
  return (negative ? "-" : "") + text;
}
