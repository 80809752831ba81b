import { defineCheck } from '../../core/check.js';
import type { Unit } from '../../core/unit.js';
import { comparable } from './normalize.js';

export default defineCheck({
  id: 'consistency/same-source-different-target',
  severity: 'warning',
  summary: 'the same source (and context) is translated differently in one catalog',
  peers: { weblate: ['inconsistent'] },
  checkCatalog(catalog, _context, report) {
    const groups = new Map<string, Unit[]>();
    for (const unit of catalog.units) {
      if (unit.state !== 'translated' || unit.sourcePlural !== undefined || unit.targets[0] === '') continue;
      // Different contexts may need different words ("Open" a file vs. "Open" as a state).
      const key = `${unit.context ?? ''}\u0004${unit.source}`;
      const group = groups.get(key);
      if (group) group.push(unit);
      else groups.set(key, [unit]);
    }
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      const first = group[0]!;
      for (const unit of group.slice(1)) {
        if (comparable(unit.targets[0]!) === comparable(first.targets[0]!)) continue;
        report(unit, { message: `translated as "${first.targets[0]}" at line ${first.spans.unit.line}: use one translation` });
      }
    }
  },
});
