/** The rule catalogue as a table or as JSON (`budget-check rules`). */
import Table from 'cli-table3';
import type { RuleMeta } from './meta.js';

export function formatRules(rules: RuleMeta[], format: 'table' | 'json'): string {
  if (format === 'json') return `${JSON.stringify(rules, null, 2)}\n`;
  const t = new Table({ head: ['id', 'name', 'severity', 'applies to', 'what it checks'], style: { head: [], border: [] }, wordWrap: true, colWidths: [8, 30, 10, 16, 80] });
  for (const r of rules) t.push([r.id, r.name, r.severity, appliesTo(r), r.doc.what]);
  return `${t.toString()}\n${rules.length} rules. Each rule's why and examples: budget-check rules --format json\n`;
}

/** "both", "budgets" or "final accounts". */
function appliesTo(r: RuleMeta): string {
  const kinds = r.kinds ?? ['budget', 'final'];
  return kinds.length === 2 ? 'both' : kinds[0] === 'final' ? 'final accounts' : 'budgets';
}
