/**
 * A generated workbook with 100,000 placements: the report is written in at most 8 syncs, with no
 * request above 4 MB. (Reading takes more syncs: 100,000 rows do not fit one 5 MB response.)
 */
import { measureReportWrite } from "../../src/excel";

jest.setTimeout(180_000);

test("100k placements: writing the report takes ≤ 8 syncs, every request ≤ 4 MB", async () => {
  const result = await measureReportWrite({
    placements: 100_000,
    vacancies: 50_000,
    employers: 20_000,
    contacts: 100_000,
  });
  expect(result.sheets.find((s) => s.name === "WBS plaatsingen")!.rows).toBeGreaterThan(100_000);
  expect(result.write.syncs).toBeLessThanOrEqual(8);
  expect(result.write.maxRequestBytes).toBeLessThanOrEqual(4 * 1024 * 1024);
  expect(result.write.result.syncs).toBe(result.write.syncs);
  expect(result.write.result.sheets).toHaveLength(6);
  // Reading: 2 syncs to list the sheets and their used ranges, then blocks within the response limit.
  expect(result.read.maxResponseBytes).toBeLessThanOrEqual(4 * 1024 * 1024);
  expect(result.read.syncs).toBeGreaterThan(2);
  expect(result.analyse.findings).toBeGreaterThan(5_000);
});
