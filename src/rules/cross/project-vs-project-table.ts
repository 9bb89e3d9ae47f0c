import { codedRows, hasCodeProblems, rowByCode, totalRow } from '../../ledger/queries.js';
import { defineRule } from '../types.js';
import { absent, figure, type Figure } from '../../ledger/figures.js';
import { asTerm, compare } from './compare.js';

export default defineRule({
  id: 'XT007',
  name: 'project-vs-project-table',
  severity: 'error',
  requires: ['gpb', 'gpb-project'],
  doc: {
    what: 'The 一般公共预算支出表\'s 项目支出 total equals the project table\'s total, and for each 项 its 项目支出 equals the sum of the project rows under it.',
    why: 'The project table lists what the project money of each subject is for; a subject whose projects do not add up hides or invents money.',
    bad: '2010399 项目支出 164.40; projects under 2010399 add up to 146.40',
    good: '164.40 = 50.00 + 3.00 + 30.00 + 12.00 + 69.40',
  },
  messages: {
    total: 'project expenditure: the general public budget table has {actual} {unit}, the project table\'s total is {expected} {unit} (difference {difference})',
    item: '{code}: 项目支出 is {actual} {unit} in the general public budget table, the projects under it add up to {expected} {unit} (difference {difference})',
    missing: '{code}: the projects under it add up to {expected} {unit}, but the general public budget table has no row {code}',
  },
  check(ctx) {
    const gpb = ctx.ledger.tables.get('gpb')!;
    const projects = ctx.ledger.tables.get('gpb-project')!;
    compare(ctx, figure(gpb, totalRow(gpb), 'project'), [figure(projects, totalRow(projects), 'total')], 'total', {});
    if (hasCodeProblems(gpb) || hasCodeProblems(projects)) return;
    const rows = codedRows(projects).filter((r) => r.project);
    const byCode = new Map<string, Figure[]>();
    // A 项 with a project figure that cannot be read is not compared (TBL016 reports the figure): the
    // projects that can be read would not add up to its 项目支出.
    const unreadable = new Set<string>();
    for (const r of rows) {
      const f = figure(projects, r, 'total', r.project);
      if (f) byCode.set(r.code!, [...(byCode.get(r.code!) ?? []), f]);
      else unreadable.add(r.code!);
    }
    for (const [code, figures] of [...byCode].sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (code.length < 7 || unreadable.has(code)) continue;
      const stated = figure(gpb, rowByCode(gpb, code), 'project');
      if (stated) ctx.checkSum({ stated: stated.amount, place: stated.place, terms: figures.map(asTerm), messageId: 'item', data: { code } });
      else compare(ctx, { ...absent(gpb, code), place: figures[0].place }, figures, 'missing', { code });
    }
  },
});
