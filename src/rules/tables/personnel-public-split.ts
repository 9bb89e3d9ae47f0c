import type { Row } from '../../ledger/model.js';
import { codedRows, place, rowLabel, totalRow } from '../../ledger/queries.js';
import { term } from '../helpers.js';
import { defineRule, type Term } from '../types.js';
import { PERSONNEL_CLASSES } from '../../ledger/classification.js';

export default defineRule({
  id: 'TBL008',
  name: 'personnel-public-split',
  severity: 'error',
  requires: ['gpb-basic'],
  doc: {
    what: 'In the basic-expenditure economic table, 人员经费 = 301 工资福利支出 + 303 对个人和家庭的补助 and 公用经费 = 302 商品和服务支出 + 310 资本性支出 (+ the other classes).',
    why: '人员经费 and 公用经费 are defined by the economic classification; a total that differs from its classes misreports what the basic budget pays for.',
    bad: '人员经费 314.49 with 301 300.71 and 303 3.78',
    good: '人员经费 304.49 = 301 300.71 + 303 3.78; 公用经费 16.65 = 302 16.65',
  },
  messages: {
    sum: '{column} total is {actual} {unit}, but the classes {classes} add up to {expected} {unit} (difference {difference})',
  },
  check(ctx) {
    const table = ctx.ledger.tables.get('gpb-basic')!;
    const total = totalRow(table);
    if (!total) return;
    const classes = codedRows(table).filter((r) => r.level === 'class');
    // 人员经费 and 公用经费 are split by the 部门预算 classes (301 …); a table by 政府预算经济分类 (501 …) is not checked.
    if (classes.length === 0 || classes.some((r) => r.code!.startsWith('5'))) return;
    const split: [string, string, Row[]][] = [
      ['personnel', '人员经费', classes.filter((r) => PERSONNEL_CLASSES.has(r.code!))],
      ['public', '公用经费', classes.filter((r) => !PERSONNEL_CLASSES.has(r.code!))],
    ];
    for (const [key, label, rows] of split) {
      const stated = total.cells.get(key);
      if (!stated?.amount) continue;
      const terms = rows.map((r) => term(r, 'total'));
      if (terms.some((t) => t === null)) continue;
      ctx.checkSum({
        stated: stated.amount,
        place: place(stated),
        terms: terms as Term[],
        messageId: 'sum',
        data: { column: label, classes: rows.map((r) => r.code).join(' + ') || '(none)', row: rowLabel(total) },
      });
    }
  },
});
