/**
 * Message templates: how a finding's data becomes its text. A rule's own templates live in its file;
 * the engine's (a rounding note's ending, the count of findings left out) are here.
 */
import type { Finding } from './report.js';

export type Data = Record<string, string | number | undefined>;

export const ENGINE_MESSAGES = {
  /** Appended to a rule's message when rounding explains the difference. */
  withinRounding: '{message} — within rounding: a difference of {difference} {unit} is explained by the rounding of {n} printed figures',
  moreFindings: '{count} more findings of {rule} {name} are not listed',
} as const;

export type EngineMessageId = keyof typeof ENGINE_MESSAGES;

const PLACEHOLDER = /\{(\w+)\}/g;

/** A template filled from data; a placeholder without data stays as it is. */
export function render(template: string, data: Data): string {
  return template.replace(PLACEHOLDER, (m, k: string) => (data[k] === undefined ? m : String(data[k])));
}

/** The data a finding's message is filled from: its own data and the figures it reports. */
export function messageData(f: Pick<Finding, 'data' | 'expected' | 'actual' | 'difference' | 'unit'>): Data {
  return { expected: f.expected, actual: f.actual, difference: f.difference, unit: f.unit, ...f.data };
}

/** The templates a finding is rendered with, in one language: its rule's, the engine's, and how data values read. */
export interface Templates {
  /** The rule's own templates by message id. */
  rule: Record<string, string>;
  engine: Record<EngineMessageId, string>;
  /** The data as this language shows it (the English templates take it as it is). */
  data?: (data: Data) => Data;
}

type Renderable = Pick<Finding, 'messageId' | 'data' | 'rounding' | 'expected' | 'actual' | 'difference' | 'unit'>;

/**
 * A finding's text from its message id and data, with the templates of its rule: a rounding note
 * ends with the engine's rounding sentence; an engine message id is the engine's template.
 */
export function renderFinding(f: Renderable, ruleMessages: Record<string, string>): string {
  return renderWith(f, { rule: ruleMessages, engine: ENGINE_MESSAGES });
}

/** renderFinding in any language: the same message id and data, that language's templates. */
export function renderWith(f: Renderable, t: Templates): string {
  const data = t.data ? t.data(messageData(f)) : messageData(f);
  const own = t.rule[f.messageId];
  if (own === undefined) return render(t.engine[f.messageId as EngineMessageId] ?? f.messageId, data);
  const message = render(own, data);
  return f.rounding ? render(t.engine.withinRounding, { ...data, message }) : message;
}
