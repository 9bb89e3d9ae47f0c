import { CLASS_NAMES, bareClassName } from '../../ledger/classification.js';
import { labelKey } from '../../text.js';
import { rowLabel } from '../../ledger/queries.js';
import { defineRule } from '../types.js';
import { CODED_TABLES as CODED } from '../../ledger/model.js';

/** "社会保障和就业" for "社会保障和就业支出", "一般公共服务（类）" …: the name without its 支出 is enough. */
const core = (n: string) => labelKey(n).replace(/支出$/, '');

const coreByCode = new Map<string, string[]>();

/** The core names of a class in the classification. */
function coreNames(code: string): string[] {
  let names = coreByCode.get(code);
  if (!names) coreByCode.set(code, (names = CLASS_NAMES[code].map(core)));
  return names;
}

const printedCores = new Map<string, string>();

/** The core of a printed class name, without its number ("一、", "1.") and "（类）". Memoised: names recur in every unit. */
function printedCore(name: string): string {
  let c = printedCores.get(name);
  if (c === undefined) {
    if (printedCores.size > 20_000) printedCores.clear();
    printedCores.set(name, (c = core(bareClassName(name))));
  }
  return c;
}

export default defineRule({
  id: 'TBL013',
  name: 'class-name',
  severity: 'warning',
  requires: [],
  doc: {
    what: 'A known 类 code printed with a name other than its name in the classification.',
    why: 'A wrong name beside a code means either the code or the name is wrong: readers and the other tables go by different subjects.',
    bad: '208 卫生健康支出',
    good: '208 社会保障和就业支出',
  },
  messages: {
    name: '{row}: class {code} is named "{expected}" in the classification',
  },
  check(ctx) {
    for (const kind of CODED) {
      const table = ctx.ledger.tables.get(kind);
      if (!table) continue;
      for (const row of table.rows) {
        if (row.level !== 'class' || !row.code || row.project) continue;
        const names = CLASS_NAMES[row.code];
        // A row that prints no name is not misnamed: the loader labels it with its code's text ("208").
        if (!names || /^[\d\s]*$/.test(row.name)) continue;
        if (coreNames(row.code).includes(printedCore(row.name))) continue;
        ctx.report({ messageId: 'name', place: row.codePlace ?? row, data: { row: rowLabel(row), code: row.code }, expected: names[0], actual: row.name });
      }
    }
  },
});
