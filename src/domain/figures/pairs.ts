/**
 * A map keyed by two names (sector × partner, instrument × partner). Nested maps rather than joined
 * keys: the names are the same few string objects over and over, so lookups need no new strings.
 */
import { ONBEKEND } from "../matching";

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

/**
 * Pairs in a fixed order, whatever the order of the rows they were counted from (so the report and the
 * JSON do not change when the same exports are given in another order): by the first name's place in
 * `firstOrder`, then the second's in `secondOrder`. Names not in an order come after the listed ones,
 * alphabetically, and Onbekend last.
 */
export function sortPairs<T>(
  cells: T[],
  names: (cell: T) => [string, string],
  firstOrder: readonly string[],
  secondOrder: readonly string[],
): T[] {
  const rankOf = (order: readonly string[]) => {
    const rank = new Map(order.map((name, i) => [name, i]));
    return (name: string) => rank.get(name) ?? (name === ONBEKEND ? order.length + 1 : order.length);
  };
  const first = rankOf(firstOrder);
  const second = rankOf(secondOrder);
  const compare = (a: string, b: string, rank: (name: string) => number) =>
    rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
  return cells.sort((x, y) => {
    const [a1, a2] = names(x);
    const [b1, b2] = names(y);
    return compare(a1, b1, first) || compare(a2, b2, second);
  });
}
