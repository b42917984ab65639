/** The README starts with the newcomer's commands and its tables match the catalogs. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { rulesTable, sourcesTable, withTables } from "../scripts/readme-tables";

const readme = readFileSync(join(__dirname, "..", "README.md"), "utf8");

test("the first commands are npm install, npm run demo, npm test", () => {
  const commands = readme.match(/```sh\n([\s\S]*?)```/)?.[1] ?? "";
  expect(
    commands
      .split("\n")
      .map((l) => l.split("#")[0].trim())
      .filter(Boolean),
  ).toEqual(["npm install", "npm run demo", "npm test"]);
});

test("the tables of sources and rules are generated from the catalogs", () => {
  expect(readme).toContain(sourcesTable());
  expect(readme).toContain(rulesTable());
  expect(withTables(readme)).toBe(readme);
});

test("the CI script runs the README's test command", () => {
  const ci = readFileSync(join(__dirname, "..", ".ci", "run"), "utf8");
  expect(ci).toMatch(/\nnpm ci\nnpm test\n/);
});
