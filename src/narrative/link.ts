/**
 * Linking a claim's subject to the semantic key of a ledger figure (ledger/figures.ts): by code hints
 * （类）/（款）/（项） and names against the gpb/expenditure tables, by the fixed subjects (收支总预算,
 * 一般公共预算, 单位资金, 基本支出, 人员经费, 三公经费 …), by a project's name. A key resolves on any
 * ledger, so that last year's package can be asked for the same figure. Nothing is linked by its
 * value: a subject that names no figure stays unlinked.
 */
import { functionClassByName } from '../ledger/classification.js';
import { functionIndex, functionRow, onlyGpb, resolve } from '../ledger/figures.js';
import { isFinal, type Ledger, type Row, type TableKind } from '../ledger/model.js';
import { rowsUnder } from '../ledger/queries.js';
import { labelKey } from '../text.js';
import type { CodeHints, Scope } from './claims.js';

/** The function-classified table whose money a section speaks of. */
function functionTable(scope: Scope): TableKind | undefined {
  switch (scope) {
    case 'unit':
    case 'income':
    case 'expenditure':
      return 'expenditure';
    case 'fin':
      return 'appropriation';
    case 'gpb':
    case 'gpb-basic':
    case 'gpb-project':
      return 'gpb';
    case 'gfb':
      return 'gfb';
    case 'soc':
      return 'soc';
    default:
      return undefined;
  }
}

function codeNamespace(kind: TableKind): string {
  return kind === 'expenditure' ? 'exp' : kind;
}

/**
 * Where the section does not say whose money it speaks of, a function row is linked only when the
 * expenditure and gpb tables agree on it; when they differ the subject is ambiguous (unlinked).
 */
function unambiguous(ledger: Ledger, find: (kind: TableKind) => string | undefined): string | undefined {
  const keys = (['expenditure', 'gpb'] as TableKind[]).map(find).filter((k): k is string => k !== undefined);
  if (keys.length === 0) return undefined;
  const values = keys.map((k) => resolve(ledger, k)?.amount.value.toString());
  return values.every((v) => v !== undefined && v === values[0]) ? keys[0] : undefined;
}

/** A function row by its printed names （类）/（款）/（项）. */
function byHints(ledger: Ledger, hints: CodeHints, scope: Scope): string | undefined {
  if (scope === 'other') return unambiguous(ledger, (kind) => byHintsIn(ledger, hints, kind));
  // Only the table of the section's money: the gpb and expenditure tables hold different amounts.
  const kind = functionTable(scope);
  if (kind === 'appropriation') return byHintsIn(ledger, hints, kind) ?? (onlyGpb(ledger) ? byHintsIn(ledger, hints, 'gpb') : undefined);
  return kind ? byHintsIn(ledger, hints, kind) : undefined;
}

/**
 * The code the printed levels spell out, when each level printed its code ("（204类）（06款）（01项）" →
 * "2040601"); undefined when a level printed only its name.
 */
export function codeOfHints(hints: CodeHints): string | undefined {
  const levels: [string | undefined, string | undefined, number][] = [
    [hints.class, hints.classCode, 3],
    [hints.section, hints.sectionCode, 2],
    [hints.item, hints.itemCode, 2],
  ];
  let code = '';
  for (const [name, printed, width] of levels) {
    if (name === undefined) break;
    if (printed === undefined || printed.length !== width) return undefined;
    code += printed;
  }
  return code.length >= 3 ? code : undefined;
}

