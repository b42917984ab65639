// webpack.config.js: the dev server settings, and one real production build (into a temporary
// directory, so that dist/ is left alone) checked for offline office.js and the pane's JS budget.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as zlib from "zlib";
import webpack from "webpack";

const ROOT = path.resolve(__dirname, "..");
const BUDGET_GZIP_BYTES = 300 * 1024; // initial JS of the task pane

type DevServer = { port: number; server?: { type: string; options?: Record<string, unknown> } };
type Config = webpack.Configuration & { devServer?: DevServer };
type ConfigFactory = (env: Record<string, unknown>, argv: { mode?: string }) => Config;

/** Loads webpack.config.js afresh; with `home`, as if that were the user's home directory. */
function loadConfig(home?: string): ConfigFactory {
  let factory: ConfigFactory | undefined;
  jest.isolateModules(() => {
    if (home) jest.doMock("os", () => ({ ...jest.requireActual<typeof os>("os"), homedir: () => home }));
    factory = require(path.join(ROOT, "webpack.config.js")) as ConfigFactory;
    jest.dontMock("os");
  });
  return factory as ConfigFactory;
}

function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

describe("dev server", () => {
  let home: string;
  beforeEach(() => {
    home = tempDir("wsp-home-");
  });
  afterEach(() => {
    fs.rmSync(home, { recursive: true, force: true });
    jest.restoreAllMocks();
  });

  test("serves https on port 3000 with the office-addin-dev-certs certificates", () => {
    const certs = path.join(home, ".office-addin-dev-certs");
    fs.mkdirSync(certs);
    fs.writeFileSync(path.join(certs, "localhost.key"), "KEY");
    fs.writeFileSync(path.join(certs, "localhost.crt"), "CERT");
    const config = loadConfig(home)({ WEBPACK_SERVE: true }, { mode: "development" });
    const devServer = config.devServer;
    expect(devServer?.port).toBe(3000);
    expect(devServer?.server?.type).toBe("https");
    expect(String(devServer?.server?.options?.key)).toBe("KEY");
    expect(String(devServer?.server?.options?.cert)).toBe("CERT");
    expect(config.devtool).toBeTruthy();
  });

  test("refuses to start without certificates, saying how to make them (Excel would show a blank pane)", () => {
    expect(() => loadConfig(home)({ WEBPACK_SERVE: true }, { mode: "development" })).toThrow(
      /No dev certificates in .*\.office-addin-dev-certs: Excel loads the task pane over https only\. Run: npx office-addin-dev-certs install/,
    );
    // A build (no server) and the preview need none.
    expect(() => loadConfig(home)({}, { mode: "development" })).not.toThrow();
    expect(() =>
      loadConfig(home)({ WEBPACK_SERVE: true, preview: true }, { mode: "development" }),
    ).not.toThrow();
  });
});

describe("production build", () => {
  const outDir = tempDir("wsp-dist-");
  let stats: webpack.StatsCompilation;

  beforeAll(async () => {
    delete process.env.ADDIN_BASE_URL; // the manifest keeps its localhost URLs
    const config = loadConfig()({ WEBPACK_BUILD: true }, { mode: "production" });
    config.output = { ...config.output, path: outDir };
    config.infrastructureLogging = { level: "error" };
    stats = await new Promise<webpack.StatsCompilation>((resolve, reject) => {
      webpack(config, (err, result) => {
        if (err || !result) return reject(err ?? new Error("no stats"));
        if (result.hasErrors()) return reject(new Error(result.toString("errors-only")));
        resolve(result.toJson({ all: false, entrypoints: true, assets: true }));
      });
    });
  }, 180_000);

  afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

  const read = (file: string) => fs.readFileSync(path.join(outDir, file), "utf8");

  test("emits the pages, the manifest and the icons", () => {
    for (const file of ["taskpane.html", "commands.html", "manifest.xml", "assets/icon-80.png"]) {
      expect(fs.existsSync(path.join(outDir, file))).toBe(true);
    }
    expect(read("manifest.xml")).toBe(fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8"));
  });

  test("loads office.js from the add-in itself, with the files it loads for Excel", () => {
    for (const page of ["taskpane.html", "commands.html"]) {
      const html = read(page);
      expect(html).toMatch(/<script[^>]*src="?office-js\/office\.js"?/);
      expect(html).not.toMatch(/https?:\/\//);
    }
    for (const file of [
      "office.js",
      "excel-win32-16.01.js",
      "excel-web-16.00.js",
      "excel-mac-16.00.js",
      "o15apptofilemappingtable.js",
      "nl-nl/office_strings.js",
      "en-us/office_strings.js",
      "telemetry/oteljs_agave.js",
    ]) {
      expect(fs.existsSync(path.join(outDir, "office-js", file))).toBe(true);
    }
    expect(fs.existsSync(path.join(outDir, "office-js/office.debug.js"))).toBe(false);
  });

  test(`the task pane's initial JS stays within ${BUDGET_GZIP_BYTES / 1024} KB gzipped`, () => {
    const files = (stats.entrypoints?.taskpane.assets ?? [])
      .map((a) => a.name)
      .filter((name) => name.endsWith(".js"));
    expect(files.length).toBeGreaterThan(0);
    const gzipped = files.reduce(
      (sum, f) => sum + zlib.gzipSync(fs.readFileSync(path.join(outDir, f))).length,
      0,
    );
    expect(gzipped).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
  });

  test("the ribbon command page does not load React", () => {
    const files = (stats.entrypoints?.commands.assets ?? []).map((a) => a.name);
    expect(files.some((f) => /react|fluent/.test(f))).toBe(false);
  });
});
