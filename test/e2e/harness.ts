/**
 * Browser harness for the end-to-end test and the pane bench: build the preview (or the pane) with
 * webpack in production mode, serve a folder from 127.0.0.1 on a random port, and launch Debian's
 * Chromium headless through playwright-core with a fresh profile.
 */
import * as fs from "node:fs";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import * as zlib from "node:zlib";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import webpack from "webpack";

export const ROOT = path.resolve(__dirname, "../..");
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
export const FIRST_RENDER_MARK = "wsp:first-render";
export const SOURCES_READY_MARK = "wsp:sources-ready";
export const INITIAL_JS_BUDGET = 300 * 1024;
export const FIRST_RENDER_BUDGET_MS = 1000;

type ConfigFactory = (env: Record<string, unknown>, argv: { mode?: string }) => webpack.Configuration;

/** Builds with webpack.config.js (production) into `outDir`; `preview` selects the preview bundle. */
export async function build(
  outDir: string,
  options: { preview: boolean },
): Promise<webpack.StatsCompilation> {
  const factory = require(path.join(ROOT, "webpack.config.js")) as ConfigFactory;
  const config = factory(options.preview ? { preview: true, outDir } : {}, { mode: "production" });
  config.output = { ...config.output, path: outDir };
  config.infrastructureLogging = { level: "error" };
  config.performance = { ...config.performance, hints: false };
  return new Promise((resolve, reject) => {
    webpack(config, (err, result) => {
      if (err || !result) return reject(err ?? new Error("webpack gave no stats"));
      if (result.hasErrors()) return reject(new Error(result.toString("errors-only")));
      resolve(result.toJson({ all: false, entrypoints: true, assets: true }));
    });
  });
}

/** Gzipped bytes of an entry point's initial JavaScript. */
export function initialJsGzip(
  stats: webpack.StatsCompilation,
  entry: string,
  dir: string,
): { files: string[]; bytes: number } {
  const files = (stats.entrypoints?.[entry]?.assets ?? [])
    .map((a) => a.name)
    .filter((n) => n.endsWith(".js"));
  const bytes = files.reduce((sum, f) => sum + zlib.gzipSync(fs.readFileSync(path.join(dir, f))).length, 0);
  return { files, bytes };
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
};

export interface Served {
  url: string;
  close(): Promise<void>;
}

/** A static file server for `dir` on 127.0.0.1 (random port); "/" is index.html. */
export async function serve(dir: string): Promise<Served> {
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
    const file = path.join(dir, pathname === "/" ? "index.html" : pathname);
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** Every URL the page requested. */
  requests: string[];
  close(): Promise<void>;
}

/** Headless Chromium with a fresh profile and a pane-sized window; fails clearly when Chromium is absent. */
export async function launch(viewport = { width: 400, height: 800 }): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} not found: install chromium (apt-get install chromium)`);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "wsp-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport,
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
  });
  const requests: string[] = [];
  context.on("request", (request) => requests.push(request.url()));
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    requests,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Requests that left the machine (anything but 127.0.0.1/localhost; data: and blob: stay local). */
export function foreignRequests(urls: readonly string[]): string[] {
  return urls.filter((u) => {
    const url = new URL(u);
    if (url.protocol === "data:" || url.protocol === "blob:") return false;
    return !["127.0.0.1", "localhost", "[::1]"].includes(url.hostname);
  });
}

/** Milliseconds from navigation start to a performance mark (waits for it). */
export async function markTime(page: Page, name: string, timeout = 30_000): Promise<number> {
  await page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, name, { timeout });
  return page.evaluate((n) => performance.getEntriesByName(n)[0].startTime, name);
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown; failureSummary?: string }>;
}

/**
 * Runs axe-core (node_modules/axe-core/axe.min.js) on the page; returns the violations.
 *
 * One known false positive is set aside, narrowly: Fluent's focus manager (tabster) puts invisible
 * `<i data-tabster-dummy aria-hidden tabindex=0>` sentinels around tab lists and dialogs that hand
 * focus on at once; axe's aria-hidden-focus flags them (microsoft/fluentui#25133, microsoft/tabster#288;
 * Accessibility Insights suppresses exactly these). Only those nodes of that rule are dropped.
 */
export async function axe(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(
    () => typeof (window as unknown as { axe?: unknown }).axe !== "undefined",
  );
  if (!loaded) await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  return page.evaluate(async () => {
    // Let enter animations and transitions finish first (a dialog fading in has blended colours that
    // would fail the contrast check though the settled dialog passes).
    await Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined)));
    type Node = { target: unknown; failureSummary?: string; element?: Element };
    type Result = { id: string; impact: string | null; help: string; nodes: Node[] };
    const axeRun = (
      window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: Result[] }> } }
    ).axe;
    const result = await axeRun.run(document, { resultTypes: ["violations"], elementRef: true });
    const tabsterDummy = (n: Node) => n.element?.hasAttribute("data-tabster-dummy") ?? false;
    return result.violations
      .map((v) => ({
        ...v,
        nodes: v.id === "aria-hidden-focus" ? v.nodes.filter((n) => !tabsterDummy(n)) : v.nodes,
      }))
      .filter((v) => v.nodes.length > 0)
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
      }));
  });
}