function byHintsIn(ledger: Ledger, hints: CodeHints, kind: TableKind): string | undefined {
  const t = ledger.tables.get(kind);
  if (!t) return undefined;
  // Codes printed with the names decide: "公共安全支出（204类）司法（06款）行政运行（01项）" is 2040601,
  // whatever the names (a name that differs from the table's is a wording matter).
  const code = codeOfHints(hints);
  if (code) return functionRow(t, code) || rowsUnder(t, code).length > 0 ? `${codeNamespace(t.kind)}:code:${code}` : undefined;
  const want: [string | undefined, number][] = [
    [hints.class, 3],
    [hints.section, 5],
    [hints.item, 7],
  ];
  const rows = functionIndex(t).functionRows;
  let chosen: string | undefined;
  for (const [name, len] of want) {
    if (!name) continue;
    const key = labelKey(name);
    const classKey = `${key}支出`;
    // The one row of this level under the level chosen so far with this name.
    let hit: Row | undefined;
    for (const r of rows) {
      if (r.code!.length !== len || (chosen && !r.code!.startsWith(chosen))) continue;
      const rowName = labelKey(r.name);
      // "一般公共服务（类）支出": the class's name printed without its "支出".
      if (rowName !== key && !(len === 3 && rowName === classKey)) continue;
      if (hit) return undefined;
      hit = r;
    }
    // A class the table prints only the rows of ("一般公共服务支出（类）" over 项 rows only).
    const unprinted = !hit && len === 3 && !chosen ? functionClassByName(name) : undefined;
    if (unprinted && rowsUnder(t, unprinted).length > 0) {
      chosen = unprinted;
      continue;
    }
    // A 款 the table does not print (项 rows only): its 项 is found under the class.
    if (!hit && len === 5 && chosen && !rows.some((r) => r.code!.length === 5 && r.code!.startsWith(chosen!))) continue;
    if (!hit) return undefined;
    chosen = hit.code;
  }
  return chosen ? `${codeNamespace(t.kind)}:code:${chosen}` : undefined;
}

/** A function row by a printed code and name ("2010301行政运行"): both must match the row. */
function byCode(ledger: Ledger, code: string, name: string, scope: Scope): string | undefined {
  const find = (kind: TableKind) => {
    const t = ledger.tables.get(kind);
    const row = t ? functionRow(t, code) : undefined;
    if (!t || !row) return undefined;
    const key = labelKey(name);
    if (labelKey(row.name) !== key && !(code.length === 3 && labelKey(row.name) === `${key}支出`)) return undefined;
    return `${codeNamespace(t.kind)}:code:${code}`;
  };
  if (scope === 'other') return unambiguous(ledger, find);
  const kind = functionTable(scope);
  if (kind === 'appropriation') return find(kind) ?? (onlyGpb(ledger) ? find('gpb') : undefined);
  return kind ? find(kind) : undefined;
}

/** A function row by a code printed in brackets after its name ("行政运行（2040601）"): the code decides. */
function byCodeOnly(ledger: Ledger, code: string, scope: Scope): string | undefined {
  const find = (kind: TableKind) => {
    const t = ledger.tables.get(kind);
    if (!t || (!functionRow(t, code) && rowsUnder(t, code).length === 0)) return undefined;
    return `${codeNamespace(t.kind)}:code:${code}`;
  };
  if (scope === 'other') return unambiguous(ledger, find);
  const kind = functionTable(scope);
  if (kind === 'appropriation') return find(kind) ?? (onlyGpb(ledger) ? find('gpb') : undefined);
  return kind ? find(kind) : undefined;
}

/** A function class/section/item by its exact name (no code hint). */
function byName(ledger: Ledger, name: string, scope: Scope): string | undefined {
  if (scope === 'other') return unambiguous(ledger, (kind) => byNameIn(ledger, name, kind));
  const kind = functionTable(scope);
  if (kind === 'appropriation') return byNameIn(ledger, name, kind) ?? (onlyGpb(ledger) ? byNameIn(ledger, name, 'gpb') : undefined);
  return kind ? byNameIn(ledger, name, kind) : undefined;
}

function byNameIn(ledger: Ledger, name: string, kind: TableKind): string | undefined {
  const t = ledger.tables.get(kind);
  if (!t) return undefined;
  const hits = functionIndex(t).byName.get(labelKey(name));
  if (!hits) {
    const unprinted = functionClassByName(name);
    return unprinted && rowsUnder(t, unprinted).length > 0 ? `${codeNamespace(t.kind)}:code:${unprinted}` : undefined;
  }
  if (hits.length !== 1) return undefined;
  return `${codeNamespace(t.kind)}:code:${hits[0].code}`;
}

const INCOME_ITEMS: [RegExp, string][] = [
  [/^(上级)?一般公共预算(安排的?)?转移支付/, 'gpb-transfer'],
  [/单位资金(收入)?$/, 'unit-funds'],
  [/(?<!非)财政拨款结转(结余)?$/, 'fin-carry'],
  [/非财政拨款结(转)?(结)?余$/, 'nonfin-carry'],
  [/^政府性基金(预算)?(拨款|收入)?$/, 'gfb'],
  [/^国有资本经营(预算)?(拨款|收入)?$/, 'soc'],
  [/^财政专户(核拨|管理资金)?(收入)?$/, 'special'],
  [/^事业收入$/, 'business'],
  [/^事业单位经营收入$/, 'operating'],
  [/^上级补助收入$/, 'higher-subsidy'],
  [/^附属单位上缴收入$/, 'affiliated'],
  [/^其他收入$/, 'other-income'],
  [/^上年结转(结余)?$/, 'carry'],
];

