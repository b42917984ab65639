/**
 * `createSimulatedExcel(workbook)`: an `Excel.run` look-alike over a SimulatedWorkbook.
 */
import { type QueuedOp, type SimEngine, SimRequestContext, SyncTransaction } from "./context";
import { OperationError, SimErrorCodes, SimulatedOfficeError, fail } from "./errors";
import type { SimulatedWorkbook } from "./model";
import { DEFAULT_MAX_PAYLOAD_BYTES, type SimStats, emptyStats } from "./payload";
import {
  DEFAULT_SUPPORTED_SETS,
  SETTER_API_SETS,
  type SupportedSets,
  isSetSupported,
  requiredExcelApi,
} from "./requirements";
import type { SimClientObject } from "./client-object";

export interface SimulatedExcelOptions {
  /** Requirement sets the simulated host supports, e.g. `{ ExcelApi: "1.8" }`. Default ExcelApi 1.17. */
  supportedSets?: SupportedSets;
  /** Limit for the request and the response of one sync. Default 5 MB (Excel on the web). */
  maxPayloadBytes?: number;
}

export type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

export interface SimulatedExcel {
  /** Mirrors `Excel.run(batch)`; also `run(object | objects | context, batch)`. */
  run<T>(batch: Batch<T>): Promise<T>;
  run<T>(objects: unknown, batch: Batch<T>): Promise<T>;
  readonly workbook: SimulatedWorkbook;
  readonly stats: SimStats;
  resetStats(): void;
  readonly requirements: { isSetSupported(name: string, minVersion?: string): boolean };
  readonly options: Required<SimulatedExcelOptions>;
}

const REQUEST_LIMIT_MESSAGE =
  "The request payload size has exceeded the limit. Please refer to the documentation: " +
  "https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins.";
const RESPONSE_LIMIT_MESSAGE =
  "The response payload size has exceeded the limit. Please refer to the documentation: " +
  "https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins.";
const API_NOT_FOUND_MESSAGE =
  "The API you are trying to use could not be found. It may be available in a newer version of Excel. " +
  "Please refer to the documentation: https://learn.microsoft.com/office/dev/add-ins/reference/requirement-sets/excel-api-requirement-sets for more information.";
const RUN_MUST_RETURN_PROMISE =
  'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, ' +
  "so that any automatically-tracked objects can be released at the completion of the batch operation. " +
  'Typically, you return a promise by returning the response from "context.sync()".';

class Engine implements SimEngine {
  stats: SimStats = emptyStats();

  get maxPayloadBytes(): number {
    return this.options.maxPayloadBytes;
  }

  constructor(
    readonly workbook: SimulatedWorkbook,
    readonly options: Required<SimulatedExcelOptions>,
  ) {}

  checkApi(location: string): void {
    const [cls, member] = location.split(".");
    const setter = SETTER_API_SETS[location];
    const version = setter && member ? setter : requiredExcelApi(location);
    if (cls === "RequestContext") return;
    if (!isSetSupported(this.options.supportedSets, "ExcelApi", version)) {
      fail(SimErrorCodes.apiNotFound, `${API_NOT_FOUND_MESSAGE} (${location} needs ExcelApi ${version})`);
    }
  }

