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

/**
 * A finding's text from its message id and data, with the templates of its rule: a rounding note
 * ends with the engine's rounding sentence; an engine message id is the engine's template.
 */
export function renderFinding(f: Pick<Finding, 'messageId' | 'data' | 'rounding' | 'expected' | 'actual' | 'difference' | 'unit'>, ruleMessages: Record<string, string>): string {
  const data = messageData(f);
  const own = ruleMessages[f.messageId];
  if (own === undefined) return render(ENGINE_MESSAGES[f.messageId as EngineMessageId] ?? f.messageId, data);
  const message = render(own, data);
  return f.rounding ? render(ENGINE_MESSAGES.withinRounding, { ...data, message }) : message;
}
