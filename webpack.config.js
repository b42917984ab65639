// Builds the Excel add-in: the task pane (taskpane.html) and the ribbon command page (commands.html).
//   npx webpack --mode production         -> dist/
//   npx webpack serve --mode development  -> https://localhost:3000 (dev server, in memory)
// Needs no network: office.js is served from node_modules/@microsoft/office-js instead of the CDN.
//
// With --env preview it builds the browser preview instead (src/taskpane/preview.tsx): the same pane
// on a simulated Excel with the demo workbook, without office.js, as a separate bundle so that the
// simulator, ExcelJS and the demo generator never reach the real pane.
//   npx webpack serve --mode development --env preview   -> http://localhost:3001 (npm run preview)
//   npx webpack --mode production --env preview          -> dist/preview/ (or --env outDir=...)
const fs = require("fs");
const os = require("os");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const DEV_URL = "https://localhost:3000/";
const CERT_DIR = path.join(os.homedir(), ".office-addin-dev-certs");
const OFFICE_JS_DIR = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));
// Fluent's context selector (Accordion, TabList, …) has `scheduler` as a peer dependency; npm placed the
// only copy under react-dom. Resolve it there (the same copy React itself uses).
const SCHEDULER_DIR = path.dirname(
  require.resolve("scheduler/package.json", {
    paths: [path.dirname(require.resolve("react-dom/package.json"))],
  }),
);

// office.js decides at run time which scripts it loads next, all relative to its own URL:
// the host script (excel-<platform>-16.0x[-core].js), the UI strings (<locale>/office_strings.js,
// falling back to en-us/) and telemetry. The package's dist/ is 86 MB (every host, debug builds,
// typings); this is the Excel subset, about 12 MB. A client fetches only office.js, one excel-*.js
// and one office_strings.js. Outside Office (a plain browser) office.js takes the Office 2013 path
// and needs o15apptofilemappingtable.js before Office.onReady resolves with host null. Not copied:
// other hosts, *.debug.js, the Office 2013 host scripts (ExcelApi 1.7 excludes Office 2013) and
// webauth/ (single sign-on, unused).
const OFFICE_JS_FILES = [
  "office.js",
  "o15apptofilemappingtable.js",
  "excel-*-16.*.js",
  "*/office_strings.js",
  "telemetry/oteljs_agave.js",
  "ariatelemetry/aria-web-telemetry.js",
];

/** HTTPS options from the certificates `npx office-addin-dev-certs install` writes; an error without them. */
function devServerOptions() {
  const key = path.join(CERT_DIR, "localhost.key");
  const cert = path.join(CERT_DIR, "localhost.crt");
  if (fs.existsSync(key) && fs.existsSync(cert)) {
    const ca = path.join(CERT_DIR, "ca.crt");
    return {
      type: "https",
      options: {
        key: fs.readFileSync(key),
        cert: fs.readFileSync(cert),
        ...(fs.existsSync(ca) ? { ca: fs.readFileSync(ca) } : {}),
      },
    };
  }
  // Excel loads the pane from https://localhost:3000 only: over http it would stay blank without a word
  // (on Windows `npm start` runs this server detached, so a note in its console is never seen).
  throw new Error(
    `No dev certificates in ${CERT_DIR}: Excel loads the task pane over https only. ` +
      "Run: npx office-addin-dev-certs install — or npm run preview to work without Excel (http://localhost:3001).",
  );
}

/** A deployment URL for dist/manifest.xml, e.g. ADDIN_BASE_URL=https://wsp.example.nl/monitor/ */
function manifestBaseUrl() {
  const url = process.env.ADDIN_BASE_URL;
  if (!url) return DEV_URL;
  return url.endsWith("/") ? url : `${url}/`;
}

const PREVIEW_PORT = 3001;
const PANE_BUDGET_GZIP = 300 * 1024;

/** Prints the task pane's initial JavaScript, gzipped, against its budget (production builds). */
class PaneBudgetPlugin {
  apply(compiler) {
    compiler.hooks.done.tap("PaneBudgetPlugin", (stats) => {
      const entry = stats.compilation.entrypoints.get("taskpane");
      if (!entry) return;
      const zlib = require("zlib");
      const dir = stats.compilation.outputOptions.path;
      const files = [...entry.getFiles()].filter((f) => f.endsWith(".js"));
      let bytes = 0;
      try {
        for (const f of files) bytes += zlib.gzipSync(fs.readFileSync(path.join(dir, f))).length;
      } catch {
        return; // not written to disk (dev server): nothing to measure
      }
      const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
      compiler
        .getInfrastructureLogger("wsp-monitor")
        .info(
          `task pane initial JS: ${kb(bytes)} gzipped in ${files.length} files ` +
            `(budget ${kb(PANE_BUDGET_GZIP)}: ${bytes <= PANE_BUDGET_GZIP ? "within" : "OVER"})`,
        );
    });
  }
}