  executeBatch(ctx: SimRequestContext, ops: QueuedOp[]): void {
    this.stats.syncCalls++;
    if (ops.length === 0) return;
    this.stats.syncs++;
    const requestBytes = ops.reduce((n, op) => n + op.bytes, 0);
    this.stats.requests.push(requestBytes);
    this.stats.maxRequestBytes = Math.max(this.stats.maxRequestBytes, requestBytes);
    if (requestBytes > this.options.maxPayloadBytes) {
      this.stats.responses.push(0);
      throw new SimulatedOfficeError(SimErrorCodes.requestPayloadSizeLimitExceeded, REQUEST_LIMIT_MESSAGE, {
        errorLocation: "",
        statement: `(${ops.length} operations, ${requestBytes} bytes)`,
      });
    }
    const tx = new SyncTransaction();
    ctx._tx = tx;
    try {
      for (let i = 0; i < ops.length; i++) {
        const op = ops[i];
        try {
          this.checkApi(op.location);
          op.run(tx);
          this.stats.operations++;
          if (op.mutates) this.workbook.touch();
        } catch (e) {
          this.workbook.touch();
          this.stats.responses.push(tx.responseBytes);
          tx.commit();
          throw this.toOfficeError(e, op, ops, i, tx.traces);
        }
      }
    } finally {
      ctx._tx = undefined;
    }
    this.stats.responses.push(tx.responseBytes);
    this.stats.maxResponseBytes = Math.max(this.stats.maxResponseBytes, tx.responseBytes);
    if (tx.responseBytes > this.options.maxPayloadBytes) {
      throw new SimulatedOfficeError(SimErrorCodes.responsePayloadSizeLimitExceeded, RESPONSE_LIMIT_MESSAGE, {
        errorLocation: "",
        statement: `(${tx.responseBytes} bytes of loaded values)`,
      });
    }
    tx.commit();
  }

  private toOfficeError(e: unknown, op: QueuedOp, ops: QueuedOp[], index: number, traces: string[]): Error {
    const surrounding = ops.slice(Math.max(0, index - 2), index + 3).map((o) => o.statement);
    if (e instanceof OperationError) {
      return new SimulatedOfficeError(
        e.code,
        e.message,
        { errorLocation: op.location, statement: op.statement, surroundingStatements: surrounding },
        traces,
      );
    }
    if (e instanceof SimulatedOfficeError) return e;
    const message = e instanceof Error ? e.message : String(e);
    const error = new SimulatedOfficeError(
      SimErrorCodes.generalException,
      `There was an internal error while processing the request. (${message})`,
      { errorLocation: op.location, statement: op.statement, surroundingStatements: surrounding },
      traces,
    );
    if (e instanceof Error && e.stack) error.stack = e.stack;
    return error;
  }
}

export function createSimulatedExcel(
  workbook: SimulatedWorkbook,
  options: SimulatedExcelOptions = {},
): SimulatedExcel {
  const resolved: Required<SimulatedExcelOptions> = {
    supportedSets: options.supportedSets ?? DEFAULT_SUPPORTED_SETS,
    maxPayloadBytes: options.maxPayloadBytes ?? DEFAULT_MAX_PAYLOAD_BYTES,
  };
  const engine = new Engine(workbook, resolved);

  async function run<T>(first: unknown, second?: Batch<T>): Promise<T> {
    const batch = (typeof first === "function" ? first : second) as Batch<T> | undefined;
    if (typeof batch !== "function") {
      throw new SimulatedOfficeError(
        SimErrorCodes.invalidArgument,
        "The batch function passed to run is missing.",
      );
    }
    let ctx: SimRequestContext | undefined;
    const reuse = typeof first === "function" ? undefined : first;
    if (reuse instanceof SimRequestContext) ctx = reuse;
    else if (reuse && typeof reuse === "object") {
      const objs = (Array.isArray(reuse) ? reuse : [reuse]) as SimClientObject<unknown>[];
      ctx = objs.find((o) => o && o.context instanceof SimRequestContext)?.context;
    }
    if (!ctx) ctx = new SimRequestContext(engine);
    const wasClosed = ctx._closed;
    ctx._closed = false;
    try {
      const pending = batch(ctx as unknown as Excel.RequestContext);
      if (!pending || typeof (pending as Promise<T>).then !== "function") {
        throw new SimulatedOfficeError(SimErrorCodes.runMustReturnPromise, RUN_MUST_RETURN_PROMISE);
      }
      const result = await pending;
      await ctx.sync();
      return result;
    } finally {
      ctx._closed = true;
      void wasClosed;
    }
  }

  const requirements = {
    isSetSupported: (name: string, minVersion?: string): boolean =>
      isSetSupported(resolved.supportedSets, name, minVersion),
  };

  return {
    run: run as SimulatedExcel["run"],
    workbook,
    get stats() {
      return engine.stats;
    },
    resetStats() {
      engine.stats = emptyStats();
    },
    requirements,
    options: resolved,
  };
}
