import { CORE_TABLES, kindName } from '../../ledger/model.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'CP001',
  name: 'core-tables-present',
  severity: 'warning',
  requires: [],
  doc: {
    what: 'The package holds the core tables the Ministry of Finance prescribes (收支总表, 收入总表, 支出总表, 财政拨款收支总表, 一般公共预算支出表, 一般公共预算基本支出表, 政府性基金预算支出表, 国有资本经营预算支出表, "三公"经费表; in final accounts their 决算 tables: 收入支出决算总表, 收入决算表, 支出决算表 …).',
    why: 'A missing table is a disclosure gap, and every identity that needs it goes unchecked.',
    bad: 'a package without the 政府性基金预算支出表',
    good: 'the table present, with its 空表说明 if it has no figures',
  },
  messages: {
    missing: 'the package has no {names}',
  },
  check(ctx) {
    const missing = CORE_TABLES.filter((k) => !ctx.ledger.tables.has(k));
    if (missing.length === 0) return;
    const first = [...ctx.ledger.tables.values()][0];
    ctx.report({ messageId: 'missing', place: { file: first?.file ?? '.', line: 1 }, data: { names: missing.map((k) => kindName(k, ctx.ledger)).join('、') } });
  },
});
