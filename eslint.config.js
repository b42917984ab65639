// ESLint flat config. Besides style, it guards the architecture: arrows point one way
// (taskpane -> excel -> domain; cli -> readers/excel -> domain, never the pane), and src/domain stays free
// of Office, React and Node.
const js = require("@eslint/js");
const tseslint = require("typescript-eslint");
const reactHooks = require("eslint-plugin-react-hooks");
const globals = require("globals");

const nodeBuiltins = require("module").builtinModules.flatMap((m) => [m, `node:${m}`]);

const restrict = (patterns, paths = []) => ({
  "no-restricted-imports": ["error", { patterns, paths }],
});

module.exports = tseslint.config(
  {
    ignores: [
      "node_modules/**",
      "dist/**",
      "coverage/**",
      "demo-output/**",
      "demo-data/**",
      "test-output/**",
      "bench-output/**",
      "scratch.tmp/**",
      "test/support/strip-bom.js",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-require-imports": "off",
    },
  },
  {
    files: ["src/domain/**/*.ts"],
    languageOptions: { globals: {} },
    rules: {
      ...restrict(
        [
          {
            group: [
              "../excel/*",
              "../../excel/*",
              "**/excel/**",
              "**/taskpane/**",
              "**/cli/**",
              "**/readers/**",
            ],
            message: "src/domain depends on nothing outside itself.",
          },
          {
            group: ["**/simulated-excel/**", "**/commands/**"],
            message: "src/domain depends on nothing outside itself.",
          },
          {
            group: ["react", "react-dom", "@fluentui/*", "exceljs", "papaparse", "@microsoft/office-js"],
            message: "src/domain is pure TypeScript.",
          },
        ],
        nodeBuiltins.map((name) => ({ name, message: "src/domain must not use Node APIs." })),
      ),
      "no-restricted-globals": [
        "error",
        "Excel",
        "Office",
        "process",
        "Buffer",
        "require",
        "window",
        "document",
      ],
    },
  },
  {
    files: ["src/excel/**/*.ts"],
    rules: restrict([
      {
        group: ["**/taskpane/**", "**/cli/**", "**/commands/**", "react", "@fluentui/*"],
        message: "src/excel must not depend on the pane, the ribbon or the CLI.",
      },
    ]),
  },
  {
    files: ["src/readers/**/*.ts"],
    rules: restrict([
      {
        group: ["**/excel/**", "**/taskpane/**", "**/cli/**", "**/commands/**", "react", "@fluentui/*"],
        message: "readers turn files into cell arrays and nothing else.",
      },
    ]),
  },
  {
    files: ["src/cli/**/*.ts"],
    rules: restrict([
      {
        group: ["**/taskpane/**", "**/commands/**", "react", "@fluentui/*"],
        message: "the CLI is headless.",
      },
    ]),
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}", "src/commands/**/*.ts"],
    languageOptions: { globals: { ...globals.browser, Office: "readonly", Excel: "readonly" } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict([
        { group: ["**/cli/**", "exceljs"], message: "the pane does not load the CLI or ExcelJS directly." },
      ]),
    },
  },
  {
    files: ["test/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
  },
);
