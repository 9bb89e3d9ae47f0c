/**
 * Final accounts (决算): fixtures/final (made by scripts/make-final-fixtures.mjs).
 *
 * - units: the clean package gives no error and no warning, reads all nine tables and is final accounts;
 * - variants: the package in other provinces' layouts, no error and no warning either;
 * - faults: the multiset of errors and warnings equals expected.json exactly: each finding's rule, file and
 *   line, and the figures expected.json states for it (as test/fixtures.test.ts compares them).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, test } from 'vitest';
import { checkLedger, checkUnit } from '../src/check.js';
import { loadUnit } from '../src/load/unit.js';
import { BUDGET, resolve } from '../src/ledger/figures.js';
import type { Ledger, Row, Table, TableKind } from '../src/ledger/model.js';
import { keyIndex } from '../src/ledger/keys.js';
import { narrativeOf } from '../src/narrative/analysis.js';
import { readNarrative } from '../src/narrative/read.js';
import { rules } from '../src/rules/index.js';
import { expectFindings as expectStated, readExpected } from './harness.js';

const FINAL = fileURLToPath(new URL('../fixtures/final', import.meta.url));
const SAMPLE = join(FINAL, 'units/shifan-2019');

function cases(group: string): string[] {
  const dir = join(FINAL, group);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

/** The fixture harness's comparison: each finding's place and the figures expected.json states for it. */
const expectFindings = (dir: string) => expectStated(dir, readExpected(dir).findings);

for (const group of ['units', 'variants', 'faults']) {
  describe(`final accounts: ${group}`, () => {
    for (const name of cases(group)) test(`${group}/${name}`, () => expectFindings(join(FINAL, group, name)));
  });
}

describe('a final-accounts package', () => {
  it('is read as final accounts, all nine tables recognised, none skipped', async () => {
    const { ledger } = await loadUnit(SAMPLE);
    expect(ledger.kind).toBe('final');
    expect([...ledger.tables.keys()].sort()).toEqual(['appropriation', 'expenditure', 'gfb', 'gpb', 'gpb-basic', 'income', 'soc', 'summary', 'three-public']);
    expect(ledger.files.filter((f) => f.kind === null)).toEqual([]);
    for (const t of ledger.tables.values()) expect(t.final).toBe(true);
  });

  it('names the parts of a row\'s carry-over identity by their columns (TBL018)', async () => {
    const report = await checkUnit(join(FINAL, 'faults/gpb-row-unbalanced'), {});
    const tbl018 = report.findings.filter((f) => f.rule === 'TBL018');
    expect(tbl018.map((f) => (f.components ?? []).map((c) => `${c.label} ${c.value}`))).toEqual([['年初结转和结余 12.40', '本年收入 142.00', '本年支出 -150.00']]);
  });

  it('reads the 三公 table\'s 预算数 and 决算数 as two figures of each item', async () => {
    const { ledger } = await loadUnit(SAMPLE);
    const three = ledger.tables.get('three-public')!;
    const reception = three.rows.find((r) => r.item === 'reception')!;
    expect(reception.cells.get('budget')?.raw).toBe('4.00');
    expect(reception.cells.get('total')?.raw).toBe('1.50');
    expect(resolve(ledger, '3p:reception')?.amount.raw).toBe('1.50');
    expect(resolve(ledger, '3p:reception', BUDGET)?.amount.raw).toBe('4.00');
  });

  it('keys a 预算数 and a 决算数 apart, so that they are never compared as one figure', async () => {
    const { ledger } = await loadUnit(SAMPLE);
    const reception = keyIndex(ledger).cells.filter((c) => c.key.subject === '3p:reception');
    expect(reception.map((c) => c.key.period).sort()).toEqual(['budget', 'current']);
  });

  it('reads the basic table in three halves, 公用经费合计 printed in the third', async () => {
    const { ledger } = await loadUnit(SAMPLE);
    const basic = ledger.tables.get('gpb-basic')!;
    const total = basic.rows.find((r) => r.isTotal)!;
    expect(total.cells.get('personnel')?.raw).toBe('255.45');
    expect(total.cells.get('public')?.raw).toBe('43.10');
    expect(basic.rows.filter((r) => r.level === 'class').map((r) => r.code).sort()).toEqual(['301', '302', '303', '307', '310', '399']);
  });

  it('takes the year\'s income and spending (本年收入合计, 本年支出合计) for the narrative\'s 收入 and 支出, the 总计 lines for 收入总计', async () => {
    const { ledger } = await loadUnit(SAMPLE);
    expect(resolve(ledger, 'income:total')?.amount.raw).toBe('450.55');
    expect(resolve(ledger, 'exp:total')?.amount.raw).toBe('458.55');
    expect(resolve(ledger, 'unit:total')?.amount.raw).toBe('462.95');
    expect(resolve(ledger, 'income:carry')?.amount.raw).toBe('12.40');
    expect(resolve(ledger, 'exp:carry-next')?.amount.raw).toBe('4.40');
    expect(resolve(ledger, 'fin:current-exp')?.amount.raw).toBe('448.55');
  });

  it('reads the narrative\'s budget amounts as budgets, and its comparisons with the budget with their reasons', async () => {
    const { ledger } = await loadUnit(SAMPLE);
    const read = narrativeOf(ledger)!;
    expect(read.kind).toBe('final');
    const budgets = read.claims.filter((c) => c.kind === 'amount' && c.measure === 'budget').map((c) => c.kind === 'amount' && c.amount.raw);
    expect(budgets).toEqual(['428.55', '263.20', '130.00', '12.23', '6.12', '7.12', '9.88', '12.00']);
    const versus = read.claims.filter((c) => c.kind === 'versus');
    expect(versus.map((c) => c.kind === 'versus' && c.relation)).toEqual(['eq', 'gt', 'eq', 'eq', 'eq', 'eq', 'lt']);
    const gt = versus.find((c) => c.kind === 'versus' && c.relation === 'gt');
    expect(gt?.kind === 'versus' && gt.reason).toBe('上年结转的招商引资项目资金在本年支出');
  });
});

