/**
 * Reading the cells in blocks within the response limit: a response that turns out too large is
 * retried with smaller blocks once, and the reading then goes on at the measured size, not at a
 * size that stays inflated by the retry.
 */
import { readWorkbook, simulatedHost } from "../../src/excel";
import { DEFAULT_MAX_RESPONSE_BYTES } from "../../src/excel/read-workbook";
import { createSimulatedExcel, SimulatedWorkbook } from "../../src/simulated-excel";

jest.setTimeout(120_000);

/** Excel on the web refuses a response above 5 MB. */
const EXCEL_RESPONSE_LIMIT = 5 * 1024 * 1024;

/** A Contacten sheet: `rows` data rows; the Verslag is short up to row `longFrom` - 1, then 400 characters. */
function contacten(rows: number, longFrom: number): SimulatedWorkbook {
  const wb = SimulatedWorkbook.create([]);
  const ws = wb.addWorksheet("Contacten");
  ["Werkgevernummer", "Datum", "Soort contact", "Verslag"].forEach((h, c) => (ws.ensureCell(0, c).value = h));
  for (let r = 1; r <= rows; r++) {
    ws.ensureCell(r, 0).value = `WG${r}`;
    ws.ensureCell(r, 1).value = 42000 + (r % 300);
    ws.ensureCell(r, 2).value = "Bezoek";
    ws.ensureCell(r, 3).value = r >= longFrom ? "x".repeat(400) : "ok";
  }
  return wb;
}

/** Reads the workbook, counting the syncs that failed because the response was too large. */
async function read(wb: SimulatedWorkbook) {
  const sim = createSimulatedExcel(wb, { maxPayloadBytes: EXCEL_RESPONSE_LIMIT });
  const base = simulatedHost(sim);
  let tooLarge = 0;
  const host = {
    ...base,
    run: <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) =>
      base.run((ctx) => {
        const sync = ctx.sync.bind(ctx);
        (ctx as { sync: unknown }).sync = (value?: unknown) =>
          sync(value).catch((error: unknown) => {
            if ((error as { code?: string }).code === "ResponsePayloadSizeLimitExceeded") tooLarge++;
            throw error;
          });
        return batch(ctx);
      }),
  };
  const result = await readWorkbook(host);
  return { result, tooLarge };
}

/** Bytes of the cells as Excel returns them: values and number formats. */
const dataBytes = (rows: unknown[][], formats: unknown[][]) =>
  JSON.stringify(rows).length + JSON.stringify(formats).length;

describe("reading in blocks", () => {
  test("after one response that is too large, reading goes on at the measured size (60,000 rows, short first)", async () => {
    const { result, tooLarge } = await read(contacten(60_000, 1_001));
    const [input] = result.inputs;
    expect(input.rows).toHaveLength(60_001);
    expect(input.rows[1000][3]).toBe("ok");
    expect(input.rows[1001][3]).toBe("x".repeat(400));
    expect(input.rows[60_000][0]).toBe("WG60000");
    // The first 1,000 short rows make the next sync too large: one failure, no more.
    expect(tooLarge).toBe(1);
    // Syncs: 2 (sheets, used ranges) + 1 (first block) + 1 (the failed sync) + the data at the
    // measured size with its 1.2 margin. The old code took 90 syncs here.
    const data = dataBytes(input.rows, input.numberFormats!);
    const bound = 2 + 1 + 1 + Math.ceil(data / (DEFAULT_MAX_RESPONSE_BYTES / 1.2));
    expect(bound).toBe(13);
    expect(result.syncs).toBeLessThanOrEqual(bound);
  });

  test("uniform rows: no response too large, 2 + ceil(data / 3.8 MB) syncs plus the first block", async () => {
    const { result, tooLarge } = await read(contacten(60_000, 1));
    const [input] = result.inputs;
    expect(input.rows).toHaveLength(60_001);
    expect(tooLarge).toBe(0);
    const data = dataBytes(input.rows, input.numberFormats!);
    expect(result.syncs).toBeLessThanOrEqual(2 + 1 + Math.ceil(data / (DEFAULT_MAX_RESPONSE_BYTES / 1.2)));
  });
});
