import { codedRows } from '../../ledger/queries.js';
import { defineRule } from '../types.js';
import { figure } from '../../ledger/figures.js';
import { compare } from './compare.js';

const PAIRS: [string, string, string][] = [
  ['reception', '30217', '公务接待费'],
  ['vehicle-operation', '30231', '公务用车运行维护费'],
];

export default defineRule({
  id: 'XT009',
  name: 'three-public-vs-economic',
  severity: 'error',
  requires: ['three-public', 'gpb-basic'],
  doc: {
    what: 'The "三公" table\'s 公务接待费 is at least the economic table\'s 30217 公务接待费, and its 公务用车运行费 at least 30231 公务用车运行维护费 (the "三公" figures also include project money).',
    why: 'The "三公" table must disclose all official reception and car spending; a basic-expenditure item larger than the disclosed figure means the disclosure is short.',
    bad: '三公 公务接待费 0.20; 30217 公务接待费 0.40',
    good: '三公 公务接待费 0.40 ≥ 30217 0.40',
  },
  messages: {
    ge: '{name}: the "三公" table has {actual} {unit}, less than economic item {code} ({expected} {unit})',
  },
  check(ctx) {
    const three = ctx.ledger.tables.get('three-public')!;
    const basic = ctx.ledger.tables.get('gpb-basic')!;
    for (const [item, code, name] of PAIRS) {
      const econ = codedRows(basic).find((r) => r.code === code);
      const row = three.rows.find((r) => r.item === item);
      if (!econ || !row) continue;
      compare(ctx, figure(three, row, 'total'), [figure(basic, econ, 'total')], 'ge', { name, code }, 'ge');
    }
  },
});