describe('the narrative of final accounts, in real wordings', () => {
  const read = (body: string) => readNarrative(`2024年度部门决算情况说明\n一、一般公共预算财政拨款支出决算情况\n${body}`, 'n.txt').claims;
  const show = (body: string) =>
    read(body).map((c) =>
      c.kind === 'amount' ? `amount ${c.amount.raw}${c.measure ? ` ${c.measure}` : ''}` : c.kind === 'completion' ? `completion ${c.percent.raw} of ${c.actual?.raw} / ${c.budget?.raw}${c.of ? ` ${c.of}` : ''}` : c.kind === 'versus' ? ['versus', c.relation, c.subject, c.difference?.raw, c.reason ?? '(no reason)'].filter((x) => x !== undefined).join(' ') : c.kind,
    );

  it('"决算数为预算数的93.57%" and "决算数小于预算数的主要原因是…"', () => {
    expect(show('2024年度一般公共预算财政拨款支出年初预算为100.00万元，支出决算为93.57万元，决算数为预算数的93.57%，决算数小于预算数的主要原因是项目结余。')).toEqual([
      'amount 100.00 budget',
      'amount 93.57',
      'completion 93.57 of 93.57 / 100.00',
      'versus lt 一般公共预算财政拨款支出 项目结余',
    ]);
  });

  it('"…支出2.05万元，年初预算为2.95万元，差值为0.9万元": the budget after what was spent, the difference no amount', () => {
    expect(show('公务接待费支出2.05万元，年初预算为2.95万元，差值为0.9万元。')).toEqual(['amount 2.05', 'amount 2.95 budget']);
  });

  it('"为调整预算的101.9%": of the adjusted budget', () => {
    expect(show('2024年度一般公共预算财政拨款支出调整预算为100.00万元，支出决算为101.90万元，为调整预算的101.9%。')).toEqual(['amount 100.00 adjusted', 'amount 101.90', 'completion 101.9 of 101.90 / 100.00 adjusted']);
  });

  it('"决算数大于预算数55.93万元，主要原因：…": a difference, no amount of an item, after a completion rate in the sentence before', () => {
    const claims = show('本单位一般公共预算财政拨款支出总计1741.75万元；完成年初预算100%，决算数大于预算数55.93万元，主要原因：职工工资调标。');
    expect(claims).toContain('versus gt 一般公共预算财政拨款支出总计 55.93 职工工资调标');
    expect(claims.filter((c) => c.startsWith('amount'))).toEqual(['amount 1741.75']);
  });

  it('"与2024年度预算相比" sets what was spent against the same year\'s budget: no comparison year to report (NC010); "与2024年度决算相比" is one', () => {
    const years = (comparison: string) =>
      checkLedger({ tables: new Map(), files: [], narrative: { file: 'n.txt', text: `2024年度部门决算情况说明\n一、“三公”经费支出决算情况\n公务接待费支出16.3万元，与${comparison}相比，增加1.5万元，增长10.14%。`, encoding: 'utf-8' } } as unknown as Ledger, { rules: rules.filter((r) => r.id === 'NC010') }).findings.map((f) => `${f.line} ${f.expected} ${f.actual}`);
    expect(years('2024年度预算')).toEqual([]);
    expect(years('2023年度决算')).toEqual([]);
    expect(years('2024年度决算')).toEqual(['3 2023 2024']);
    expect(years('2022年度预算')).toEqual(['3 2023 2022']);
  });

  it('"…各增加29.6万元,增长2.57%" after 收入总计 and 支出总计 stated alike: the change of that amount', () => {
    const each = (spending: string) =>
      read(`2024年度收入总计1,151.41万元,支出总计${spending}万元,与2023年度相比,各增加29.6万元,增长2.57%。`)
        .filter((c) => c.kind === 'yoy')
        .map((c) => (c.kind === 'yoy' ? `${c.subject} ${c.amount?.raw ?? '(no amount)'}` : ''));
    expect(each('1,151.41')).toEqual(['支出总计 1,151.41']);
    // Unlike amounts: which one it is the change of is not known.
    expect(each('1,150.00')).toEqual(['各 (no amount)']);
  });

  it('"收支较上年决算数增加…" after a sentence that states 收入总计 and 支出总计 alike: the change of both, on that amount', () => {
    const yoy = (before: string) =>
      read(`2024年度收入总计10328.56万元,${before}。收支较上年决算数增加418.97万元,增长4.23%。`)
        .filter((c) => c.kind === 'yoy')
        .map((c) => (c.kind === 'yoy' ? `${c.subject} ${c.amount?.raw ?? '(no amount)'}` : ''));
    expect(yoy('支出总计10328.56万元')).toEqual(['收支 10328.56']);
    // Income and spending apart: which one the change is of is not known.
    expect(yoy('支出总计10300.00万元')).toEqual(['收支 (no amount)']);
    expect(yoy('支出合计10328.56万元')).toEqual(['收支 (no amount)']);
  });

  it('a narrative that states what was spent is final accounts, though its first words name the budget; last year\'s 决算 makes no final accounts', () => {
    const kind = (text: string) => readNarrative(text, 'n.txt').kind;
    expect(kind('一、“三公”经费支出情况说明\n2023年度“三公”经费支出预算为3万元,支出决算为1.71万元,完成预算的57%。')).toBe('final');
    expect(kind('一、收入情况\n2023年收入决算中,财政拨款收入100.00万元。')).toBe('final');
    expect(kind('一、收入预算情况\n收入预算617.53万元,较上年预算增长0.5%;上年决算数为600.00万元,比上年决算增加17.53万元。')).toBe('budget');
    expect(kind('一、收入预算情况\n收入预算617.53万元,比2023年支出决算为少。')).toBe('budget');
  });

  it('"…决算小于预算数的主要情况：…" gives its reason; a difference without one has none', () => {
    expect(show('“三公”经费支出决算小于预算数的主要情况：认真贯彻落实中央八项规定精神。')).toEqual(['versus lt “三公”经费支出 认真贯彻落实中央八项规定精神']);
    expect(show('“三公”经费支出决算小于预算数。')).toEqual(['versus lt “三公”经费支出 (no reason)']);
  });
});

