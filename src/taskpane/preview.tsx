/**
 * The preview (npm run preview, http://localhost:3001): the same pane in a plain browser, on a
 * simulated Excel with the demo workbook. It does not load office.js, so nothing leaves the machine.
 * URL options: ?lang=en, ?theme=dark, ?api=1.7 (an older Excel), ?small (a small demo).
 * For tests, `window.__wspPreview` holds the simulated Excel once it is ready.
 */
import type { ExcelHost } from "../excel/host";
import { Pane, paneRoot } from "./boot";
import type { Locale } from "./i18n";
import type { PreviewWorkbook } from "./preview-workbook";
import type { ThemeName } from "./theme";

declare global {
  interface Window {
    __wspPreview?: PreviewWorkbook & { ready: true };
  }
}

const params = new URLSearchParams(window.location.search);
const locale: Locale = params.get("lang") === "en" ? "en" : "nl";
const theme: ThemeName = params.get("theme") === "dark" ? "dark" : "light";
const excelApi = params.get("api") ?? "1.17";

/** "1.9" < "1.17": compare requirement set versions part by part. */
function versionAtMost(version: string, limit: string): boolean {
  const a = version.split(".").map(Number);
  const b = limit.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d < 0;
  }
  return true;
}

// The workbook is generated in its own chunk when the pane first asks for it (after its first render).
let workbook: Promise<PreviewWorkbook> | undefined;
let loaded: PreviewWorkbook | undefined;
function previewWorkbook(): Promise<PreviewWorkbook> {
  workbook ??= new Promise<void>((resolve) => setTimeout(resolve, 0))
    .then(() => import(/* webpackChunkName: "preview-workbook" */ "./preview-workbook"))
    .then(({ createPreviewWorkbook }) => {
      loaded = createPreviewWorkbook({ excelApi, small: params.has("small") });
      window.__wspPreview = { ...loaded, ready: true };
      return loaded;
    });
  return workbook;
}

const host: ExcelHost = {
  run: async (batch) => (await previewWorkbook()).sim.run(batch),
  isSetSupported: (name, minVersion) =>
    loaded
      ? loaded.sim.requirements.isSetSupported(name, minVersion)
      : name === "ExcelApi" && versionAtMost(minVersion ?? "1.1", excelApi),
};

paneRoot(locale).render(<Pane host={host} locale={locale} theme={theme} preview />);
