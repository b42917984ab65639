/**
 * Request/response size accounting. Office serialises each batch to JSON; we use the JSON length
 * of every queued operation (location + arguments) and of every loaded value as a proxy for bytes.
 */

/** Default limit of Excel on the web for both requests and responses. */
export const DEFAULT_MAX_PAYLOAD_BYTES = 5 * 1024 * 1024;

/** Fixed per-operation overhead, similar to the envelope office-js adds around each action. */
export const OPERATION_OVERHEAD_BYTES = 40;

/** JSON length of a value, treating proxies (objects with `_simPath`) as short references. */
export function jsonSize(value: unknown): number {
  try {
    const text = JSON.stringify(value, (_key, v: unknown) => {
      if (v && typeof v === "object" && "_simPath" in (v as Record<string, unknown>)) {
        return { ref: (v as { _simPath: string })._simPath };
      }
      return v;
    });
    return text === undefined ? 0 : text.length;
  } catch {
    return 0;
  }
}

export interface SimStats {
  /** Round trips: `context.sync()` calls (explicit or the one at the end of `run`) with queued operations. */
  syncs: number;
  /** Every `context.sync()` call, including those with nothing queued (no round trip). */
  syncCalls: number;
  /** Request size of each round trip, in order. */
  requests: number[];
  maxRequestBytes: number;
  /** Response size (loaded values) of each round trip, in order. */
  responses: number[];
  maxResponseBytes: number;
  /** Number of operations applied, summed over all round trips. */
  operations: number;
}

export function emptyStats(): SimStats {
  return {
    syncs: 0,
    syncCalls: 0,
    requests: [],
    maxRequestBytes: 0,
    responses: [],
    maxResponseBytes: 0,
    operations: 0,
  };
}

/** Deep copy of plain data (arrays, plain objects, primitives, Dates). */
export function cloneData<T>(value: T): T {
  if (value === null || typeof value !== "object") return value;
  if (value instanceof Date) return new Date(value.getTime()) as unknown as T;
  if (Array.isArray(value)) return value.map((v) => cloneData(v)) as unknown as T;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = cloneData(v);
  return out as T;
}

/** Short JSON for statements in debugInfo. */
export function shortJson(value: unknown): string {
  if (value && typeof value === "object" && "_simPath" in (value as Record<string, unknown>)) {
    return (value as { _simPath: string })._simPath;
  }
  if (Array.isArray(value) && value.length > 20) return `[${value.length} items]`;
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    text = String(value);
  }
  if (text === undefined) return "undefined";
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
