/**
 * `npm run bench:pane` (and the end of `npm run bench`): the task pane's budgets.
 *   - initial JavaScript of the real pane (taskpane.html, office.js not counted), gzipped: ≤ 300 KB;
 *   - first render in headless Chromium: navigation start to the pane's first render (performance mark
 *     "wsp:first-render"), on the preview (the same pane on the simulated Excel; the real pane needs
 *     Excel), production build, a fresh profile per run (nothing cached), 400×800: ≤ 1 s (median of 3).
 * Prints both, with the time until the sources are shown; exit 1 when a budget is missed.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import {
  build,
  FIRST_RENDER_BUDGET_MS,
  FIRST_RENDER_MARK,
  INITIAL_JS_BUDGET,
  initialJsGzip,
  launch,
  markTime,
  serve,
  SOURCES_READY_MARK,
} from "../test/e2e/harness";

const RUNS = 3;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(): Promise<number> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "wsp-bench-pane-"));
  try {
    const paneDir = path.join(work, "pane");
    const previewDir = path.join(work, "preview");
    const [paneStats] = await Promise.all([
      build(paneDir, { preview: false }),
      build(previewDir, { preview: true }),
    ]);
    const initial = initialJsGzip(paneStats, "taskpane", paneDir);
    const served = await serve(previewDir);
    const first: number[] = [];
    const ready: number[] = [];
    try {
      for (let i = 0; i < RUNS; i++) {
        const browser = await launch({ width: 400, height: 800 });
        try {
          await browser.page.goto(served.url);
          first.push(await markTime(browser.page, FIRST_RENDER_MARK));
          ready.push(await markTime(browser.page, SOURCES_READY_MARK));
        } finally {
          await browser.close();
        }
      }
    } finally {
      await served.close();
    }
    const initialOk = initial.bytes <= INITIAL_JS_BUDGET;
    const firstOk = median(first) <= FIRST_RENDER_BUDGET_MS;
    const ms = (xs: number[]) => xs.map((x) => `${Math.round(x)}`).join(", ");
    console.log(
      [
        "Taakvenster (npm run bench:pane)",
        `  initiële JavaScript: ${kb(initial.bytes)} gzip in ${initial.files.length} bestanden ` +
          `(budget ${kb(INITIAL_JS_BUDGET)}): ${initialOk ? "binnen budget" : "BOVEN BUDGET"}`,
        `  eerste weergave in headless Chromium: mediaan ${Math.round(median(first))} ms (${ms(first)} ms, ` +
          `koud, 400×800; budget ${FIRST_RENDER_BUDGET_MS} ms): ${firstOk ? "binnen budget" : "BOVEN BUDGET"}`,
        `  bronnen getoond (demowerkmap gelezen en herkend): mediaan ${Math.round(median(ready))} ms (${ms(ready)} ms)`,
      ].join("\n"),
    );
    return initialOk && firstOk ? 0 : 1;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