/** What the pane and the preview share: TypeScript through ts-loader, the chunk split, the budget hints. */
function common(dev) {
  return {
    mode: dev ? "development" : "production",
    // Fluent UI v9 (keyborg) ships ES2020 syntax, so the pane needs a current webview anyway:
    // WebView2 on Windows (Microsoft 365, Office 2021+), Safari WebKit on Mac, any browser on the web.
    target: ["web", "es2020"],
    devtool: dev ? "source-map" : false,
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      alias: { scheduler$: SCHEDULER_DIR },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              // Type errors are `npm run typecheck`'s job; the bundle only needs the JavaScript.
              transpileOnly: true,
              configFile: path.resolve(__dirname, "tsconfig.json"),
              // ES modules so that webpack can tree-shake Fluent UI; tsconfig.json stays CommonJS for jest/tsx.
              // Class fields keep the semantics of tsconfig's ES2022 (defined on the instance), which the
              // simulated Excel's non-extensible proxies rely on in the preview.
              compilerOptions: {
                module: "es2020",
                target: "es2020",
                sourceMap: dev,
                useDefineForClassFields: true,
              },
            },
          },
        },
      ],
    },
    optimization: {
      runtimeChunk: "single",
      splitChunks: {
        chunks: "all",
        cacheGroups: {
          // Named groups take only what the pages load at once ("initial"): modules loaded on demand
          // (the file readers with ExcelJS, the preview's workbook) keep their own chunks instead of
          // being pulled into these, and so into every page's initial JavaScript.
          react: {
            test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/,
            name: "react",
            chunks: "initial",
            priority: 30,
          },
          fluent: {
            test: /[\\/]node_modules[\\/](@fluentui|@griffel|@floating-ui|tabster|keyborg|@swc)[\\/]/,
            name: "fluent",
            chunks: "initial",
            priority: 20,
          },
          vendors: {
            test: /[\\/]node_modules[\\/]/,
            name: "vendors",
            chunks: "initial",
            priority: 10,
          },
        },
      },
    },
    performance: {
      // Uncompressed sizes; the budget is 300 KB gzipped initial JS for the pane (about 1 MB raw).
      hints: dev ? false : "warning",
      maxEntrypointSize: 1024 * 1024,
      maxAssetSize: 1024 * 1024,
      assetFilter: (file) => file.endsWith(".js") && !file.startsWith("office-js/"),
    },
  };
}

/** The browser preview: http on port 3001, no office.js, no manifest. */
function previewConfig(env, dev) {
  const base = common(dev);
  return {
    ...base,
    // The simulator and the demo generator are large; the preview is not the pane's budget.
    performance: { ...base.performance, hints: false },
    entry: { preview: "./src/taskpane/preview.tsx" },
    output: {
      path: path.resolve(__dirname, typeof env.outDir === "string" ? env.outDir : "dist/preview"),
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
      clean: true,
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: "./src/taskpane/preview.html",
        chunks: ["preview"],
      }),
      new CopyWebpackPlugin({ patterns: [{ from: "assets/*.png", to: "assets/[name][ext]" }] }),
    ],
    devServer: {
      port: PREVIEW_PORT,
      host: "localhost",
      server: { type: "http" },
      static: false,
      hot: false,
      open: false,
      client: { overlay: { warnings: false } },
    },
  };
}

module.exports = (env = {}, argv = {}) => {
  const dev = argv.mode !== "production";
  if (env.preview) return previewConfig(env, dev);
  const baseUrl = dev ? DEV_URL : manifestBaseUrl();

  return {
    ...common(dev),
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
      clean: true,
    },
    plugins: [
      ...(dev ? [] : [new PaneBudgetPlugin()]),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => content.toString().split(DEV_URL).join(baseUrl),
          },
          ...OFFICE_JS_FILES.map((pattern) => ({
            from: pattern,
            context: OFFICE_JS_DIR,
            // Keep office.js's layout (en-us/, telemetry/, ...); [path] is empty for single files.
            to: ({ absoluteFilename }) =>
              `office-js/${path.relative(OFFICE_JS_DIR, absoluteFilename).split(path.sep).join("/")}`,
            globOptions: { ignore: ["**/*.debug.js"] },
            // Already minified; keeps Terser from spending a minute on 12 MB of Microsoft's code.
            info: { minimized: true },
          })),
        ],
      }),
    ],
    devServer: {
      port: Number(process.env.npm_package_config_dev_server_port) || 3000,
      server: env.WEBPACK_SERVE ? devServerOptions() : undefined,
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      hot: true,
      open: false,
      client: { overlay: { warnings: false } },
    },
  };
};
