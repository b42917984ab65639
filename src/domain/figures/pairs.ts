/**
 * A map keyed by two names (sector × partner, instrument × partner). Nested maps rather than joined
 * keys: the names are the same few string objects over and over, so lookups need no new strings.
 */
export class PairMap<T> {
  private readonly outer = new Map<string, Map<string, T>>();

  get(a: string, b: string): T | undefined {
    return this.outer.get(a)?.get(b);
  }

  has(a: string, b: string): boolean {
    return this.outer.get(a)?.has(b) ?? false;
  }

  set(a: string, b: string, value: T): void {
    let inner = this.outer.get(a);
    if (!inner) {
      inner = new Map();
      this.outer.set(a, inner);
    }
    inner.set(b, value);
  }

  /** The value for (a, b), created by `create` the first time. */
  upsert(a: string, b: string, create: () => T): T {
    let inner = this.outer.get(a);
    if (!inner) {
      inner = new Map();
      this.outer.set(a, inner);
    }
    let value = inner.get(b);
    if (value === undefined) {
      value = create();
      inner.set(b, value);
    }
    return value;
  }

  *values(): IterableIterator<T> {
    for (const inner of this.outer.values()) yield* inner.values();
  }
}
