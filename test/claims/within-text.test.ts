/**
 * Claims checked among the figures the text itself states (a list's total and parts, the current of a
 * stated change and percent, a share's amount and stated total), and why the others stay unlinked.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { checkUnit } from '../../src/check.js';

const SAMPLE = fileURLToPath(new URL('../../fixtures/units/kizilsu-2024', import.meta.url));
let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

/** A narrative-only package of the text. */
async function narrativeOnly(text: string) {
  dir = await mkdtemp(join(tmpdir(), 'within-text-'));
  await writeFile(join(dir, '情况说明.txt'), text);
  return checkUnit(dir, { listClaims: true });
}

describe('claims checked within the text', () => {
  it('a list’s total and parts are verified by the sum they take part in', async () => {
    const r = await narrativeOnly('2023年部门预算情况说明\n一、支出预算情况说明\n2023年本年支出合计4143.91万元,其中:基本支出1140.27万元,项目支出3003.64万元。\n');
    const amounts = r.claims!.filter((c) => c.kind === 'amount');
    expect(amounts.map((c) => c.status)).toEqual(['verified', 'verified', 'verified']);
    expect(amounts[0].against).toMatch(/^checked with the list at line 3$/);
    expect(r.claimCounts).toMatchObject({ unlinked: 0, unlinkedBy: { 'no-table': 0, 'no-figure': 0, standalone: 0 } });
  });

  it('a wrong part is still found, on the list', async () => {
    const r = await narrativeOnly('2023年部门预算情况说明\n一、支出预算情况说明\n2023年本年支出合计4143.91万元,其中:基本支出1140.27万元,项目支出3013.64万元。\n');
    expect(r.findings.filter((f) => f.rule === 'NC008').map((f) => f.line)).toEqual([3]);
  });

  it('the amount a stated change and percent are computed on is verified with them; a percent alone checks nothing', async () => {
    const r = await narrativeOnly('2023年部门预算情况说明\n一、三公经费\n公务接待费15.50万元,比上年减少2.00万元,下降11.43%。公务用车运行维护费20万元,比上年下降44.44%。\n');
    const byText = (t: string) => r.claims!.find((c) => c.kind === 'amount' && c.text.startsWith(t))!;
    expect(byText('公务接待费').status).toBe('verified');
    expect(byText('公务用车').status).toBe('unlinked');
    expect(byText('公务用车').unlinkedReason).toBe('standalone');
    expect(r.findings.filter((f) => f.severity !== 'note' && f.rule.startsWith('NC'))).toEqual([]);
  });

  it('paired changes after the amounts in one sentence ("…收入总计X,支出总计Y,与上年相比,收入、支出总计各增加a、b,增长p%、q%")', async () => {
    // 1412.7 on a prior of 7562.45 − 1412.7 = 6149.75 is 22.97%; 2062.79 on 6632.48 − 2062.79 = 4569.69 is 45.14%.
    const text = (p: string, q: string) =>
      `2024年度部门决算情况说明\n一、收入支出总体情况说明\n2024年度收入总计7562.45万元,支出总计6632.48万元,与2023年度相比,收入、支出总计各增加1412.7万元、2062.79万元,增长${p}%、${q}%。\n`;
    const wrong = await narrativeOnly(text('15.74', '23.72'));
    expect(wrong.findings.filter((f) => f.rule === 'NC003').map((f) => `${f.line} ${f.expected} ${f.actual}`)).toEqual(['3 22.97 15.74', '3 45.14 23.72']);
    const right = await narrativeOnly(text('22.97', '45.14'));
    expect(right.findings.filter((f) => f.severity !== 'note' && f.rule.startsWith('NC'))).toEqual([]);
    expect(right.claims!.filter((c) => c.kind === 'yoy').map((c) => c.status)).toEqual(['verified', 'verified']);
  });

  it('a clause without a figure between a total and "其中" leaves the list to the total', async () => {
    const text = (car: string) =>
      `2024年财政拨款“三公”经费预算说明\n2024年财政拨款安排“三公”经费共计29.05万元,同口径财政拨款“三公”经费预算与上年持平,其中:公务接待费预算6.45万元,公务用车运行维护费预算${car}万元。\n`;
    const right = await narrativeOnly(text('22.6'));
    expect(right.findings.filter((f) => f.severity !== 'note' && f.rule.startsWith('NC'))).toEqual([]);
    expect(right.claims!.find((c) => c.kind === 'list')?.status).toBe('verified');
    // 6.45 + 23.6 = 30.05, more than the 29.05 of the three.
    const wrong = await narrativeOnly(text('23.6'));
    expect(wrong.findings.filter((f) => f.rule === 'NC008').map((f) => `${f.line} ${f.expected} ${f.actual}`)).toEqual(['2 30.05 29.05']);
  });

  it('no claim is verified by a check that cannot run: a list without stated parts', async () => {
    const r = await narrativeOnly('2023年部门预算情况说明\n一、政府采购情况\n2023年政府采购预算163.00万元,其中:货物、工程、服务。\n');
    expect(r.claims!.filter((c) => c.status === 'verified')).toEqual([]);
    expect(r.claims!.map((c) => c.unlinkedReason)).toEqual(['no-table']);
  });

  it('the sample: every unlinked claim has a reason, and the counts break them down', async () => {
    const r = await checkUnit(SAMPLE, { listClaims: true });
    const unlinked = r.claims!.filter((c) => c.status === 'unlinked');
    expect(unlinked.every((c) => c.unlinkedReason !== undefined)).toBe(true);
    expect(r.claims!.filter((c) => c.status !== 'unlinked').every((c) => c.unlinkedReason === undefined)).toBe(true);
    const by = r.claimCounts!.unlinkedBy!;
    expect(by['no-table'] + by['no-figure'] + by.standalone).toBe(r.claimCounts!.unlinked);
    // 政府采购, 国有资产 and 绩效目标 figures: no table of a budget package publishes them.
    expect(unlinked.filter((c) => /资产|设备|房屋|家具/.test(c.text)).every((c) => c.unlinkedReason === 'no-table')).toBe(true);
  });

  it('a share without a named denominator is of the total the text stated for its parent, when the text states only one (spent, beside a budget)', async () => {
    const text = (reception: string, budget = '') =>
      `2023年度“三公”经费决算情况说明\n一、“三公”经费总体情况\n2023年度“三公”经费财政拨款支出决算为62.07万元。${budget}\n二、“三公”经费支出具体情况说明\n因公出国(境)费12.02万元,占19.4%;公务用车购置及运行维护费支出27.46万元,占44.2%;公务接待费支出22.59万元,占${reception}。\n`;
    const ok = await narrativeOnly(text('36.4%'));
    expect(ok.claims!.filter((c) => c.line === 5).map((c) => c.status)).toEqual(Array(6).fill('verified'));
    expect(ok.claims!.find((c) => c.line === 3)!.against).toBe('checked with the share at line 5');
    await rm(dir!, { recursive: true, force: true });
    const bad = await narrativeOnly(text('38.4%'));
    expect(bad.findings.filter((f) => f.rule === 'NC002').map((f) => f.line)).toEqual([5]);
    await rm(dir!, { recursive: true, force: true });
    // The total's budget stated too: a share of what was spent is of the total spent, not of the budget.
    const two = await narrativeOnly(text('38.4%', '“三公”经费财政拨款支出年初预算为70.00万元。'));
    expect(two.findings.filter((f) => f.rule === 'NC002').map((f) => [f.line, f.expected, f.actual])).toEqual([[5, '36.39', '38.4']]);
    await rm(dir!, { recursive: true, force: true });
    // Two amounts spent stated for the total, unlike: which one the share is of is not known.
    const unlike = await narrativeOnly(text('38.4%', '“三公”经费财政拨款支出决算为70.00万元。'));
    expect(unlike.findings.filter((f) => f.rule === 'NC002')).toEqual([]);
    expect(unlike.claims!.filter((c) => c.kind === 'share').every((c) => c.status === 'unlinked')).toBe(true);
  });

  it('a unit’s name marked as the unit’s ("伙牌镇政府(单位)支出预算") names the unit’s budget', async () => {
    const r = await narrativeOnly('2025年部门预算公开说明\n一、收支预算总体情况\n襄州区伙牌镇政府(单位)支出预算842.79万元,基本支出781.93万元,占总支出93%;项目支出60.86万元,占总支出7%。\n');
    expect(r.claims!.filter((c) => c.kind === 'share').map((c) => c.status)).toEqual(['verified', 'verified']);
    expect(r.claims!.find((c) => c.kind === 'amount')!.against).toMatch(/^checked with the share at line 3$/);
  });
});
