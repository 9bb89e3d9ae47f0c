/**
 * Formatters render a report unit by unit, so that a batch of thousands of units is written as it is
 * checked and never held whole: the text is `head()`, then `unit(u)` for each unit in order, then
 * `tail(summary)`. A writer whose head depends on every unit (JUnit's totals) says so with
 * `headAfterUnits`; its head is asked for last but still printed first.
 */
import type { Report, Summary, UnitReport } from '../report.js';

export interface ReportWriter {
  head(): string;
  unit(u: UnitReport): string;
  tail(summary: Summary): string;
  headAfterUnits?: boolean;
}

/** The whole text of a report: a pure function of the report for a fresh writer. */
export function renderReport(writer: ReportWriter, report: Report): string {
  const body = report.units.map((u) => writer.unit(u)).join('');
  return writer.head() + body + writer.tail(report.summary);
}

/**
 * A two-space indented JSON document with one array written item by item: the document holds `slot`
 * as the array's only element. `skeleton` is the document as far as the array (what follows it may
 * change: `tail` gets the final document). head + items + tail is JSON.stringify of that document.
 */
export function jsonArrayStream(slot: string, skeleton: unknown) {
  const marker = JSON.stringify(slot);
  const start = JSON.stringify(skeleton, null, 2);
  const before = start.slice(0, start.indexOf(marker));
  const indent = before.slice(before.lastIndexOf('\n') + 1);
  let count = 0;
  return {
    head: () => before.slice(0, before.lastIndexOf('\n')),
    item(value: unknown): string {
      return `${count++ === 0 ? '\n' : ',\n'}${indent}${JSON.stringify(value, null, 2).replace(/\n/g, `\n${indent}`)}`;
    },
    tail(doc: unknown): string {
      const text = JSON.stringify(doc, null, 2);
      const after = text.slice(text.indexOf(marker) + marker.length);
      // No item: the array closes on its own line as "[]".
      return count > 0 ? after : after.slice(after.indexOf(']'));
    },
  };
}
