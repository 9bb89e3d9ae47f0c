/** Where a claim rule reports: at the claim's figure (or another of its figures), quoting its sentence (at most 1,000 characters around the claim). */
import type { Claim, Position } from '../../narrative/claims.js';
import type { Draft } from '../types.js';
import { excerpt } from '../../text.js';

export function atClaim<M extends string>(c: Claim, draft: Omit<Draft<M>, 'place' | 'quote' | 'claim'>, at: Position = c.at): Draft<M> {
  return { ...draft, data: { ...draft.data, line: c.line }, place: { file: c.file, line: at.line, column: at.column }, quote: excerpt(c.sentence, c.offset - c.sentenceOffset), claim: c.id };
}
