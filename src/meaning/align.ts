import { PairIndex } from './pair-index.js';

/**
 * IBM Model 1 word alignment over sentence pairs (lists of stems), with a NULL word on the
 * source side so function words do not have to align. Deterministic: a fixed number of EM
 * iterations from a uniform start, and pairs processed in input order.
 *
 * Words become integer ids and every table a typed array: a catalog's memory is trained while
 * its units are checked, and Maps of Maps per word pair were most of what the meaning rules
 * allocated (and what the GC then copied).
 */

export interface AlignedPair {
  source: string[];
  target: string[];
}

export interface LinkOptions {
  /** EM iterations of each direction. */
  iterations?: number;
  /** P(target | source) and P(source | target) must both reach this. */
  minProbability: number;
  /** Pairs that must contain both words. */
  minPairs: number;
}

/**
 * The confident translations of each source word, trained in both directions: P(t|s) and
 * P(s|t) both at least `minProbability` (the directions agree), the words seen together in at
 * least `minPairs` pairs; the weight is the geometric mean of the two probabilities.
 */
export function learnLinks(pairs: readonly AlignedPair[], options: LinkOptions): Map<string, Map<string, number>> {
  const iterations = options.iterations ?? 5;
  const sourceWords = new Vocabulary();
  const targetWords = new Vocabulary();
  const sources = pairs.map((pair) => pair.source.map((word) => sourceWords.id(word)));
  const targets = pairs.map((pair) => pair.target.map((word) => targetWords.id(word)));
  const forward = trainModel1(sources, targets, sourceWords.size, targetWords.size, iterations);
  const backward = trainModel1(targets, sources, targetWords.size, sourceWords.size, iterations);
  const links = new Map<string, Map<string, number>>();
  // In the order of the forward table: source words as the last iteration first gave them a
  // share, and each one's targets likewise (learned memories list translations in this order).
  for (const slots of forward.rowsInOrder()) {
    for (const slot of slots) {
      const probability = forward.probability[slot]!;
      if (probability < options.minProbability) continue;
      const s = forward.slotSource[slot]!;
      const t = forward.slotTarget[slot]!;
      const reverse = backward.probabilityOf(t, s);
      if (reverse < options.minProbability) continue;
      if (forward.together[slot]! < options.minPairs) continue;
      const source = sourceWords.word(s);
      let out = links.get(source);
      if (!out) links.set(source, (out = new Map()));
      out.set(targetWords.word(t), Math.sqrt(probability * reverse));
    }
  }
  return links;
}

class Vocabulary {
  private readonly ids = new Map<string, number>();
  private readonly words: string[] = [];

  get size(): number {
    return this.words.length;
  }

  id(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      this.ids.set(word, (id = this.words.length));
      this.words.push(word);
    }
    return id;
  }

  word(id: number): string {
    return this.words[id]!;
  }
}

/** A trained direction: one slot per (source, target) word pair that co-occurs. */
class Model1Table {
  constructor(
    private readonly slots: PairIndex,
    readonly slotSource: Int32Array,
    readonly slotTarget: Int32Array,
    /** Sentence pairs that contain both words of the slot. */
    readonly together: Int32Array,
    /** P(target | source) of each slot. */
    readonly probability: Float64Array,
    /** Slots with a share in the last iteration, in the order they first got one. */
    private readonly order: Int32Array,
    private readonly nullId: number,
  ) {}

  probabilityOf(source: number, target: number): number {
    const slot = this.slots.get(source, target);
    return slot < 0 ? 0 : this.probability[slot]!;
  }

  /** Each source word's slots (NULL left out), source words and slots in `order`. */
  rowsInOrder(): Iterable<number[]> {
    const rows = new Map<number, number[]>();
    for (const slot of this.order) {
      const source = this.slotSource[slot]!;
      if (source === this.nullId) continue;
      let row = rows.get(source);
      if (!row) rows.set(source, (row = []));
      row.push(slot);
    }
    return rows.values();
  }
}

