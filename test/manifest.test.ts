/**
 * @jest-environment jsdom
 */
// Offline checks of manifest.xml: schema validity (xmllint, Debian package libxml2-utils), URLs,
// icons and resource references. jsdom supplies the XML parser.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const XSD = path.resolve(ROOT, "../shared/office-manifest-xsd/OfficeAppManifestV1_1.xsd");
const DEV_URL = "https://localhost:3000/";

const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
};

const xml = fs.readFileSync(MANIFEST, "utf8");
const doc = new DOMParser().parseFromString(xml, "application/xml");

function all(ns: string, name: string): Element[] {
  return Array.from(doc.getElementsByTagNameNS(ns, name));
}

function one(ns: string, name: string): Element {
  const found = all(ns, name);
  expect(found).toHaveLength(1);
  return found[0];
}

/** Every URL in the manifest: attribute values and element text that start with http(s). */
function allUrls(): string[] {
  const urls: string[] = [];
  for (const el of Array.from(doc.getElementsByTagName("*"))) {
    for (const attr of Array.from(el.attributes)) {
      if (/^https?:/i.test(attr.value) && !attr.name.startsWith("xmlns")) urls.push(attr.value);
    }
    const text = Array.from(el.childNodes)
      .filter((n) => n.nodeType === n.TEXT_NODE)
      .map((n) => n.textContent?.trim() ?? "")
      .join("");
    if (/^https?:/i.test(text)) urls.push(text);
  }
  return urls;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(1, 4).toString("ascii")).toBe("PNG");
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe("manifest.xml", () => {
  test("is well-formed XML", () => {
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(doc.documentElement.localName).toBe("OfficeApp");
  });

  test("validates against the Office add-in manifest schema (xmllint, offline)", () => {
    expect(fs.existsSync(XSD)).toBe(true);
    const result = spawnSync("xmllint", ["--noout", "--nonet", "--schema", XSD, MANIFEST], {
      encoding: "utf8",
    });
    if (result.error) {
      throw new Error(
        `xmllint could not run (${result.error.message}); install it (Debian: apt-get install libxml2-utils)`,
      );
    }
    expect({ status: result.status, output: result.stderr.trim() }).toEqual({
      status: 0,
      output: `${MANIFEST} validates`,
    });
  });

  test("is an Excel task pane add-in of WSP Haaglanden", () => {
    expect(doc.documentElement.getAttributeNS(NS.xsi, "type")).toBe("TaskPaneApp");
    expect(one(NS.app, "Id").textContent).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
    expect(one(NS.app, "ProviderName").textContent).toBe("WSP Haaglanden");
    expect(one(NS.app, "DefaultLocale").textContent).toBe("nl-NL");
    expect(one(NS.app, "DisplayName").getAttribute("DefaultValue")).toBe("WSP Monitor");
    expect(one(NS.app, "Permissions").textContent).toBe("ReadWriteDocument");
    const hosts = all(NS.app, "Host").map((h) => h.getAttribute("Name"));
    expect(hosts).toEqual(["Workbook"]);
    const sets = all(NS.app, "Set").map((s) => [s.getAttribute("Name"), s.getAttribute("MinVersion")]);
    expect(sets).toEqual([["ExcelApi", "1.7"]]);
  });

  test("version matches package.json", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };
    const [major, minor, patch] = pkg.version.split(/[.+-]/);
    expect(one(NS.app, "Version").textContent).toBe(`${major}.${minor}.${patch}.0`);
  });

  test("every locale override is en-US", () => {
    const overrides = [...all(NS.app, "Override"), ...all(NS.bt, "Override")];
    expect(overrides.length).toBeGreaterThan(0);
    for (const o of overrides) expect(o.getAttribute("Locale")).toBe("en-US");
  });

  test("all URLs point at the dev server over https", () => {
    const urls = allUrls();
    expect(urls.length).toBeGreaterThan(0);
    const elsewhere = urls.filter((u) => !u.startsWith(DEV_URL));
    expect(elsewhere).toEqual([]);
  });

  test("icons referenced exist in assets/ with the size their name says", () => {
    const icons = allUrls().filter((u) => u.startsWith(`${DEV_URL}assets/`));
    expect(icons.length).toBeGreaterThan(0);
    for (const url of icons) {
      const file = path.join(ROOT, url.slice(DEV_URL.length));
      expect(fs.existsSync(file)).toBe(true);
      const size = /icon-(\d+)\.png$/.exec(url);
      if (size) expect(pngSize(file)).toEqual([Number(size[1]), Number(size[1])]);
    }
  });

  test("pages referenced are built from src/", () => {
    const pages = allUrls()
      .filter((u) => u.endsWith(".html"))
      .map((u) => u.slice(DEV_URL.length));
    expect(new Set(pages)).toEqual(new Set(["taskpane.html", "commands.html"]));
    expect(fs.existsSync(path.join(ROOT, "src/taskpane/taskpane.html"))).toBe(true);
    expect(fs.existsSync(path.join(ROOT, "src/commands/commands.html"))).toBe(true);
  });

  test("every resid points at a resource, and every resource is used", () => {
    const defined = new Set(
      ["Image", "Url", "String"].flatMap((name) => all(NS.bt, name).map((r) => r.getAttribute("id"))),
    );
    const used = new Set(
      Array.from(doc.getElementsByTagName("*"))
        .map((el) => el.getAttribute("resid"))
        .filter((id): id is string => id !== null),
    );
    expect([...used].filter((id) => !defined.has(id))).toEqual([]);
    expect([...defined].filter((id) => id !== null && !used.has(id))).toEqual([]);
  });

  test("ribbon: group WSP Monitor on the Home tab with an Openen button that shows the pane", () => {
    const tab = one(NS.ov, "OfficeTab");
    expect(tab.getAttribute("id")).toBe("TabHome");
    const groupLabel = one(NS.ov, "Group").getElementsByTagNameNS(NS.ov, "Label")[0].getAttribute("resid");
    const strings = new Map(all(NS.bt, "String").map((s) => [s.getAttribute("id"), s]));
    expect(strings.get(groupLabel)?.getAttribute("DefaultValue")).toBe("WSP Monitor");
    const actions = all(NS.ov, "Action").filter((a) => a.getAttributeNS(NS.xsi, "type") === "ShowTaskpane");
    expect(actions).toHaveLength(1);
    const button = actions[0].parentElement as Element;
    const label = button.getElementsByTagNameNS(NS.ov, "Label")[0].getAttribute("resid");
    expect(strings.get(label)?.getAttribute("DefaultValue")).toBe("Openen");
    expect(one(NS.ov, "FunctionFile").getAttribute("resid")).toBe("Commands.Url");
  });

  test("ribbon: Rapport verversen in the same group runs refreshReport, which src/commands registers", () => {
    const group = one(NS.ov, "Group");
    const controls = Array.from(group.getElementsByTagNameNS(NS.ov, "Control"));
    expect(controls.map((c) => c.getAttribute("id"))).toEqual([
      "WspMonitorOpenButton",
      "WspMonitorRefreshButton",
    ]);
    const refresh = controls[1];
    expect(refresh.getAttribute("xsi:type") ?? refresh.getAttributeNS(NS.xsi, "type")).toBe("Button");
    const action = refresh.getElementsByTagNameNS(NS.ov, "Action")[0];
    expect(action.getAttributeNS(NS.xsi, "type")).toBe("ExecuteFunction");
    expect(action.getElementsByTagNameNS(NS.ov, "FunctionName")[0].textContent).toBe("refreshReport");
    const strings = new Map(all(NS.bt, "String").map((el) => [el.getAttribute("id"), el]));
    const label = strings.get(refresh.getElementsByTagNameNS(NS.ov, "Label")[0].getAttribute("resid"));
    expect(label?.getAttribute("DefaultValue")).toBe("Rapport verversen");
    expect(label?.getElementsByTagNameNS(NS.bt, "Override")[0].getAttribute("Value")).toBe("Refresh report");
    const tooltip = refresh.getElementsByTagNameNS(NS.ov, "Description")[0].getAttribute("resid");
    expect(strings.get(tooltip)?.getAttribute("DefaultValue")).toMatch(/zonder het taakvenster/);
    const source = fs.readFileSync(path.join(ROOT, "src/commands/commands.ts"), "utf8");
    expect(source).toMatch(/Office\.actions\?\.associate\("refreshReport", /);
  });
});
