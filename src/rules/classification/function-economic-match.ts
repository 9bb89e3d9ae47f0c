import { codedRows } from '../../ledger/queries.js';
import { figure, type Figure } from '../../ledger/figures.js';
import { asTerm } from '../cross/compare.js';
import { defineRule } from '../types.js';
import { PAIRS, matchesFunction } from '../../ledger/classification.js';

export default defineRule({
  id: 'FE001',
  name: 'function-economic-match',
  severity: 'warning',
  requires: ['gpb', 'gpb-basic'],
  doc: {
    what: 'Where an economic item has a dedicated function subject (30108 ↔ 2080505, 30109 ↔ 2080506, 30110/30111 ↔ 21011xx, 30113 ↔ 2210201), the gpb table\'s 基本支出 of the subject equals the economic item.',
    why: 'The same money is classified twice; if pension or housing-fund contributions differ between the two classifications, one of them is misallocated.',
    bad: '30108 机关事业单位基本养老保险缴费 31.87; 2080505 基本支出 30.87',
    good: 'both 31.87',
  },
  messages: {
    eq: '{name}: economic {economic} is {expected} {unit}, but function {functions} has {actual} {unit} of 基本支出 (difference {difference})',
  },
  check(ctx) {
    const gpb = ctx.ledger.tables.get('gpb')!;
    const basic = ctx.ledger.tables.get('gpb-basic')!;
    for (const pair of PAIRS) {
      const econ = codedRows(basic).filter((r) => pair.economic.includes(r.code!)).map((r) => figure(basic, r, 'total'));
      const fn = codedRows(gpb).filter((r) => !r.project && matchesFunction(r.code!, pair.functions));
      if (econ.length === 0 || fn.length === 0 || econ.some((f) => !f)) continue;
      const fnFigures = fn.map((r) => figure(gpb, r, 'basic'));
      if (fnFigures.some((f) => !f)) continue;
      const [first, ...rest] = fnFigures as Figure[];
      ctx.checkSum({
        stated: first.amount,
        place: first.place,
        terms: (econ as Figure[]).map(asTerm).concat(rest.map((f) => ({ ...asTerm(f), sign: -1 as const }))),
        messageId: 'eq',
        data: { name: pair.name, economic: pair.economic.join('+'), functions: fn.map((r) => r.code).join('+') },
      });
    }
  },
});
