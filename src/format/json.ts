/** The JSON report: the Report as data ({ units, summary }), stable key order, for machines. */
import type { Report, Summary, UnitReport } from '../report.js';
import { jsonArrayStream, renderReport, type ReportWriter } from './writer.js';

const SLOT = '\u0000units';

/** The same bytes as JSON.stringify(report, null, 2) plus a newline, written one unit at a time. */
export function jsonWriter(): ReportWriter {
  const doc = (summary?: Summary) => ({ units: [SLOT], summary });
  const units = jsonArrayStream(SLOT, doc());
  return {
    head: () => units.head(),
    unit: (u: UnitReport) => units.item(u),
    tail: (summary: Summary) => `${units.tail(doc(summary))}\n`,
  };
}

export function formatJson(report: Report): string {
  return renderReport(jsonWriter(), report);
}
