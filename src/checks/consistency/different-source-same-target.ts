import { defineCheck } from '../../core/check.js';
import type { Unit } from '../../core/unit.js';
import { comparable } from './normalize.js';

export default defineCheck({
  id: 'consistency/different-source-same-target',
  severity: 'info',
  summary: 'different sources share one translation (synonyms are fine; opposites are a bug)',
  peers: { weblate: ['reused'] },
  checkCatalog(catalog, _context, report) {
    const byTarget = new Map<string, Unit[]>();
    for (const unit of catalog.units) {
      if (unit.state !== 'translated' || unit.sourcePlural !== undefined) continue;
      const key = comparable(unit.targets[0]!);
      if (key.length < 2) continue;
      const group = byTarget.get(key);
      if (group) group.push(unit);
      else byTarget.set(key, [unit]);
    }
    for (const group of byTarget.values()) {
      if (group.length < 2) continue;
      const first = group[0]!;
      for (const unit of group.slice(1)) {
        if (comparable(unit.source) === comparable(first.source) || unit.context !== first.context) continue;
        report(unit, { message: `"${unit.targets[0]}" also translates "${first.source}" (line ${first.spans.unit.line}): do both sources mean the same?` });
      }
    }
  },
});
