// A tiny, dependency-free XML reader for the OOXML parts we touch. It keeps the source offsets of
// every element so callers can splice new markup into the original text without re-serialising it
// (which keeps everything we do not understand byte-for-byte intact). Works in Node and browsers.

export interface XmlElement {
  /** Qualified name as written, e.g. "c:chart". */
  name: string;
  /** Name without prefix, e.g. "chart". */
  local: string;
  /** Attributes keyed by qualified name, values decoded. */
  attrs: Record<string, string>;
  children: XmlElement[];
  /** Decoded text directly inside this element (not inside children). */
  text: string;
  /** Offset of the opening "<". */
  start: number;
  /** Offset just after the element's last ">". */
  end: number;
  /** Offset of the closing tag ("</…>"), or -1 for a self-closing element. */
  closeStart: number;
}

const TOKEN =
  /<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>|<(\/?)([^\s/>]+)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|([^<]+)/g;
const ATTR = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

// Control characters, non-characters and lone surrogates are not allowed in XML 1.0, even escaped.
const NOT_XML_CHAR =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes text for XML content or attributes; drops characters XML 1.0 cannot carry at all. */
export function escapeXml(value: string): string {
  return value
    .replace(NOT_XML_CHAR, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

export function decodeXml(value: string): string {
  return value.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g, (_m, ent: string) => {
    if (ent[0] === "#") {
      return String.fromCodePoint(ent[1] === "x" ? parseInt(ent.slice(2), 16) : parseInt(ent.slice(1), 10));
    }
    return { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" }[ent] as string;
  });
}

const localName = (qname: string): string => qname.slice(qname.indexOf(":") + 1);

/** Parses a document and returns its root element. Throws on unbalanced markup. */
export function parseXml(xml: string): XmlElement {
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(xml); m; m = TOKEN.exec(xml)) {
    const [token, cdata, closing, name, rawAttrs, selfClosing, text] = m;
    const parent = stack[stack.length - 1];
    if (text !== undefined || cdata !== undefined) {
      if (parent) parent.text += text !== undefined ? decodeXml(text) : cdata;
      continue;
    }
    if (name === undefined) continue; // comment, processing instruction, doctype
    if (closing) {
      const open = stack.pop();
      if (!open || open.name !== name) throw new Error(`Malformed XML: unexpected </${name}>`);
      open.closeStart = m.index;
      open.end = m.index + token.length;
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of rawAttrs.matchAll(ATTR)) attrs[a[1]] = decodeXml(a[2] ?? a[3]);
    const el: XmlElement = {
      name,
      local: localName(name),
      attrs,
      children: [],
      text: "",
      start: m.index,
      end: m.index + token.length,
      closeStart: -1,
    };
    if (parent) parent.children.push(el);
    else if (root) throw new Error("Malformed XML: more than one root element");
    else root = el;
    if (!selfClosing) stack.push(el);
  }
  if (!root || stack.length > 0) throw new Error("Malformed XML: missing or unclosed root element");
  return root;
}

export function childElements(el: XmlElement, local: string): XmlElement[] {
  return el.children.filter((c) => c.local === local);
}

export function firstChild(el: XmlElement | undefined, local: string): XmlElement | undefined {
  return el?.children.find((c) => c.local === local);
}

/** All descendants with the given local name, in document order. */
export function descendants(el: XmlElement, local: string): XmlElement[] {
  const found: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    for (const c of e.children) {
      if (c.local === local) found.push(c);
      walk(c);
    }
  };
  walk(el);
  return found;
}

/** The value of a prefixed "id" attribute such as r:id (relationship id), whatever the prefix. */
export function relId(el: XmlElement): string | undefined {
  const key = Object.keys(el.attrs).find((k) => k.endsWith(":id"));
  return key === undefined ? undefined : el.attrs[key];
}

/** The prefix (with colon, or "" for a default namespace) that `el` declares for namespaceUri, if any. */
export function prefixFor(el: XmlElement, namespaceUri: string): string | undefined {
  for (const [key, value] of Object.entries(el.attrs)) {
    if (value !== namespaceUri) continue;
    if (key === "xmlns") return "";
    if (key.startsWith("xmlns:")) return key.slice(6) + ":";
  }
  return undefined;
}

/** Inserts markup at `offset` of `xml`. */
export function insertAt(xml: string, offset: number, markup: string): string {
  return xml.slice(0, offset) + markup + xml.slice(offset);
}

/** Appends markup as the last child(ren) of `el`, expanding a self-closing element when needed. */
export function appendChildMarkup(xml: string, el: XmlElement, markup: string): string {
  if (el.closeStart >= 0) return insertAt(xml, el.closeStart, markup);
  const open = xml.slice(el.start, el.end).replace(/\s*\/>$/, ">");
  return xml.slice(0, el.start) + open + markup + `</${el.name}>` + xml.slice(el.end);
}
