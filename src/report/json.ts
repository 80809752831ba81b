import type { TranslintReport } from '../api.js';

export function renderJson(report: TranslintReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
