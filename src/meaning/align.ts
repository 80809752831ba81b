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
  // Uniform start over the words each source word was ever seen with.
  let translate = new Map<string, Map<string, number>>();
  for (const [s, row] of cooccurrence) {
    const uniform = 1 / row.size;
    translate.set(s, new Map([...row.keys()].map((t) => [t, uniform])));
  }
  for (let iteration = 0; iteration < iterations; iteration++) {
    const counts = new Map<string, Map<string, number>>();
    const totals = new Map<string, number>();
    for (const pair of pairs) {
      const sources = [...pair.source, NULL];
      for (const t of pair.target) {
        let normalizer = 0;
        for (const s of sources) normalizer += translate.get(s)!.get(t) ?? 0;
        if (normalizer === 0) continue;
        for (const s of sources) {
          const share = (translate.get(s)!.get(t) ?? 0) / normalizer;
          if (share === 0) continue;
          let row = counts.get(s);
          if (!row) counts.set(s, (row = new Map()));
          row.set(t, (row.get(t) ?? 0) + share);
          totals.set(s, (totals.get(s) ?? 0) + share);
        }
      }
    }
    const next = new Map<string, Map<string, number>>();
    for (const [s, row] of counts) {
      const total = totals.get(s)!;
      next.set(s, new Map([...row].map(([t, count]) => [t, count / total])));
    }
    translate = next;
  }
  translate.delete(NULL);
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