describe('TBL018 on a package that lacks a line or a figure of an identity', () => {
  const TBL018 = rules.filter((r) => r.id === 'TBL018');
  /** The package of `dir` with `edit` applied to the rows of one table (a copy: the loaded tables are not changed). */
  async function without(dir: string, kind: TableKind, edit: (rows: Row[]) => Row[]) {
    const { ledger } = await loadUnit(join(FINAL, dir));
    const tables = new Map(ledger.tables);
    const table = tables.get(kind)!;
    tables.set(kind, { ...table, rows: edit(table.rows) } as Table);
    return checkLedger({ ...ledger, tables } as Ledger, { rules: TBL018 }).findings.filter((f) => f.rule === 'TBL018');
  }
  const named = (name: string) => (rows: Row[]) => rows.filter((r) => r.name !== name);
  /** Each row's cell in `key` unreadable (as a malformed figure is read), on the rows `which` picks. */
  const malformed = (which: (r: Row) => boolean, key: string) => (rows: Row[]) =>
    rows.map((r) => (which(r) ? { ...r, cells: new Map([...r.cells].map(([k, c]) => [k, k === key ? { ...c, amount: null } : c])) } : r));

  it('checks nothing where a line is missing or a figure unreadable, and does not fail', async () => {
    // The clean package with the fault of a fixture, so that each identity would be reported if it were checked.
    const summaryFault = 'faults/carry-over-unbalanced';
    for (const name of ['年初结转和结余', '年末结转和结余', '本年收入合计', '本年支出合计']) expect(await without(summaryFault, 'summary', named(name)), name).toEqual([]);
    expect(await without(summaryFault, 'summary', malformed((r) => r.name === '结余分配', 'total'))).toEqual([]);
    const apprFault = 'faults/appropriation-funds-swapped';
    expect(await without(apprFault, 'appropriation', named('年末财政拨款结转和结余'))).toEqual([]);
    expect(await without(apprFault, 'appropriation', named('本年支出合计'))).toEqual([]);
    for (const name of ['本年收入合计', '年初财政拨款结转和结余']) expect(await without('faults/appropriation-total-unbalanced', 'appropriation', named(name)), name).toEqual([]);
    // Without the 其中 lines under 年初 (as many tables print it), only the 合计 column is checked (and holds).
    expect(await without(apprFault, 'appropriation', (rows) => rows.filter((r) => !(r.side === 'income' && r.depth === 2)))).toEqual([]);
    // An unreadable 一般公共预算 本年支出 leaves the 政府性基金 column's identity, which is still reported.
    expect((await without(apprFault, 'appropriation', malformed((r) => r.name === '本年支出合计', 'gpb'))).map((f) => f.actual)).toEqual(['4.40']);
    const rowFault = 'faults/gpb-row-unbalanced';
    expect(await without(rowFault, 'gpb', malformed((r) => r.code === '2011308', 'opening'))).toEqual([]);
    expect(await without('faults/gpb-total-unbalanced', 'gpb', (rows) => rows.filter((r) => !r.isTotal))).toEqual([]);
  });
});

describe('which packages a rule applies to', () => {
  it('runs the 决算 identities on final accounts only, and leaves the budget rules that do not hold there', () => {
    const kinds = Object.fromEntries(rules.map((r) => [r.id, r.kinds ?? ['budget', 'final']]));
    expect(kinds.TBL018).toEqual(['final']);
    expect(kinds.NC016).toEqual(['final']);
    expect(kinds.XT002).toEqual(['budget']);
    expect(kinds.XT005).toEqual(['budget']);
  });

  it('lists no final-accounts rule as skipped in a budget', async () => {
    const report = await checkUnit(fileURLToPath(new URL('../fixtures/units/kizilsu-2024', import.meta.url)), {});
    const ids = report.skippedRules.map((s) => s.rule);
    expect(ids).not.toContain('TBL018');
    expect(ids).not.toContain('NC016');
    expect(report.findings.some((f) => f.rule === 'TBL018' || f.rule === 'NC016')).toBe(false);
  });
});
