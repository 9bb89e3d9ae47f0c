/**
 * The report in the reader's language. The checks always word their findings in English (the rules'
 * templates); a report in another language is rendered again from each finding's message id and
 * data with that language's catalogue, here, once per unit, before any format sees it. So every
 * format shows the same words, and both languages come from the same data: the JSON report keeps
 * `messageId` and `data` and only its `message` is in the chosen language.
 */
import type { Finding, InputProblem, Report, Summary, UnitReport } from '../report.js';
import type { RuleMeta } from '../format/meta.js';
import { EN_WORDS, type Words } from '../format/words.js';
import { renderWith } from '../messages.js';
import type { Lang } from './lang.js';

export { detectLang, langOfArgv, parseLang, LANGS, type Lang } from './lang.js';

export interface Localiser {
  lang: Lang;
  words: Words;
  /** A unit's report with its messages, reasons and the claims' "checked against" in this language. */
  unit(u: UnitReport): UnitReport;
  /** The totals, with the reasons of skipped files in this language. */
  summary(s: Summary): Summary;
  /** The rule catalogue's docs in this language. */
  rules(meta: RuleMeta[]): RuleMeta[];
  /** A reason (an input problem's, a skipped file's) in this language. */
  reason(text: string): string;
  /** What `extract` says a file it wrote holds ("summary, from sheet "表1"", "narrative"). */
  holds(text: string): string;
  /** The English text of a localised finding or input problem (what SARIF's fingerprints are made from, whatever the language). */
  english(item: Finding | InputProblem): string;
}

const ENGLISH: Localiser = {
  lang: 'en',
  words: EN_WORDS,
  unit: (u) => u,
  summary: (s) => s,
  rules: (meta) => meta,
  reason: (text) => text,
  holds: (text) => text,
  english: (item) => ('message' in item ? item.message : item.reason),
};

/** The localiser of a language (Chinese is loaded only when it is asked for). */
export async function localiser(lang: Lang): Promise<Localiser> {
  if (lang === 'en') return ENGLISH;
  const [{ ZH, ZH_ENGINE, zhData }, { ZH_WORDS }, { zhAgainst, zhHolds, zhLabel, zhReason }] = await Promise.all([
    import('./zh.js'),
    import('./zh-words.js'),
    import('./zh-phrases.js'),
  ]);
  const catalogue = ZH as Partial<Record<string, { messages: Record<string, string>; doc: RuleMeta['doc'] }>>;
  /** Each localised finding and problem with its English text. */
  const english = new WeakMap<object, string>();
  const finding = (f: Finding): Finding => {
    const rule = catalogue[f.rule];
    // A rule this catalogue does not know (a newer worker's): its English message stands.
    const message = rule ? renderWith(f, { rule: rule.messages, engine: ZH_ENGINE, data: (d) => zhData(f.rule, d) }) : f.message;
    const out: Finding = { ...f, message };
    if (f.components) out.components = f.components.map((c) => ({ ...c, label: zhLabel(c.label) }));
    english.set(out, f.message);
    return out;
  };
  const problem = (p: InputProblem): InputProblem => {
    const out = { ...p, reason: zhReason(p.reason) };
    english.set(out, p.reason);
    return out;
  };
  return {
    lang,
    words: ZH_WORDS,
    unit: (u) => ({
      ...u,
      findings: u.findings.map(finding),
      files: u.files.map((f) => (f.skipped ? { ...f, skipped: zhReason(f.skipped) } : f)),
      problems: u.problems.map(problem),
      ...(u.claims ? { claims: u.claims.map((c) => (c.against === undefined ? c : { ...c, against: zhAgainst(c.against) })) } : {}),
    }),
    summary: (s) => (s.skipped ? { ...s, skipped: s.skipped.map((f) => ({ ...f, reason: zhReason(f.reason) })) } : s),
    rules: (meta) => meta.map((r) => ({ ...r, doc: catalogue[r.id]?.doc ?? r.doc })),
    reason: zhReason,
    holds: zhHolds,
    english: (item) => english.get(item) ?? ('message' in item ? item.message : item.reason),
  };
}

/** A whole report in a language (for library callers: the command line localises unit by unit). */
export async function localiseReport(report: Report, lang: Lang): Promise<Report> {
  const l = await localiser(lang);
  return { units: report.units.map(l.unit), summary: l.summary(report.summary) };
}
