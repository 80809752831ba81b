/**
 * IBM Model 1 word alignment over sentence pairs (lists of stems), with a NULL word on the
 * source side so function words do not have to align. Deterministic: a fixed number of EM
 * iterations from a uniform start, and pairs processed in input order.
 */

export interface AlignedPair {
  source: string[];
  target: string[];
}

export interface AlignmentTable {
  /** P(target | source) for each source word: what it translates to. */
  translate: Map<string, Map<string, number>>;
  /** Sentence-pair counts of each source word and target word (evidence for thresholds). */
  sourceCount: Map<string, number>;
  targetCount: Map<string, number>;
  /** How many pairs contained both words. */
  cooccurrence: Map<string, Map<string, number>>;
}

const NULL = '\u0000';

export function trainModel1(pairs: AlignedPair[], iterations = 5): AlignmentTable {
  const cooccurrence = new Map<string, Map<string, number>>();
  const sourceCount = new Map<string, number>();
  const targetCount = new Map<string, number>();
  for (const pair of pairs) {
    const sources = new Set(pair.source);
    const targets = new Set(pair.target);
    for (const s of sources) sourceCount.set(s, (sourceCount.get(s) ?? 0) + 1);
    for (const t of targets) targetCount.set(t, (targetCount.get(t) ?? 0) + 1);
    for (const s of [...sources, NULL]) {
      let row = cooccurrence.get(s);
      if (!row) cooccurrence.set(s, (row = new Map()));
      for (const t of targets) row.set(t, (row.get(t) ?? 0) + 1);
    }
  }
  // Every (source, target) word pair that co-occurs gets a slot in typed arrays, and each
  // sentence pair its slots in visiting order: EM then runs on numbers, not on Map lookups.
  const slots = new Map<string, Map<string, number>>();
  const slotSource: number[] = [];
  const slotWords: [string, string][] = [];
  const sourceIds = new Map<string, number>();
  const probability: number[] = [];
  for (const [s, row] of cooccurrence) {
    const id = sourceIds.size;
    sourceIds.set(s, id);
    const own = new Map<string, number>();
    slots.set(s, own);
    // Uniform start over the words each source word was ever seen with.
    for (const t of row.keys()) {
      own.set(t, probability.length);
      slotSource.push(id);
      slotWords.push([s, t]);
      probability.push(1 / row.size);
    }
  }
  const cellsOf = pairs.map((pair) => {
    const sources = [...pair.source, NULL];
    return Int32Array.from(pair.target.flatMap((t) => sources.map((s) => slots.get(s)!.get(t)!)));
  });
  let prob = Float64Array.from(probability);
  let order: number[] = [];
  for (let iteration = 0; iteration < iterations; iteration++) {
    const counts = new Float64Array(prob.length);
    const totals = new Float64Array(sourceIds.size);
    order = [];
    pairs.forEach((pair, index) => {
      const cells = cellsOf[index]!;
      const width = pair.source.length + 1;
      for (let row = 0; row < cells.length; row += width) {
        let normalizer = 0;
        for (let i = row; i < row + width; i++) normalizer += prob[cells[i]!]!;
        if (normalizer === 0) continue;
        for (let i = row; i < row + width; i++) {
          const slot = cells[i]!;
          const share = prob[slot]! / normalizer;
          if (share === 0) continue;
          if (counts[slot] === 0) order.push(slot);
          counts[slot] += share;
          totals[slotSource[slot]!] += share;
        }
      }
    });
    for (let slot = 0; slot < counts.length; slot++) {
      const total = totals[slotSource[slot]!]!;
      counts[slot] = total > 0 ? counts[slot]! / total : 0;
    }
    prob = counts;
  }
  // The table lists words in the order the last iteration first gave them a share.
  const translate = new Map<string, Map<string, number>>();
  if (iterations === 0) order = probability.map((_, slot) => slot);
  for (const slot of order) {
    const [s, t] = slotWords[slot]!;
    if (s === NULL) continue;
    let row = translate.get(s);
    if (!row) translate.set(s, (row = new Map()));
    row.set(t, prob[slot]!);
  }
  return { translate, sourceCount, targetCount, cooccurrence };
}

/**
 * The confident translations of each source word: P(t|s) and P(s|t) both at least `minProbability`
 * (the two directions agree), seen together in at least `minPairs` pairs.
 */
export function confidentLinks(forward: AlignmentTable, backward: AlignmentTable, minProbability = 0.15, minPairs = 2): Map<string, Map<string, number>> {
  const links = new Map<string, Map<string, number>>();
  for (const [s, row] of forward.translate) {
    for (const [t, probability] of row) {
      if (probability < minProbability) continue;
      const reverse = backward.translate.get(t)?.get(s) ?? 0;
      if (reverse < minProbability) continue;
      const together = forward.cooccurrence.get(s)?.get(t) ?? 0;
      if (together < minPairs) continue;
      let out = links.get(s);
      if (!out) links.set(s, (out = new Map()));
      out.set(t, Math.sqrt(probability * reverse));
    }
  }
  return links;
}
