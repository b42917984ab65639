import {
  type SimulatedExcel,
  type SimulatedExcelOptions,
  SimulatedWorkbook,
  createSimulatedExcel,
} from "../../src/simulated-excel";

/** A simulator over a fresh workbook with one sheet, "Sheet1". */
export function newSim(options?: SimulatedExcelOptions): SimulatedExcel {
  const wb = new SimulatedWorkbook();
  wb.addWorksheet("Sheet1");
  return createSimulatedExcel(wb, options);
}

export interface OfficeLikeError {
  code: string;
  message: string;
  debugInfo: { code: string; message: string; errorLocation?: string; statement?: string };
}

/** Awaits a promise that must reject with an Office-like error with `code`; returns the error. */
export async function expectOfficeError(promise: Promise<unknown>, code: string): Promise<OfficeLikeError> {
  let error: unknown;
  try {
    await promise;
  } catch (e) {
    error = e;
  }
  expect(error).toBeDefined();
  const e = error as OfficeLikeError;
  expect({ code: e.code, message: e.message }).toEqual({ code, message: expect.any(String) });
  expect(e.debugInfo.code).toBe(code);
  return e;
}

/** Runs `fn` and expects it to throw synchronously with an Office-like error with `code`. */
export function expectSyncThrow(fn: () => unknown, code: string): OfficeLikeError {
  let error: unknown;
  try {
    fn();
  } catch (e) {
    error = e;
  }
  expect(error).toBeDefined();
  expect((error as OfficeLikeError).code).toBe(code);
  return error as OfficeLikeError;
}
