/** The rule catalogue as a table or as JSON (`budget-check rules`). */
import Table from 'cli-table3';
import type { RuleMeta } from './meta.js';

export function formatRules(rules: RuleMeta[], format: 'table' | 'json'): string {
  if (format === 'json') return `${JSON.stringify(rules, null, 2)}\n`;
  const t = new Table({ head: ['id', 'name', 'severity', 'what it checks'], style: { head: [], border: [] }, wordWrap: true, colWidths: [8, 30, 10, 80] });
  for (const r of rules) t.push([r.id, r.name, r.severity, r.doc.what]);
  return `${t.toString()}\n${rules.length} rules. Each rule's why and examples: budget-check rules --format json\n`;
}
