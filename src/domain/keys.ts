/**
 * Dense numbers 0, 1, 2, … for the distinct values of a key column (placement, vacancy and employer
 * numbers), so that a join looks each row's key up once, and rules and figures then index plain arrays
 * by that number instead of hashing the same strings again in Maps of their own.
 *
 * Why not a Map<string, number> inside: the keys are cells of a large export, fresh strings spread over
 * a large heap, and the tables hold tens of thousands of keys. A Map walks a chain of entries per
 * lookup, comparing the key objects they point to elsewhere in memory — several cache misses per
 * lookup. This table probes one slot of a compact array (number and hash side by side) and compares
 * the characters with its own copy of the key: about two cache misses per lookup.
 */
export class KeyIndex {
  /** Per slot: the key's number + 1 (0: empty slot) and the key's hash; a power of two of slots. */
  private slots = new Int32Array(2 * 64);
  /** The characters of all keys, one after the other. */
  private chars = new Uint16Array(1024);
  /** Per number: the end of its key's characters in `chars` (its start is the end of the one before). */
  private ends = new Int32Array(32);
  private count = 0;

  /** Distinct keys numbered so far; numbers run from 0 to size − 1. */
  get size(): number {
    return this.count;
  }

  /** The key's number; a new number the first time the key is seen; -1 for no key. */
  add(key: string | undefined): number {
    if (key === undefined) return -1;
    const hash = hashOf(key);
    const slot = this.slotOf(key, hash);
    const number = this.slots[2 * slot] - 1;
    return number >= 0 ? number : this.insert(key, hash, slot);
  }

  /** The slot that holds the key, or the empty slot where it belongs (linear probing). */
  private slotOf(key: string, hash: number): number {
    const mask = (this.slots.length >> 1) - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const number = this.slots[2 * slot] - 1;
      if (number < 0 || (this.slots[2 * slot + 1] === hash && this.holds(number, key))) return slot;
    }
  }

  /** Whether the key with this number has the same characters as `key`. */
  private holds(number: number, key: string): boolean {
    const start = number === 0 ? 0 : this.ends[number - 1];
    if (this.ends[number] - start !== key.length) return false;
    for (let i = 0; i < key.length; i++) if (this.chars[start + i] !== key.charCodeAt(i)) return false;
    return true;
  }

  private insert(key: string, hash: number, slot: number): number {
    const number = this.count++;
    const start = number === 0 ? 0 : this.ends[number - 1];
    if (start + key.length > this.chars.length) this.chars = grown(this.chars, start + key.length);
    for (let i = 0; i < key.length; i++) this.chars[start + i] = key.charCodeAt(i);
    if (number === this.ends.length) this.ends = grown(this.ends, number + 1);
    this.ends[number] = start + key.length;
    this.slots[2 * slot] = number + 1;
    this.slots[2 * slot + 1] = hash;
    // At most half of the slots in use keeps the probe sequences short.
    if (2 * this.count > this.slots.length >> 1) this.rehash();
    return number;
  }

  private rehash(): void {
    const old = this.slots;
    this.slots = new Int32Array(2 * old.length);
    const mask = (this.slots.length >> 1) - 1;
    for (let i = 0; i < old.length; i += 2) {
      if (old[i] === 0) continue;
      let slot = old[i + 1] & mask;
      while (this.slots[2 * slot] !== 0) slot = (slot + 1) & mask;
      this.slots[2 * slot] = old[i];
      this.slots[2 * slot + 1] = old[i + 1];
    }
  }
}

/** A copy of `array` with room for at least `length` items (at least twice the size). */
function grown<T extends Uint16Array | Int32Array>(array: T, length: number): T {
  const copy = new (array.constructor as new (length: number) => T)(Math.max(2 * array.length, length));
  copy.set(array);
  return copy;
}

/** FNV-1a over the UTF-16 code units, then the final mix of MurmurHash3 so that every bit counts. */
function hashOf(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return hash ^ (hash >>> 16);
}

/**
 * Per key, the first value seen with it (W01: the employer entered first with a KvK-nummer, a name, …).
 * The keys are numbered by a KeyIndex rather than kept in a Map<string, T>: W01 looks every employer
 * up by strings it has just built (KvK-nummer, name key, address), and the compact table took less
 * time for them than a Map (W01 ≈ 8 % faster on 20 000 employers).
 */
export class FirstSeen<T> {
  private readonly index = new KeyIndex();
  private readonly values: T[] = [];

  /** The value first seen with `key`: an earlier one, or `value` itself (then remembered) for a new key. */
  first(key: string, value: T): T {
    const number = this.index.add(key);
    if (number < this.values.length) return this.values[number];
    this.values.push(value);
    return value;
  }
}
