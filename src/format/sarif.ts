/**
 * SARIF 2.1.0 (OASIS) for code-scanning tools such as GitHub's: one run, the rule catalogue as the
 * driver's reportingDescriptors, one result per finding and per input problem. Pure: the same
 * Report gives byte-identical output.
 */
import { createHash } from 'node:crypto';
import type { Finding, InputProblem, Report, Severity, Summary, UnitReport } from '../report.js';
import { INPUT_RULE, joinPath, known, printedPrefix, textColumn, type RuleMeta } from './meta.js';
import { jsonArrayStream, renderReport, type ReportWriter } from './writer.js';
import { EN_WORDS, type Words } from './words.js';

const SLOT = '\u0000results';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** The key under result.partialFingerprints; bump the version if the hashed inputs ever change. */
export const FINGERPRINT_KEY = 'budgetCheck/v1';

type Level = 'error' | 'warning' | 'note';
const LEVEL: Record<Severity, Level> = { error: 'error', warning: 'warning', note: 'note' };

interface Region {
  startLine: number;
  startColumn?: number;
}

interface SarifResult {
  ruleId: string;
  ruleIndex?: number;
  level: Level;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string }; region?: Region } }[];
  partialFingerprints: Record<string, string>;
  properties?: Record<string, string>;
}

/** Lone surrogates cannot be percent-encoded (encodeURIComponent throws): replace them with U+FFFD. */
function wellFormed(s: string): string {
  return s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/**
 * Percent-encode one path segment (RFC 3986 pchar): non-ASCII as UTF-8 octets, spaces, and also
 * the delimiters "#", "?", ":" that would otherwise end the path or turn the first segment into a
 * scheme.
 */
function encodeSegment(segment: string): string {
  return encodeURIComponent(wellFormed(segment));
}

/** A URI reference for a joined path: relative paths stay relative, absolute ones become file URIs. */
export function toUri(path: string): string {
  const encode = (p: string) => p.split('/').map(encodeSegment).join('/');
  const drive = /^([A-Za-z]):\//.exec(path);
  if (drive) return `file:///${drive[1]}:/${encode(path.slice(3))}`;
  if (path.startsWith('/')) return `file://${encode(path)}`;
  return encode(path);
}

/** Stable across runs and line shifts: the rule, the file and the message, never the line. */
function fingerprintOf(ruleId: string, uri: string, text: string): string {
  return createHash('sha256').update(`${ruleId}\u0000${uri}\u0000${text}`, 'utf8').digest('hex').slice(0, 32);
}

function descriptor(rule: RuleMeta, words: Pick<Words, 'bad' | 'good'>) {
  return {
    id: rule.id,
    name: rule.name,
    shortDescription: { text: rule.doc.what },
    fullDescription: { text: rule.doc.why },
    help: { text: `${words.bad}\n${rule.doc.bad}\n\n${words.good}\n${rule.doc.good}` },
    defaultConfiguration: { level: LEVEL[rule.severity] },
  };
}

export interface SarifOptions {
  /** The words of the rules' help (English by default). */
  words?: Pick<Words, 'bad' | 'good'>;
  /**
   * The text a result's fingerprint is made from: its English message (or reason) whatever the
   * report's language, so that a report in another language keeps the same fingerprints.
   */
  fingerprintText?: (item: Finding | InputProblem) => string;
}

/** Per unit, the results of its input problems, then of its findings. */
export function sarifWriter(rules: RuleMeta[], tool: { name: string; version: string }, options: SarifOptions = {}): ReportWriter {
  const words = options.words ?? EN_WORDS;
  const english = options.fingerprintText;
  // The catalogue, first occurrence of each id, then the INPUT pseudo-rule.
  const catalogue: RuleMeta[] = [];
  const index = new Map<string, number>();
  for (const rule of [...rules, INPUT_RULE]) {
    if (index.has(rule.id)) continue;
    index.set(rule.id, catalogue.length);
    catalogue.push(rule);
  }

  // Identical (rule, file, message) triples are told apart by their order of appearance, so that
  // two distinct results never share a fingerprint. A file belongs to one unit: the count is per unit.
  let seen = new Map<string, number>();
  const result = (
    ruleId: string,
    level: Level,
    text: string,
    path: string,
    line: number | undefined,
    column: number | undefined,
    properties?: Record<string, string>,
    fingerprintText = text,
  ): SarifResult => {
    const uri = toUri(path);
    const hash = fingerprintOf(ruleId, uri, fingerprintText);
    const n = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, n);
    const region: Region | undefined = known(line) ? { startLine: line } : undefined;
    if (region && known(column)) region.startColumn = column;
    const r: SarifResult = {
      ruleId,
      ruleIndex: index.get(ruleId),
      level,
      message: { text },
      locations: [{ physicalLocation: { artifactLocation: { uri }, ...(region ? { region } : {}) } }],
      partialFingerprints: { [FINGERPRINT_KEY]: `${hash}:${n}` },
    };
    if (r.ruleIndex === undefined) delete r.ruleIndex;
    if (properties && Object.keys(properties).length > 0) r.properties = properties;
    return r;
  };

  const fromProblem = (unit: string, p: InputProblem) =>
    result(INPUT_RULE.id, 'error', p.reason, joinPath(unit, p.file), p.line, undefined, undefined, english?.(p));

  const fromFinding = (unit: string, f: Finding) => {
    const properties: Record<string, string> = {};
    if (f.expected !== undefined) properties.expected = f.expected;
    if (f.actual !== undefined) properties.actual = f.actual;
    if (f.difference !== undefined) properties.difference = f.difference;
    if (f.unit !== undefined) properties.unitOfAmount = f.unit;
    // A workbook's sheet and cell, a PDF's page: the region's line is the sheet's row or the page's line, the message names the cell or page.
    if (f.sheet !== undefined) properties.sheet = f.sheet;
    if (f.cell !== undefined) properties.cell = f.cell;
    if (f.page !== undefined) properties.page = String(f.page);
    const text = printedPrefix(f) + f.message;
    return result(f.rule, LEVEL[f.severity], text, joinPath(unit, f.file), f.line, textColumn(f), properties, english ? printedPrefix(f) + english(f) : text);
  };

  // The run's results are written as the units come; whether it succeeded is known at the end.
  const log = (executionSuccessful: boolean) => ({
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: tool.name, version: tool.version, rules: catalogue.map((r) => descriptor(r, words)) } },
        results: [SLOT],
        invocations: [{ executionSuccessful }],
      },
    ],
  });
  const results = jsonArrayStream(SLOT, log(true));
  return {
    head: () => results.head(),
    unit: (unit: UnitReport) => {
      seen = new Map();
      let text = '';
      for (const p of unit.problems) text += results.item(fromProblem(unit.path, p));
      for (const f of unit.findings) text += results.item(fromFinding(unit.path, f));
      return text;
    },
    tail: (summary: Summary) => `${results.tail(log(summary.unreadable === 0))}\n`,
  };
}

export function formatSarif(report: Report, rules: RuleMeta[], tool: { name: string; version: string }): string {
  return renderReport(sarifWriter(rules, tool), report);
}
