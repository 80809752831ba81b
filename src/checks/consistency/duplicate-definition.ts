import { defineCheck } from '../../core/check.js';
import type { Unit } from '../../core/unit.js';

export default defineCheck({
  id: 'consistency/duplicate-definition',
  severity: 'error',
  summary: 'the same message (key and context) is defined twice in one file',
  peers: { i18nspector: ['duplicate-message-definition'], msgfmt: ['--check'] },
  checkCatalog(catalog, _context, report) {
    const seen = new Map<string, Unit>();
    for (const unit of catalog.units) {
      if (unit.state === 'obsolete') continue;
      const key = `${unit.context ?? ''}\u0004${unit.key}`;
      const first = seen.get(key);
      if (first) report(unit, { span: unit.spans.key ?? unit.spans.unit, message: `"${unit.key}" is already defined at line ${first.spans.unit.line}; msgfmt rejects duplicates and key-value loaders keep only one` });
      else seen.set(key, unit);
    }
  },
});
