/**
 * What a ledger says, independent of layout and of the reader: per table, each row's identity (code,
 * total, item or name) with its non-zero amounts in 元. A table read from CSV, from a workbook's sheet
 * or from a PDF's pages must read to the same figures (the comparison of test/fixtures.test.ts).
 */
import type { Ledger } from '../src/ledger/model.js';
import type { Finding } from '../src/report.js';

export function figures(ledger: Ledger, skip: string[] = []): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [kind, table] of ledger.tables) {
    if (skip.includes(kind)) continue;
    out[kind] = table.rows.map((r) => {
      const id = r.code ?? (r.isTotal ? '(total)' : r.item ?? r.name.replace(/[\s\u3000]/g, ''));
      const cells = [...r.cells]
        .filter(([, c]) => c.amount && !c.amount.value.isZero())
        .map(([k, c]) => `${k}=${c.amount!.value.toFixed(2)}`)
        .sort();
      return [r.side ?? '', id, (r.project ?? '').replace(/[\s\u3000]/g, ''), ...cells].join(' ');
    });
    out[kind].sort();
  }
  return out;
}

/** A message's references to figures ("表5.csv:9", "book.xlsx 表5 row 9", "x.pdf p.7:12"), as one mark. */
const REFERENCE = /[^\s()]+\.(csv|xlsx|pdf)(:\d+| \S+ row \d+| p\.\d+:\d+)/g;

/**
 * Errors and warnings as "RULE line:column message", the file and the references to figures left
 * out: the same package read by any reader gives the same. `lines` false leaves lines out too (a PDF
 * prints its tables on lines of its own).
 */
export function judged(findings: Finding[], lines = true): string[] {
  return findings
    .filter((f) => f.severity !== 'note')
    .map((f) => `${f.rule} ${lines ? `${f.line}:${f.column ?? ''} ` : ''}${f.message.replace(REFERENCE, '<figure>')}`)
    .sort();
}
