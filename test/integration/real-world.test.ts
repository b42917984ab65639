/**
 * Every workbook of ../shared/real-world-xlsx (written by Excel, LibreOffice, WPS and others): read, or
 * refused with exit 2 and one clear line — never a crash. And the 1904 date system read right.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseDate } from "../../src/domain/values";
import { isoDate } from "../../src/domain/dates";
import { readXlsx } from "../../src/readers/xlsx";
import { cli } from "../support/cli";
import { REAL_WORLD } from "../support/paths";

const workbooks = readdirSync(REAL_WORLD).filter((f) => f.endsWith(".xlsx"));

test("the corpus is there", () => {
  expect(workbooks.length).toBeGreaterThanOrEqual(60);
});

describe.each(workbooks)("%s", (file) => {
  test("is read or refused with one clear line", async () => {
    const run = await cli("report", join(REAL_WORLD, file), "--peildatum", "2015-09-30");
    if (run.code === 0) {
      expect(run.stderr).toBe("");
      expect(run.stdout).toContain("Peildatum 30-09-2015");
      return;
    }
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    const lines = run.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^wsp-monitor: /);
    expect(lines[0]).toContain(file);
    expect(lines[0]).not.toMatch(/interne fout|\bat .*\(.*:\d+:\d+\)|TypeError|undefined/);
  });
});

describe("1904 date system", () => {
  test.each(["1904_1900.xlsx", "1904_1904.xlsx"])(
    "%s: column B dates equal column C's cached text",
    async (file) => {
      const { sheets, date1904 } = await readXlsx(readFileSync(join(REAL_WORLD, file)), file);
      expect(date1904).toBe(file === "1904_1904.xlsx");
      let compared = 0;
      for (const row of sheets[0].rows) {
        const text = row[2];
        if (typeof text !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(text) || text < "1900-03-01") continue;
        const day = parseDate(row[1], sheets[0].date1904);
        expect(typeof day).toBe("number");
        expect(isoDate(day as number)).toBe(text);
        compared++;
      }
      expect(compared).toBeGreaterThanOrEqual(3);
    },
  );

  test("a 1904 serial number is read in its own date system", () => {
    // 1904-01-02 is serial 1 in the 1904 system and serial 1463 in the 1900 system.
    expect(isoDate(parseDate(1, true) as number)).toBe("1904-01-02");
    expect(isoDate(parseDate(1463, false) as number)).toBe("1904-01-02");
  });
});
