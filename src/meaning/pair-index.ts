/**
 * Numbers pairs of small non-negative integers (word ids) 0, 1, 2, ... in the order they are
 * first added: an open-addressing hash table over typed arrays. Model 1 training adds a
 * catalog's co-occurring word pairs, hundreds of thousands of them; a Map keyed by
 * `a * size + b` spent most of the training time growing, and its entries were GC work.
 */
export class PairIndex {
  private keysA: Int32Array;
  private keysB: Int32Array;
  /** Slot + 1 of each table cell; 0 = empty. */
  private slots: Int32Array;
  private mask: number;
  private count = 0;

  constructor(expected = 1024) {
    let capacity = 1024;
    while (capacity < expected * 2) capacity *= 2;
    this.keysA = new Int32Array(capacity);
    this.keysB = new Int32Array(capacity);
    this.slots = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  get size(): number {
    return this.count;
  }

  /** The pair's number, or -1 when it was never added. */
  get(a: number, b: number): number {
    for (let cell = hash(a, b) & this.mask; ; cell = (cell + 1) & this.mask) {
      const slot = this.slots[cell]!;
      if (slot === 0) return -1;
      if (this.keysA[cell] === a && this.keysB[cell] === b) return slot - 1;
    }
  }

  /** The pair's number, adding it (as the next number) when new. */
  add(a: number, b: number): number {
    let cell = hash(a, b) & this.mask;
    for (; ; cell = (cell + 1) & this.mask) {
      const slot = this.slots[cell]!;
      if (slot === 0) break;
      if (this.keysA[cell] === a && this.keysB[cell] === b) return slot - 1;
    }
    this.keysA[cell] = a;
    this.keysB[cell] = b;
    this.slots[cell] = ++this.count;
    if (this.count * 2 > this.slots.length) this.grow();
    return this.count - 1;
  }

  private grow(): void {
    const { keysA, keysB, slots } = this;
    const capacity = slots.length * 2;
    this.keysA = new Int32Array(capacity);
    this.keysB = new Int32Array(capacity);
    this.slots = new Int32Array(capacity);
    this.mask = capacity - 1;
    for (let old = 0; old < slots.length; old++) {
      if (slots[old] === 0) continue;
      let cell = hash(keysA[old]!, keysB[old]!) & this.mask;
      while (this.slots[cell] !== 0) cell = (cell + 1) & this.mask;
      this.keysA[cell] = keysA[old]!;
      this.keysB[cell] = keysB[old]!;
      this.slots[cell] = slots[old]!;
    }
  }
}

function hash(a: number, b: number): number {
  const h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77);
  return h ^ (h >>> 15);
}