/** EM for P(target | source) over sentences of word ids; `sourceCount` ids plus one for NULL. */
function trainModel1(sources: readonly number[][], targets: readonly number[][], sourceCount: number, targetCount: number, iterations: number): Model1Table {
  const nullId = sourceCount;
  const slots = new PairIndex();
  const slotSource: number[] = [];
  const slotTarget: number[] = [];
  const together: number[] = [];
  const rowSize = new Int32Array(sourceCount + 1);
  // Each word counts once per pair: the pair's index marks the words already seen in it.
  const seenSource = new Int32Array(sourceCount + 1).fill(-1);
  const seenTarget = new Int32Array(targetCount).fill(-1);
  const distinctTargets: number[] = [];
  let cellCount = 0;
  for (let index = 0; index < sources.length; index++) {
    const source = sources[index]!;
    const target = targets[index]!;
    cellCount += target.length * (source.length + 1);
    distinctTargets.length = 0;
    for (const t of target) {
      if (seenTarget[t] === index) continue;
      seenTarget[t] = index;
      distinctTargets.push(t);
    }
    for (let k = 0; k <= source.length; k++) {
      const s = k < source.length ? source[k]! : nullId;
      if (seenSource[s] === index) continue;
      seenSource[s] = index;
      for (const t of distinctTargets) {
        const slot = slots.add(s, t);
        if (slot < slotSource.length) {
          together[slot]!++;
          continue;
        }
        slotSource.push(s);
        slotTarget.push(t);
        together.push(1);
        rowSize[s]!++;
      }
    }
  }
  // Each sentence pair's slots in visiting order: target word by target word, its sources and NULL.
  const cells = new Int32Array(cellCount);
  const cellStart = new Int32Array(sources.length + 1);
  let at = 0;
  for (let index = 0; index < sources.length; index++) {
    cellStart[index] = at;
    const source = sources[index]!;
    for (const t of targets[index]!) {
      for (const s of source) cells[at++] = slots.get(s, t);
      cells[at++] = slots.get(nullId, t);
    }
  }
  cellStart[sources.length] = at;
  const sourceOf = Int32Array.from(slotSource);
  // Uniform start over the words each source word was ever seen with.
  let probability = new Float64Array(sourceOf.length);
  for (let slot = 0; slot < sourceOf.length; slot++) probability[slot] = 1 / rowSize[sourceOf[slot]!]!;
  let order = new Int32Array(0);
  // Two tables taking turns: one iteration's counts become the next one's probabilities.
  let counts = new Float64Array(probability.length);
  const totals = new Float64Array(sourceCount + 1);
  for (let iteration = 0; iteration < iterations; iteration++) {
    counts.fill(0);
    totals.fill(0);
    const firstShared: number[] = [];
    const last = iteration === iterations - 1;
    for (let index = 0; index < sources.length; index++) {
      const width = sources[index]!.length + 1;
      for (let row = cellStart[index]!; row < cellStart[index + 1]!; row += width) {
        let normalizer = 0;
        for (let i = row; i < row + width; i++) normalizer += probability[cells[i]!]!;
        if (normalizer === 0) continue;
        for (let i = row; i < row + width; i++) {
          const slot = cells[i]!;
          const share = probability[slot]! / normalizer;
          if (share === 0) continue;
          if (last && counts[slot] === 0) firstShared.push(slot);
          counts[slot] += share;
          totals[sourceOf[slot]!] += share;
        }
      }
    }
    for (let slot = 0; slot < counts.length; slot++) {
      const total = totals[sourceOf[slot]!]!;
      counts[slot] = total > 0 ? counts[slot]! / total : 0;
    }
    const previous = probability;
    probability = counts;
    counts = previous;
    if (last) order = Int32Array.from(firstShared);
  }
  return new Model1Table(slots, sourceOf, Int32Array.from(slotTarget), Int32Array.from(together), probability, order, nullId);
}
