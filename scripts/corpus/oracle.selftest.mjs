#!/usr/bin/env node
// Hand-made cases for the corpus oracle. Run: node scripts/corpus/oracle.selftest.mjs (exit 1 on failure).
import { runOracle, figure } from './oracle.mjs';

let failures = 0, count = 0;
function check(name, statements, want, { budgetYear = 2025, kind = 'budget', notes } = {}) {
  count++;
  const out = runOracle({ budgetYear, kind, statements: statements.map((s, i) => ({ id: `t${i + 1}`, line: i + 1, ...s })) });
  const got = out.inconsistencies.map((x) => `${x.id}:${x.field}`).sort();
  const exp = [...want].sort();
  let ok = JSON.stringify(got) === JSON.stringify(exp);
  if (ok && notes !== undefined && out.notes.length !== notes) ok = false;
  if (!ok) {
    failures++;
    console.error(`FAIL ${name}\n  want ${JSON.stringify(exp)}${notes !== undefined ? ` and ${notes} notes` : ''}\n  got  ${JSON.stringify(got)} and ${out.notes.length} notes`);
    for (const x of [...out.inconsistencies, ...out.notes]) console.error('   ', JSON.stringify(x));
  }
}

// The interval a figure stands for.
count++;
{
  const f = figure('1.23', '万元');
  if (f.lo.toString() !== '12250' || f.hi.toString() !== '12350' || figure('7').lo.toString() !== '6.5') {
    failures++; console.error('FAIL figure intervals', f.lo.toString(), f.hi.toString());
  }
}

// list: one part, total off by exactly the tolerance 0.005 × (1 + 1) = 0.01 → consistent; one cent more → not.
check('list n=1 at tolerance', [{ kind: 'list', total: '1.01', parts: ['1.00'], unit: '万元' }], []);
check('list n=1 one cent over', [{ kind: 'list', total: '1.02', parts: ['1.00'], unit: '万元' }], ['t1:total']);
// list: three parts, tolerance 0.005 × 4 = 0.02.
check('list n=3 at tolerance', [{ kind: 'list', total: '3.02', parts: ['1.00', '1.00', '1.00'], unit: '万元' }], [], { notes: 1 });
check('list n=3 one cent over', [{ kind: 'list', total: '3.03', parts: ['1.00', '1.00', '1.00'], unit: '万元' }], ['t1:total']);
check('list exact', [{ kind: 'list', total: '163.00', parts: ['14.38', '1.60', '147.02'], unit: '万元' }], [], { notes: 0 });
check('list le', [{ kind: 'list', total: '10.00', parts: ['4.00', '6.01'], relation: 'le', unit: '万元' }], []);
check('list le over', [{ kind: 'list', total: '10.00', parts: ['4.00', '6.02'], relation: 'le', unit: '万元' }], ['t1:total']);

// a balance with signed parts: 结余 218 = 1493 + 44 + 140 − 1459
check('signed list', [{ kind: 'list', total: '218', parts: ['1493', '44', '140', '1459'], signs: ['+', '+', '+', '-'], unit: '万元' }], [], { notes: 0 });
check('signed list off', [{ kind: 'list', total: '221', parts: ['1493', '44', '140', '1459'], signs: ['+', '+', '+', '-'], unit: '万元' }], ['t1:total']);

// flat: touching intervals are consistent; one cent apart more is not.
check('flat at tolerance', [{ kind: 'flat', current: '10.00', prior: '10.01', unit: '万元' }], []);
check('flat one cent over', [{ kind: 'flat', current: '10.00', prior: '10.02', unit: '万元' }], ['t1:current']);

// same-item across units: 12350.00 元 touches 1.23 万元 = [12250, 12350] 元.
check('same-item 元/万元 at tolerance', [{ kind: 'same-item', subject: 'x', unit: '元', values: [{ line: 1, value: '12350.00' }, { line: 2, value: '1.23', unit: '万元' }] }], []);
check('same-item 元/万元 one cent over', [{ kind: 'same-item', subject: 'x', unit: '元', values: [{ line: 1, value: '12350.01' }, { line: 2, value: '1.23', unit: '万元' }] }], ['t1:values']);

// share: 0.7462 / 2 → at most 0.74625 / 1.5 = 49.75 %; "49.8" stands for [49.75, 49.85]: touches.
check('share at tolerance', [{ kind: 'share', part: '0.7462', whole: '2', percent: '49.8', unit: '万元' }], [], { notes: 1 });
check('share just over', [{ kind: 'share', part: '0.7462', whole: '2', percent: '49.9', unit: '万元' }], ['t1:percent']);
// share: 50.00 / 100.00 → [49.9925, 50.0075]; 50.01 overlaps, 50.02 does not.
check('share 50.01', [{ kind: 'share', part: '50.00', whole: '100.00', percent: '50.01', unit: '万元' }], [], { notes: 1 });
check('share 50.02', [{ kind: 'share', part: '50.00', whole: '100.00', percent: '50.02', unit: '万元' }], ['t1:percent']);
// a share in 元 of a whole in 万元
check('share mixed units', [{ kind: 'share', part: '98765.43', whole: '108.53', percent: '9.10', units: { part: '元', whole: '万元' } }], []);

