/**
 * The generic same-figure rule (XT012): that the pairs it leaves to XT001–XT011 are indeed compared
 * by them, that it finds the same whatever rules run with it, and its findings on the fixtures.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkLedger, checkUnit } from '../src/check.js';
import { Decimal } from '../src/decimal.js';
import { type KeyedCell, keyIndex } from '../src/ledger/keys.js';
import type { Amount } from '../src/ledger/model.js';
import { loadUnit } from '../src/load/unit.js';
import sameFigure, { COVERED, coveredBy } from '../src/rules/cross/same-figure.js';
import { catalogue, ruleById } from '../src/rules/index.js';

const FIXTURES = fileURLToPath(new URL('../fixtures', import.meta.url));
const SAMPLE = join(FIXTURES, 'units/kizilsu-2024');
const PUTUO = join(FIXTURES, 'units/putuo-chengguan-2026');
const WENSU = join(FIXTURES, 'units/wensu-2025');

/** A printed amount moved by `step` 元 up or down. */
function moved(a: Amount, step: Decimal, sign: 1 | -1): Amount {
  return { ...a, value: a.value.plus(step.times(sign)), units: undefined, raw: '' };
}

describe('the pairs XT012 leaves to XT001–XT011', () => {
  it('are declared for cross-table rules of the catalogue', () => {
    const ids = Object.keys(catalogue);
    for (const c of COVERED) {
      expect(ids).toContain(c.rule);
      expect(c.rule).toMatch(/^XT0(0\d|1[01])$/);
    }
  });

  // Each covered pair found in these units, one end moved: the declared rule reports at one of the two cells.
  const UNITS = [SAMPLE, PUTUO, WENSU, ...['summary-basic-project-columns', 'flat-summary', 'flat-appropriation', 'split-basic-columns-subtotal', 'three-header-rows'].map((v) => join(FIXTURES, 'variants', v))];
  it.each(UNITS.map((u) => [u.slice(FIXTURES.length + 1), u] as const))('are compared by the rule that covers them: %s', async (_, dir) => {
    const { ledger } = await loadUnit(dir);
    const cells = keyIndex(ledger).cells;
    const pairs: [KeyedCell, KeyedCell, string][] = [];
    for (let i = 0; i < cells.length; i++) for (let j = i + 1; j < cells.length; j++) {
      if (cells[i].figure !== cells[j].figure) continue;
      const rule = coveredBy(cells[i], cells[j]);
      if (rule) pairs.push([cells[i], cells[j], rule]);
    }
    expect(pairs.length).toBeGreaterThan(0);
    const missed: string[] = [];
    for (const [a, b, id] of pairs) {
      const rule = ruleById(id)!;
      // More than both figures and any rounding: whatever the relation (=, ≤, ≥), one of the moves breaks it.
      const step = a.cell.amount.value.abs().plus(b.cell.amount.value.abs()).plus(100 * Math.max(a.cell.amount.scale, b.cell.amount.scale));
      const at = (f: { file: string; line: number }) => [a, b].some((c) => c.cell.file === f.file && c.cell.line === f.line);
      let found = false;
      for (const end of [a, b]) {
        for (const sign of [1, -1] as const) {
          if (found) break;
          const original = end.cell.amount;
          end.cell.amount = moved(original, step, sign);
          try {
            found = checkLedger(ledger, { rules: [rule] }).findings.some((f) => f.severity !== 'note' && at(f));
          } finally {
            end.cell.amount = original;
          }
        }
      }
      if (!found) missed.push(`${id}: ${a.table.kind}:${a.cell.line} ${a.column} ~ ${b.table.kind}:${b.cell.line} ${b.column} (${a.figure})`);
    }
    expect(missed).toEqual([]);
  });
});

describe('XT012 same-figure', () => {
  /** The fault fixtures XT012 reports on, and the rounding case. */
  const reported = [
    ...readdirSync(join(FIXTURES, 'faults'))
      .filter((n) => (JSON.parse(readFileSync(join(FIXTURES, 'faults', n, 'expected.json'), 'utf8')) as { findings: { rule: string }[] }).findings.some((f) => f.rule === 'XT012'))
      .map((n) => join(FIXTURES, 'faults', n)),
    join(FIXTURES, 'rounding/summary-personnel-public'),
  ];

  it('finds the same alone as with every other rule, before them or after', async () => {
    expect(reported.length).toBeGreaterThanOrEqual(9);
    const messages = (findings: { rule: string; message: string }[]) => findings.filter((f) => f.rule === 'XT012').map((f) => f.message);
    for (const dir of reported) {
      const first = (await loadUnit(dir)).ledger;
      const alone = messages(checkLedger(first, { rules: [sameFigure] }).findings);
      expect(alone.length, dir).toBeGreaterThan(0);
      expect(messages(checkLedger(first).findings), dir).toEqual(alone);
      const second = (await loadUnit(dir)).ledger;
      expect(messages(checkLedger(second, { rules: [...Object.values(catalogue).filter((r) => r !== sameFigure), sameFigure] }).findings), dir).toEqual(alone);
    }
  });

  it('says which figure, where it is printed twice and both values', async () => {
    const report = await checkUnit(join(FIXTURES, 'faults/xt012-all-gpb-summary-personnel-public'));
    const [personnel, publicCost] = report.findings.filter((f) => f.rule === 'XT012');
    expect(personnel).toMatchObject({ severity: 'error', line: 36, actual: '294.49', expected: '304.49', difference: '-10.00', unit: '万元' });
    expect(personnel.message).toContain('支出合计 人员经费');
    expect(personnel.message).toContain('all of the unit\'s income is 一般公共预算');
    expect(personnel.message).toContain('表1-单位收支总体情况表.csv:36');
    expect(personnel.message).toContain('表6-一般公共预算基本支出情况表.csv:28');
    expect(publicCost).toMatchObject({ severity: 'error', line: 36, actual: '26.65', expected: '16.65' });
  });

  it('holds an all-money figure to at least the one-fund figure where other money is spent too', async () => {
    const report = await checkUnit(join(FIXTURES, 'faults/xt012-summary-personnel-below-economic'));
    const found = report.findings.filter((f) => f.rule === 'XT012');
    // 人员经费 294.49 < 304.49 is an error; 公用经费 26.65 ≥ 16.65 is not (单位资金 may pay 公用经费).
    expect(found.map((f) => [f.severity, f.messageId, f.actual, f.expected])).toEqual([['error', 'ge', '294.49', '304.49']]);
  });

  it('notes a difference that rounding explains', async () => {
    const report = await checkUnit(join(FIXTURES, 'rounding/summary-personnel-public'));
    const found = report.findings.filter((f) => f.rule === 'XT012');
    expect(found.map((f) => [f.severity, f.rounding, f.actual, f.expected])).toEqual([
      ['note', true, '304.48', '304.49'],
      ['note', true, '16.66', '16.65'],
    ]);
  });

  it('finds nothing in the real packages', async () => {
    for (const dir of [SAMPLE, PUTUO, WENSU, join(FIXTURES, 'units/kizilsu-2023')]) {
      const { ledger } = await loadUnit(dir);
      expect(checkLedger(ledger, { rules: [sameFigure] }).findings, dir).toEqual([]);
    }
  });
});
