#!/usr/bin/env node
// The corpus oracle: reads fixtures/real/<pkg>/statements.json (a hand annotation of every numeric
// statement of a real narrative that can be recomputed from the text itself) and writes
// expected.json beside it: the statements that are internally inconsistent under the rounding
// model of docs/rounding.md, and notes (zero bases, near misses explained by rounding).
//
// Rounding model: a printed figure with d decimals stands for every value in
// [v - 0.5*10^-d, v + 0.5*10^-d] in its unit. A relation is inconsistent only when NO choice of
// values in the intervals satisfies it. Everything is Decimal arithmetic; no binary floats.
//
// Usage: node scripts/corpus/oracle.mjs [dir...]   (default: every fixtures/real/*/)

import { readFileSync, writeFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, resolve, dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import Decimal from 'decimal.js';

Decimal.set({ precision: 40, rounding: Decimal.ROUND_HALF_UP });

const UNIT_FACTOR = { '元': new Decimal(1), '万元': new Decimal(10000), '亿元': new Decimal(100000000) };
// Counts (people, bodies, vehicles, batches) are exact: a printed count is not a rounded figure.
const COUNT_UNITS = new Set(['人', '个', '辆', '批次', '人次', '项', '家', '台', '套']);
const HUNDRED = new Decimal(100);

/** A printed figure: its value, its decimals, and the interval it stands for (in 元 for amounts). */
export function figure(text, unit) {
  if (text === undefined || text === null) return null;
  const s = String(text).replace(/[,，\s]/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(s)) throw new Error(`not a number: ${JSON.stringify(text)}`);
  const decimals = s.includes('.') ? s.length - s.indexOf('.') - 1 : 0;
  const exact = COUNT_UNITS.has(unit);
  const half = exact ? new Decimal(0) : new Decimal(10).pow(-decimals).div(2);
  const factor = unit === undefined || exact ? new Decimal(1) : UNIT_FACTOR[unit];
  if (!factor) throw new Error(`unknown unit: ${JSON.stringify(unit)}`);
  const v = new Decimal(s);
  return {
    text: String(text), unit, decimals,
    value: v.mul(factor),
    lo: v.minus(half).mul(factor),
    hi: v.plus(half).mul(factor),
  };
}

const iv = (lo, hi) => ({ lo, hi });
const overlaps = (a, b) => a.lo.lte(b.hi) && b.lo.lte(a.hi);

/**
 * Range of f over the box of intervals, for f monotone in each argument over the box (ratios of
 * positive quantities, sums, differences): the extremes are at corners.
 */
function cornerRange(f, ...ivs) {
  let lo = null, hi = null;
  const n = ivs.length;
  for (let mask = 0; mask < (1 << n); mask++) {
    const args = ivs.map((x, i) => ((mask >> i) & 1 ? x.hi : x.lo));
    const v = f(...args);
    if (lo === null || v.lt(lo)) lo = v;
    if (hi === null || v.gt(hi)) hi = v;
  }
  return iv(lo, hi);
}

const sumIv = (xs) => xs.reduce((a, x) => iv(a.lo.plus(x.lo), a.hi.plus(x.hi)), iv(new Decimal(0), new Decimal(0)));

/** Express a value in 元 back in the given unit, as a plain string. */
function inUnit(v, unit, decimals = 6) {
  const f = unit === undefined || COUNT_UNITS.has(unit) ? new Decimal(1) : UNIT_FACTOR[unit];
  return v.div(f).toDecimalPlaces(decimals).toString();
}
/** A percent for display: `decimals` places, or 4 significant digits for a small non-zero value. */
const pct = (v, decimals = 4) => (!v.isZero() && v.abs().lt(0.01) ? v.toSignificantDigits(4).toString() : v.toDecimalPlaces(decimals).toString());

function unitOf(st, field) {
  return (st.units && st.units[field]) || st.unit;
}

const REQUIRED = {
  yoy: ['direction'],
  share: ['part', 'whole', 'percent'],
  completion: ['actual', 'budget', 'percent'],
  list: ['total', 'parts'],
  flat: ['current', 'prior'],
  count: ['count', 'items'],
  'comparison-year': ['year'],
  'same-item': ['values'],
};

export function checkStatement(st, ctx) {
  const out = { inconsistencies: [], notes: [] };
  // A statement whose text leaves out a figure it needs (a share of a total not printed, a percent
  // left blank) cannot be recomputed: listed as a note, never an inconsistency.
  const missing = (REQUIRED[st.kind] ?? []).filter((f) => st[f] === undefined);
  if (missing.length > 0) {
    out.notes.push({ id: st.id, line: st.line, kind: st.kind, field: missing.join(', '), note: `not recomputable: the text states no ${missing.join(', ')}` });
    return out;
  }
  const base = { id: st.id, line: st.line, kind: st.kind };
  const bad = (field, stated, recomputed, difference, why, extra = {}) =>
    out.inconsistencies.push({ ...base, field, stated, recomputed, difference, why, ...extra });
  const note = (field, text, extra = {}) => out.notes.push({ ...base, field, note: text, ...extra });
  const fig = (field) => figure(st[field], unitOf(st, field));

  /** Compare a recomputed percent interval with a stated percent figure. */
  const checkPercent = (field, stated, range, point, what) => {
    if (!overlaps(range, stated)) {
      bad(field, stated.text, pct(point, 2), pct(stated.value.minus(point)),
        `${what} is ${pct(range.lo)}–${pct(range.hi)}% for any values the printed figures stand for; ` +
        `${stated.text}% stands for ${pct(stated.lo)}–${pct(stated.hi)}%`,
        { recomputedRange: [pct(range.lo), pct(range.hi)] });
    } else if (!point.toDecimalPlaces(stated.decimals).eq(stated.value)) {
      note(field, `${what} from the printed figures is ${pct(point)}%, which rounds to ` +
        `${point.toDecimalPlaces(stated.decimals).toFixed(stated.decimals)}, not ${stated.text}; ` +
        `within the rounding of the figures, so not an inconsistency`);
    }
  };

  switch (st.kind) {
    case 'yoy': {
      const cur = fig('current'), prior = fig('prior'), change = fig('change');
      const percent = st.percent !== undefined ? figure(st.percent) : null;
      const dir = st.direction;
      const sign = dir === 'down' ? -1 : 1;
      if (st.percent !== undefined || st.change !== undefined) {
        if (dir !== 'up' && dir !== 'down') throw new Error(`${st.id}: yoy needs direction up|down`);
      }
      // 1. current - prior = ±change
      if (cur && prior && change) {
        const diff = iv(cur.lo.minus(prior.hi), cur.hi.minus(prior.lo));
        const signed = sign > 0 ? iv(change.lo, change.hi) : iv(change.hi.neg(), change.lo.neg());
        const point = cur.value.minus(prior.value).mul(sign);
        if (!overlaps(diff, signed)) {
          const u = unitOf(st, 'change');
          bad('change', change.text, inUnit(point, u), inUnit(change.value.minus(point), u),
            `${dir === 'down' ? '减少' : '增加'} ${change.text} but current − prior is ` +
            `${inUnit(cur.value.minus(prior.value), u)} ${u ?? ''} (${cur.text} − ${prior.text})`);
        }
      } else if (cur && prior && !change && dir) {
        // direction alone against the two amounts
        const diff = iv(cur.lo.minus(prior.hi), cur.hi.minus(prior.lo));
        if ((sign > 0 && diff.hi.lt(0)) || (sign < 0 && diff.lo.gt(0))) {
          bad('direction', dir, cur.value.gte(prior.value) ? 'up' : 'down', null,
            `direction word says ${dir} but current ${cur.text} vs prior ${prior.text}`);
        }
      }
      // 2. percent = change / prior × 100
      if (percent) {
        let range = null, point = null, priorPoint = null, what = 'change / prior × 100';
        if (change && prior) {
          priorPoint = prior.value;
          if (prior.lo.gt(0)) {
            range = cornerRange((c, p) => c.div(p).mul(HUNDRED), change, prior);
            point = change.value.div(prior.value).mul(HUNDRED);
          }
        } else if (change && cur) {
          priorPoint = cur.value.minus(change.value.mul(sign));
          what = `change / (current ${sign > 0 ? '−' : '+'} change) × 100`;
          const pr = sign > 0 ? iv(cur.lo.minus(change.hi), cur.hi.minus(change.lo))
            : iv(cur.lo.plus(change.lo), cur.hi.plus(change.hi));
          if (pr.lo.gt(0)) {
            range = cornerRange((c, k) => k.div(sign > 0 ? c.minus(k) : c.plus(k)).mul(HUNDRED), cur, change);
            point = change.value.div(priorPoint).mul(HUNDRED);
          }
        } else if (cur && prior) {
          priorPoint = prior.value;
          what = `|current − prior| / prior × 100`;
          if (prior.lo.gt(0)) {
            range = cornerRange((c, p) => c.minus(p).mul(sign).div(p).mul(HUNDRED), cur, prior);
            point = cur.value.minus(prior.value).mul(sign).div(prior.value).mul(HUNDRED);
          }
        } else {
          note('percent', 'percent stated without the amounts it is computed from; not recomputable from the text');
          break;
        }
        if (range) {
          checkPercent('percent', percent, range, point, what);
        } else if (priorPoint !== null && priorPoint.isZero()) {
          note('percent', `prior is zero: "${dir === 'down' ? '下降' : '增长'} ${percent.text}%" ` +
            (percent.value.eq(100) ? 'is the zero-base convention (增长100%), not arithmetic' : 'has no arithmetic meaning (zero base)'));
        } else {
          note('percent', `prior (${priorPoint === null ? '?' : priorPoint.toString()} 元) is too close to zero for its interval to exclude 0; percent not decided`);
        }
      } else if (change && (prior || cur)) {
        const priorPoint = prior ? prior.value : cur.value.minus(change.value.mul(sign));
        if (priorPoint.isZero()) note('prior', 'prior is zero (the whole amount is new)');
      }
      break;
    }
    case 'share': {
      const part = fig('part'), whole = fig('whole'), percent = figure(st.percent);
      if (!whole.lo.gt(0)) { note('whole', 'whole is zero or too close to zero; share not decided'); break; }
      const range = cornerRange((a, b) => a.div(b).mul(HUNDRED), part, whole);
      const point = part.value.div(whole.value).mul(HUNDRED);
      checkPercent('percent', percent, range, point, 'part / whole × 100');
      break;
    }
    case 'completion': {
      const actual = fig('actual'), budget = fig('budget'), percent = figure(st.percent);
      if (!budget.lo.gt(0)) {
        note('budget', budget.value.isZero() ? 'budget is zero: completion rate undefined' : 'budget too close to zero; not decided');
        break;
      }
      const range = cornerRange((a, b) => a.div(b).mul(HUNDRED), actual, budget);
      const point = actual.value.div(budget.value).mul(HUNDRED);
      checkPercent('percent', percent, range, point, 'actual / budget × 100');
      break;
    }
    case 'list': {
      const total = fig('total');
      const u = unitOf(st, 'total');
      const signs = st.signs || st.parts.map(() => '+');
      if (signs.length !== st.parts.length || signs.some((x) => x !== '+' && x !== '-')) throw new Error(`${st.id}: signs must be one '+' or '-' per part`);
      const parts = st.parts.map((p, i) => {
        const f = figure(p, (st.units && st.units.parts && st.units.parts[i]) || st.unit);
        return signs[i] === '-' ? { ...f, text: `−${f.text}`, value: f.value.neg(), lo: f.hi.neg(), hi: f.lo.neg() } : f;
      });
      const sum = sumIv(parts);
      const point = parts.reduce((a, p) => a.plus(p.value), new Decimal(0));
      const relation = st.relation || 'eq';
      const ok = relation === 'le' ? sum.lo.lte(total.hi) : overlaps(sum, total);
      if (!ok) {
        bad('total', total.text, inUnit(point, u), inUnit(total.value.minus(point), u),
          `the ${parts.length} parts (${parts.map((p) => p.text).join(' + ').replace(/\+ −/g, '− ')}) sum to ${inUnit(point, u)} ${u ?? ''}` +
          (relation === 'le' ? `, more than the total ${total.text}` : `, not ${total.text}`) +
          `; rounding allows at most ${inUnit(total.hi.minus(total.lo).plus(sum.hi.minus(sum.lo)).div(2), u)}`);
      } else if (relation === 'eq' && !point.eq(total.value)) {
        note('total', `the parts sum to ${inUnit(point, u)}, total printed ${total.text}: explainable by rounding of ${parts.length} items`);
      }
      break;
    }
    case 'flat': {
      const cur = fig('current'), prior = fig('prior');
      if (!overlaps(cur, prior)) {
        const u = unitOf(st, 'current');
        bad('current', cur.text, inUnit(prior.value, u), inUnit(cur.value.minus(prior.value), u),
          `said to be unchanged (持平) but current ${cur.text} and prior ${prior.text} differ`);
      }
      break;
    }
    case 'count': {
      // "内设机构共6个，分别是：A、B、C…": the stated count against the items the text names.
      const n = figure(st.count, st.unit || '个');
      if (!n.value.eq(st.items.length)) {
        bad('count', n.text, String(st.items.length), n.value.minus(st.items.length).toString(),
          `says ${n.text}${st.unit || '个'} but names ${st.items.length}: ${st.items.join('、')}`);
      }
      break;
    }
    case 'comparison-year': {
      const want = ctx.budgetYear - 1;
      if (st.year !== want) {
        bad('year', String(st.year), String(want), String(st.year - want),
          ctx.kind === 'final'
            ? `a ${ctx.budgetYear} final-accounts narrative compares with ${want}, not ${st.year}`
            : `a ${ctx.budgetYear} budget compares with ${want}, not ${st.year}`);
      }
      break;
    }
    case 'same-item': {
      const u = st.unit;
      const vals = st.values.map((v) => ({ ...v, f: figure(v.value, v.unit || u) }));
      const lo = vals.reduce((a, v) => Decimal.max(a, v.f.lo), vals[0].f.lo);
      const hi = vals.reduce((a, v) => Decimal.min(a, v.f.hi), vals[0].f.hi);
      if (lo.gt(hi)) {
        bad('values', vals.map((v) => `${v.value} (line ${v.line})`).join(' / '), null, null,
          `${st.subject ?? 'the same item'} is stated with amounts that cannot be the same value`);
      }
      break;
    }
    default:
      throw new Error(`${st.id}: unknown kind ${st.kind}`);
  }
  return out;
}

export function runOracle(doc) {
  if (!Number.isInteger(doc.budgetYear)) throw new Error('statements.json: budgetYear must be an integer');
  if (doc.kind !== 'budget' && doc.kind !== 'final') throw new Error('statements.json: kind must be budget or final');
  const ids = new Set();
  const inconsistencies = [], notes = [];
  for (const st of doc.statements) {
    if (!st.id || ids.has(st.id)) throw new Error(`duplicate or missing id: ${st.id}`);
    ids.add(st.id);
    if (!Number.isInteger(st.line) || st.line < 1) throw new Error(`${st.id}: line must be a positive integer`);
    const r = checkStatement(st, doc);
    inconsistencies.push(...r.inconsistencies);
    notes.push(...r.notes);
  }
  return { generatedBy: 'scripts/corpus/oracle.mjs', inconsistencies, notes, statements: doc.statements.length };
}

function main(argv) {
  const here = dirname(fileURLToPath(import.meta.url));
  const root = resolve(here, '..', '..');
  let dirs = argv;
  if (dirs.length === 0) {
    const real = join(root, 'fixtures', 'real');
    dirs = existsSync(real)
      ? readdirSync(real).map((d) => join(real, d)).filter((d) => statSync(d).isDirectory() && existsSync(join(d, 'statements.json')))
      : [];
  }
  let failed = false;
  for (const dir of dirs) {
    try {
      const doc = JSON.parse(readFileSync(join(dir, 'statements.json'), 'utf8'));
      const text = existsSync(join(dir, '情况说明.txt')) ? readFileSync(join(dir, '情况说明.txt'), 'utf8').split(/\r?\n/) : null;
      if (text) {
        for (const st of doc.statements) {
          if (st.quote && !(text[st.line - 1] ?? '').includes(st.quote)) {
            throw new Error(`${st.id}: quote not found on line ${st.line} of 情况说明.txt`);
          }
        }
      }
      const out = runOracle(doc);
      writeFileSync(join(dir, 'expected.json'), JSON.stringify(out, null, 2) + '\n');
      console.log(`${relative(root, resolve(dir)) || dir}: ${out.statements} statements, ${out.inconsistencies.length} inconsistencies, ${out.notes.length} notes`);
    } catch (e) {
      failed = true;
      console.error(`${dir}: ${e.message}`);
    }
  }
  if (failed) process.exit(1);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2));
}