export interface SubjectInput {
  subject: string;
  scope: Scope;
  hints: CodeHints;
  project?: string;
  projectScale?: boolean;
}

/**
 * A subject as the keys read it: without "本单位"; "一般公共财政预算" (the older name) as "一般公共预算";
 * without a trailing "预算数" ("公务接待费预算数") or "类科目" ("一般公共服务支出类科目").
 */
function subjectText(subject: string, final = false): string {
  // "襄州区伙牌镇政府(单位)收入预算": the unit's name marked as the unit's, then the subject.
  let s = labelKey(subject).replace(/^[^()]{2,30}\((单位|部门)\)(?=.{2})/, '').replace(/^(本单位|本部门)(?=.{2})/, '').replace(/公共财政预算/g, '公共预算');
  // Final accounts: "公务接待费支出决算", "公务用车购置支出": the item, spent.
  if (final) s = s.replace(/(?<=.{2})决算(数)?$/, '').replace(/(费|购置)支出$/, '$1');
  const bare = s.replace(/(预算数|预算金额|类?科目)$/, '');
  return bare.length >= 3 ? bare : s;
}

/** The semantic key a subject names, or undefined when it names no ledger figure. */
export function keyFor(ledger: Ledger, input: SubjectInput): string | undefined {
  const { scope, hints } = input;
  const final = isFinal(ledger);
  const s = subjectText(input.subject, final);
  if (input.projectScale && input.project) return `project:name:${labelKey(input.project)}`;
  if (hints.bracketCode) return byCodeOnly(ledger, hints.bracketCode, scope);
  if (hints.code) return byCode(ledger, hints.code, hints.codeName ?? '', scope);
  if (hints.class || hints.section || hints.item) return byHints(ledger, hints, scope);
  if (s === '') return undefined;
  const key = subjectKey(s, scope, final);
  // 财政拨款 projects are the 一般公共预算 table's where the unit has no 政府性基金 or 国有资本经营 money.
  if (key === 'fin-project' && onlyGpb(ledger)) return 'project:total';
  // (Where it has, some texts still mean the 一般公共预算 table's projects: see equivalents.)
  if (key === BY_NAME) return byName(ledger, s, scope) ?? projectByName(ledger, s);
  return key ?? projectByName(ledger, s);
}

/**
 * A project of the project table named in running text ("安排…云平台服务器项目资金50.00万元"): the one
 * project whose name is the subject, or ends with it (six characters at least), without "资金/经费".
 */
function projectByName(ledger: Ledger, subject: string): string | undefined {
  const t = ledger.tables.get('gpb-project');
  const s = subject.replace(/^安排/, '').replace(/(资金|经费|预算)$/, '');
  if (!t || s.length < 6 || !s.endsWith('项目')) return undefined;
  const names = new Set(t.rows.filter((r) => r.project).map((r) => labelKey(r.project!)));
  const hits = [...names].filter((n) => n === s || n.endsWith(s));
  return hits.length === 1 ? `project:name:${hits[0]}` : undefined;
}

/** A subject named by a function row's name: looked up in the tables. */
const BY_NAME = Symbol('by name');

const subjectKeys = new Map<string, string | undefined | typeof BY_NAME>();

/** The key a subject without code hints names, or BY_NAME. Memoised: the same subjects recur in every unit of a batch. */
function subjectKey(s: string, scope: Scope, final = false): string | undefined | typeof BY_NAME {
  const memo = `${final ? 'final ' : ''}${scope} ${s}`;
  if (subjectKeys.has(memo)) return subjectKeys.get(memo);
  if (subjectKeys.size > 20_000) subjectKeys.clear();
  const key = (final ? finalSubject(s, scope) : undefined) ?? readSubject(s, scope);
  subjectKeys.set(memo, key);
  return key;
}

/**
 * The subjects of final accounts (决算) that a budget has not: the year's income and spending apart from
 * the carry-over (本年收入合计, 收入决算), the totals with it (收入总计), the carry-over at either end
 * (年初结转和结余, 年末结转和结余), the appropriation's income and spending of the year.
 */
