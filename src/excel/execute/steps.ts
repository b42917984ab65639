/**
 * Steps: small pieces of queued work with an estimate of the request bytes they add, so that a
 * long list of steps can be cut into as few `context.sync` calls as the request limit allows.
 */

/** Proxies a step may need that were created by earlier steps (possibly in an earlier sync). */
export interface Env {
  ctx: Excel.RequestContext;
  sheets: Map<string, Excel.Worksheet>;
  tables: Map<string, Excel.Table>;
}

export interface Step {
  /** Estimated request bytes (an upper bound of the JSON the queued operations send). */
  bytes: number;
  run(env: Env): void;
}

/** Per queued operation: envelope, member name and object path, as office-js (and the simulator) send. */
export const OP_BYTES = 100;

/** Estimated bytes of `ops` operations whose arguments are `args`. */
export function cost(ops: number, ...args: unknown[]): number {
  let n = ops * OP_BYTES;
  for (const a of args) n += jsonLength(a);
  return n;
}

export function jsonLength(value: unknown): number {
  if (value === undefined) return 0;
  return JSON.stringify(value)?.length ?? 0;
}

export interface SyncBudget {
  /** Largest request of one sync, in bytes. */
  maxRequestBytes: number;
  /** Queued before each new batch (suspend calculation/screen updating); returns its bytes. */
  startBatch(env: Env): number;
}

export interface SyncCounter {
  syncs: number;
}

/**
 * Runs the steps in order, syncing whenever the next step would push the request over the budget.
 * Returns the bytes queued since the last sync (the caller syncs them, possibly with more work).
 */
export async function runSteps(
  env: Env,
  steps: readonly Step[],
  budget: SyncBudget,
  counter: SyncCounter,
  queued: number,
): Promise<number> {
  let acc = queued;
  for (const step of steps) {
    if (acc > 0 && acc + step.bytes > budget.maxRequestBytes) {
      await env.ctx.sync();
      counter.syncs++;
      acc = budget.startBatch(env);
    }
    step.run(env);
    acc += step.bytes;
  }
  return acc;
}

/** Total estimated bytes of steps. */
export const stepBytes = (steps: readonly Step[]) => steps.reduce((n, s) => n + s.bytes, 0);
