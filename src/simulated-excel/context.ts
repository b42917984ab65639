/**
 * The request context: a queue of operations that `sync()` hands to the engine, like office-js
 * does with its pending request. Nothing touches the workbook until `sync()`.
 */
import { SimErrorCodes, SimulatedOfficeError } from "./errors";
import type { SimulatedWorkbook } from "./model";
import { OPERATION_OVERHEAD_BYTES, jsonSize, shortJson } from "./payload";
import { WorkbookProxy } from "./workbook-proxy";
import type { ApplicationProxy } from "./workbook-proxy";
import type { SimClientObject } from "./client-object";

export { SimClientResult } from "./client-result";

export interface QueuedOp {
  /** `Class.member`, used for requirement-set checks and `debugInfo.errorLocation`. */
  location: string;
  /** Human-readable statement for `debugInfo.statement`. */
  statement: string;
  bytes: number;
  /** False for pure reads (load); true when the operation may change the workbook. */
  mutates: boolean;
  run(tx: SyncTransaction): void;
}

export interface OpInput {
  location: string;
  args?: unknown[];
  /** Statement prefix (the object path); defaults to the location. */
  path?: string;
  /** Full statement text; defaults to `path(args);`. */
  statement?: string;
  mutates?: boolean;
  run(tx: SyncTransaction): void;
}

/** What the engine does with a batch. Implemented in simulator.ts. */
export interface SimEngine {
  readonly workbook: SimulatedWorkbook;
  /** Request/response size limit in bytes. */
  readonly maxPayloadBytes: number;
  executeBatch(ctx: SimRequestContext, ops: QueuedOp[]): void;
  /** Throws ApiNotFound (as an OperationError) when `location` needs an unsupported requirement set. */
  checkApi(location: string): void;
}

/** State of one `sync()` while its operations are applied. Results are committed at the end. */
export class SyncTransaction {
  responseBytes = 0;
  private readonly commits: Array<() => void> = [];
  readonly traces: string[] = [];

  onCommit(fn: () => void): void {
    this.commits.push(fn);
  }

  addResponse(value: unknown): void {
    this.responseBytes += jsonSize(value);
  }

  commit(): void {
    for (const fn of this.commits) fn();
    this.commits.length = 0;
  }
}

export class SimRequestContext {
  readonly workbook: WorkbookProxy;
  readonly application: ApplicationProxy;
  readonly trackedObjects = {
    add: (object: SimClientObject<unknown> | SimClientObject<unknown>[]): void => {
      for (const o of Array.isArray(object) ? object : [object]) o._tracked = true;
    },
    remove: (object: SimClientObject<unknown> | SimClientObject<unknown>[]): void => {
      for (const o of Array.isArray(object) ? object : [object]) o._tracked = false;
    },
  };
  /** Extra request headers are accepted and ignored. */
  readonly requestHeaders: Record<string, string> = {};
  /** @internal The transaction being applied, while `sync()` runs. */
  _tx: SyncTransaction | undefined;
  /** @internal Set when the `run` that created this context has finished. */
  _closed = false;
  private queue: QueuedOp[] = [];
  private syncChain: Promise<unknown> = Promise.resolve();

  constructor(readonly _engine: SimEngine) {
    this.workbook = new WorkbookProxy(this);
    this.application = this.workbook.application;
  }

  /** @internal Queues an operation. Throws synchronously if the context's `run` has finished. */
  _enqueue(input: OpInput, owner?: SimClientObject<unknown>): void {
    if (this._closed && !(owner && owner._tracked)) {
      throw new SimulatedOfficeError(
        SimErrorCodes.invalidObjectPath,
        `The object path '${input.path ?? input.location}' isn't working for what you're trying to do. ` +
          `If you're using the object across multiple "context.sync" calls and outside the sequential ` +
          `execution of a ".run" batch, please use the "context.trackedObjects.add()" and ` +
          `"context.trackedObjects.remove()" methods to manage the object's lifetime.`,
        { errorLocation: input.location },
      );
    }
    // Proxies passed as arguments are sent as object references, not as their data.
    const args = (input.args ?? []).map((a) =>
      a && typeof a === "object" && "_simPath" in (a as Record<string, unknown>)
        ? { ref: (a as { _simPath: string })._simPath }
        : a,
    );
    const statement =
      input.statement ?? `${input.path ?? input.location}(${args.map((a) => shortJson(a)).join(", ")});`;
    this.queue.push({
      location: input.location,
      statement,
      bytes: OPERATION_OVERHEAD_BYTES + input.location.length + jsonSize(args),
      mutates: input.mutates ?? true,
      run: input.run,
    });
  }

  /** @internal Number of queued operations (for tests and diagnostics). */
  get _pendingCount(): number {
    return this.queue.length;
  }

  sync<T>(passThroughValue?: T): Promise<T> {
    const ops = this.queue;
    this.queue = [];
    const run = async (): Promise<T> => {
      // Results are never available synchronously: yield before applying, like a round trip.
      await Promise.resolve();
      this._engine.executeBatch(this, ops);
      return passThroughValue as T;
    };
    const next = this.syncChain.then(run, run);
    this.syncChain = next.catch(() => undefined);
    return next;
  }

  load<T extends SimClientObject<unknown>>(object: T, option?: unknown): T {
    object.load(option as string);
    return object;
  }

  trace(message: string): void {
    this._enqueue({
      location: "RequestContext.trace",
      args: [message],
      mutates: false,
      run: (tx) => {
        tx.traces.push(message);
      },
    });
  }
}