function finalSubject(s: string, scope: Scope): string | undefined {
  const whole = s.replace(/^(本单位|本部门|部门|单位)/, '');
  const fin = scope === 'fin';
  if (/^(收入|支出|收支)总计$|^总(收入|支出)$|^收、?支总计$|^收入支出总计$/.test(whole)) return fin ? 'fin:total' : 'unit:total';
  if (/^财政拨款(收入|支出|收入支出|收入、支出)总计$/.test(whole)) return 'fin:total';
  if (/^(本年)?收入(合计)?$/.test(whole)) return fin ? 'fin:current' : 'income:total';
  if (/^(本年)?支出(合计)?$/.test(whole)) return fin ? 'fin:current-exp' : scope === 'gpb' ? 'gpb:total' : 'exp:total';
  if (/^(年初|上年)财政拨款结转(和)?结余$/.test(whole)) return 'fin:carry';
  if (/^年末财政拨款结转(和)?结余$/.test(whole)) return 'fin:carry-next';
  if (/^(年初|上年)结转(和)?结余$/.test(whole)) return fin ? 'fin:carry' : 'income:carry';
  if (/^年末结转(和)?结余$/.test(whole)) return fin ? 'fin:carry-next' : 'exp:carry-next';
  if (/^使用非财政拨款结余/.test(whole)) return 'income:nonfin-use';
  if (/^结余分配$/.test(whole)) return 'exp:distribution';
  if (/^财政拨款收入$/.test(whole)) return 'fin:current';
  if (/^财政拨款支出$/.test(whole)) return 'fin:current-exp';
  if (/^政府性基金预算财政拨款(收入)?$/.test(whole)) return fin ? 'fin:gfb' : 'income:gfb';
  if (/^国有资本经营预算财政拨款(收入)?$/.test(whole)) return fin ? 'fin:soc' : 'income:soc';
  if (/^(事业单位)?经营收入$/.test(whole)) return 'income:operating';
  if (/^(事业单位)?经营支出$/.test(whole)) return 'exp:operating-exp';
  if (/^上缴上级支出$/.test(whole)) return 'exp:upper';
  if (/^对附属单位补助支出$/.test(whole)) return 'exp:affiliated-exp';
  return undefined;
}

