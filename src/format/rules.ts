/** The rule catalogue as a table or as JSON (`budget-check rules`). */
import Table from 'cli-table3';
import type { RuleMeta } from './meta.js';
import { EN_WORDS, type Words } from './words.js';
import { cellText } from './wrap.js';

/** The rules (their docs in the words' language) as a table or as JSON; `words` gives the table's heading and severities. */
export function formatRules(rules: RuleMeta[], format: 'table' | 'json', words: Words = EN_WORDS): string {
  if (format === 'json') return `${JSON.stringify(rules, null, 2)}\n`;
  const t = new Table({ head: [...words.rulesHead], style: { head: [], border: [] }, wordWrap: true, colWidths: [8, 30, 10, 16, 80] });
  for (const r of rules) t.push([r.id, r.name, words.severity[r.severity], appliesTo(r, words), cellText(r.doc.what, 78)]);
  return `${t.toString()}\n${words.rulesFooter(rules.length)}\n`;
}

/** Which packages the rule checks, in the words' language. */
function appliesTo(r: RuleMeta, words: Words): string {
  const kinds = r.kinds ?? ['budget', 'final'];
  return kinds.length === 2 ? words.appliesTo.both : words.appliesTo[kinds[0]];
}