// yoy: change against current − prior (three two-decimal figures: 0.01 inside, 0.02 outside).
check('yoy change inside', [{ kind: 'yoy', current: '10.00', prior: '9.00', change: '1.01', direction: 'up', unit: '万元' }], []);
check('yoy change one cent over', [{ kind: 'yoy', current: '10.00', prior: '9.00', change: '1.02', direction: 'up', unit: '万元' }], ['t1:change']);
check('yoy wrong direction', [{ kind: 'yoy', current: '10.00', prior: '9.00', change: '1.00', direction: 'down', unit: '万元' }], ['t1:change']);
check('yoy direction only', [{ kind: 'yoy', current: '10.00', prior: '9.00', direction: 'down', unit: '万元' }], ['t1:direction']);
// yoy percent from current and change: 比上年预算减少 25.16 万元，下降 4.93% with current 485.20 → prior 510.36, 4.9299 %.
check('yoy percent ok', [{ kind: 'yoy', current: '485.20', change: '25.16', direction: 'down', percent: '4.93', unit: '万元' }], []);
check('yoy percent off', [{ kind: 'yoy', current: '485.20', change: '25.16', direction: 'down', percent: '4.95', unit: '万元' }], ['t1:percent']);
// percent divided by the current instead of the prior: 62.15 / 842.79 = 7.37 %, prior base gives 7.96 %.
check('yoy percent on the wrong base', [{ kind: 'yoy', current: '842.79', change: '62.15', direction: 'up', percent: '7.37', unit: '万元' }], ['t1:percent']);
// truncated percent "7" for 7.96 %
check('yoy truncated percent', [{ kind: 'yoy', current: '842.79', change: '62.15', direction: 'up', percent: '7', unit: '万元' }], ['t1:percent']);
// zero base: 增加 164.40 万元，增长 100% → a note, not an inconsistency
check('yoy zero base', [{ kind: 'yoy', current: '164.40', change: '164.40', direction: 'up', percent: '100.00', unit: '万元' }], [], { notes: 1 });
check('yoy zero prior stated', [{ kind: 'yoy', current: '12.02', prior: '0', change: '12.02', direction: 'up', percent: '100', unit: '万元' }], [], { notes: 1 });
// a genuine doubling is 100 % by arithmetic
check('yoy doubling', [{ kind: 'yoy', current: '1.00', prior: '0.50', direction: 'up', percent: '100.00', unit: '万元' }], []);
// 元 amounts: 同比减少 166271.4 元，下降 15.87 %, current 881,452.6 → prior 1,047,724.0 → 15.8698 %
check('yoy 元', [{ kind: 'yoy', current: '881452.6', change: '166271.4', direction: 'down', percent: '15.87', unit: '元' }], []);

// completion
check('completion ok', [{ kind: 'completion', actual: '935.70', budget: '1000.00', percent: '93.57', unit: '万元' }], []);
check('completion off', [{ kind: 'completion', actual: '935.70', budget: '1000.00', percent: '93.59', unit: '万元' }], ['t1:percent']);
check('completion zero budget', [{ kind: 'completion', actual: '0', budget: '0', percent: '0', unit: '万元' }], [], { notes: 1 });

// counts are exact: 86 人 = 36 + 50, but 86 ≠ 36 + 49 even though integers "stand for" ±0.5
check('count list exact', [{ kind: 'list', total: '86', parts: ['36', '50'], unit: '人' }], [], { notes: 0 });
check('count list off by one', [{ kind: 'list', total: '86', parts: ['36', '49'], unit: '人' }], ['t1:total']);
check('count of named items', [{ kind: 'count', count: '6', items: ['a', 'b', 'c', 'd', 'e'], unit: '个' }], ['t1:count']);
check('count of named items ok', [{ kind: 'count', count: '2', items: ['a', 'b'], unit: '个' }], []);

// comparison year
check('comparison year ok', [{ kind: 'comparison-year', year: 2024 }], []);
check('comparison year wrong', [{ kind: 'comparison-year', year: 2025 }], ['t1:year']);
check('comparison year final', [{ kind: 'comparison-year', year: 2022 }], [], { budgetYear: 2023, kind: 'final' });
check('comparison year final wrong', [{ kind: 'comparison-year', year: 2023 }], ['t1:year'], { budgetYear: 2023, kind: 'final' });

if (failures) {
  console.error(`${failures} of ${count} cases failed`);
  process.exit(1);
}
console.log(`all ${count} cases pass`);