function readSubject(s: string, scope: Scope): string | undefined | typeof BY_NAME {
  // "因公出国（境）费、公务用车购置费均为0万元": several subjects at once name no one figure.
  if (/、/.test(s)) return BY_NAME;
  // A part named after "三公经费中": the part, not the total.
  if (/三公/.test(s) && !/因公出国|公务用车|公务接待/.test(s)) return '3p:total';
  if (/三公/.test(s) && !/三公(经费)?(中|里|的|其中)?(因公出国|公务用车|公务接待)/.test(s)) return undefined;
  if (/因公出国/.test(s)) return '3p:abroad';
  if (/公务用车购置及运行(维护)?费/.test(s)) return '3p:vehicle';
  if (/公务用车购置费?$/.test(s)) return '3p:vehicle-purchase';
  if (/公务用车运行(维护)?费$/.test(s)) return '3p:vehicle-operation';
  if (/公务接待费$/.test(s)) return '3p:reception';
  // The subject is the 运行经费 itself, not something in it ("单位运行经费中的公务用车运行维护费").
  if (/(机关|单位)运行经费(财政拨款)?(预算|支出)?(数|总额)?$/.test(s)) return 'basic:public';
  if (/(机关|单位)运行经费/.test(s)) return undefined;
  if (/整体(预算)?绩效目标/.test(s)) return 'unit:total';
  if (/^(当年)?非财政拨款项目$/.test(s)) return 'nonfin-project';
  if (/^(当年)?一般公共预算(财政拨款|拨款)?项目$/.test(s)) return 'project:total';
  if (/^(当年)?财政拨款项目$/.test(s)) return 'fin-project';
  if (/财政拨款收支总预算|财政拨款(收支)?预算总(额|计)/.test(s)) return 'fin:total';
  // The whole unit's money: the subject is the total and nothing else ("政府采购预算总额" is not).
  const whole = s.replace(/^(本单位|本部门|部门|单位)/, '');
  if (/^(收支)?总预算$|^收支预算总(计|额)$|^预算总(额|计)$/.test(whole)) return 'unit:total';
  if (/^(本年)?收入(总)?预算(合计|总计|总额)?$|^(本年)?收入(合计|总计|总额)$|^(预算)?总收入$/.test(whole)) return scope === 'fin' ? 'fin:total' : 'income:total';
  if (/^(本年)?支出(总)?预算(合计|总计|总额)?$|^(本年)?支出(合计|总计|总额)$|^(预算)?总支出$/.test(whole)) return scope === 'fin' ? 'fin:total' : scope === 'gpb' ? 'gpb:total' : 'exp:total';
  if (/^财政拨款(收入|支出)?(预算)?(合计|总计|总额)?$/.test(whole) && /收入|支出|合计|总计|总额/.test(whole)) return 'fin:total';
  if (/^一般公共预算(财政拨款|当年拨款|拨款)?基本支出/.test(s)) return 'gpb:basic';
  if (/^一般公共预算(财政拨款|当年拨款|拨款)?项目支出/.test(s)) return 'gpb:project';
  if (/^一般公共预算(拨款|财政拨款|当年拨款)?(支出)?(合计|总计|总额)$/.test(s) || /^一般公共预算(财政拨款|当年拨款|拨款)?支出(预算)?$/.test(s)) return 'gpb:total';
  if (/^一般公共预算(拨款|收入|财政拨款|当年拨款)?(收入)?$/.test(s)) {
    if (scope === 'fin') return 'fin:gpb';
    if (scope === 'gpb' || scope === 'gpb-basic' || scope === 'gpb-project') return 'gpb:total';
    return 'income:gpb';
  }
  for (const [re, item] of INCOME_ITEMS) if (re.test(s)) return `income:${item}`;
  const gpbScope = scope === 'gpb' || scope === 'fin' || scope === 'gpb-basic' || scope === 'gpb-project';
  const unitScope = scope === 'unit' || scope === 'income' || scope === 'expenditure';
  if (/^基本支出(预算)?(数)?$/.test(s)) return gpbScope ? 'gpb:basic' : unitScope ? 'exp:basic' : undefined;
  if (/^项目支出(预算)?(数)?$/.test(s)) return gpbScope ? 'gpb:project' : unitScope ? 'exp:project' : undefined;
  // 人员经费 / 公用经费 of the economic table are appropriated money: only where the text speaks of it.
  if (/^(一般公共预算)?人员经费(预算)?$/.test(s)) return gpbScope ? 'basic:personnel' : undefined;
  if (/^(一般公共预算)?公用经费(预算)?$/.test(s)) return gpbScope ? 'basic:public' : undefined;
  return BY_NAME;
}

/** The key of a denominator named in a share phrase ("占一般公共预算支出的 X%"). */
export function denominatorKey(ledger: Ledger, phrase: string, scope: Scope): string | undefined {
  // "占部门支出预算的", "占本单位收入预算的": the unit's own budget, as "支出预算" is.
  const p = labelKey(phrase)
    .replace(/公共财政预算/g, '公共预算')
    .replace(/(的|总额|合计数?|总数)$/, '')
    .replace(/^(本部门|本单位|部门|单位(?=收入|支出|收支|预算))/, '');
  if (/^(支出总预算|总支出|本年支出(合计)?|支出(预算)?(合计|总计)?|全部支出)$/.test(p)) return scope === 'fin' ? 'fin:total' : 'exp:total';
  if (/^(收入总预算|总收入|本年收入(合计)?|收入(预算)?(合计|总计)?|全部收入)$/.test(p)) return scope === 'fin' ? 'fin:total' : 'income:total';
  if (/^(收支总预算|总预算)$/.test(p)) return 'unit:total';
  if (/^一般公共预算(财政拨款|当年拨款|拨款)?(支出|拨款)?(预算)?$/.test(p)) return 'gpb:total';
  if (/^财政拨款(支出|收支)?(预算)?$/.test(p)) return 'fin:total';
  // In a section on appropriated money, 基本支出/项目支出 are its own (the gpb table's), not the unit's.
  const gpbScope = scope === 'gpb' || scope === 'gpb-basic' || scope === 'gpb-project' || scope === 'fin';
  if (/^基本支出(预算)?$/.test(p)) return gpbScope ? 'gpb:basic' : 'exp:basic';
  if (/^项目支出(预算)?$/.test(p)) return gpbScope ? 'gpb:project' : 'exp:project';
  if (/^三公经费/.test(p)) return '3p:total';
  if (/^(一般公共预算)?基本支出/.test(p)) return 'gpb:basic';
  return keyFor(ledger, { subject: p.replace(/预算$/, ''), scope, hints: {} });
}
