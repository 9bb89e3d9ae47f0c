/** The narrative-claim rules (CLAIMS.md): NC001 … NC014. */
import type { Rule } from '../types.js';
import nc001 from './claim-amount.js';
import nc002 from './claim-share.js';
import nc003 from './claim-yoy-percent.js';
import nc004 from './claim-direction.js';
import nc005 from './claim-flat.js';
import nc006 from './claim-zero-base.js';
import nc007 from './claim-implied-prior.js';
import nc008 from './claim-list-sum.js';
import nc009 from './claim-count.js';
import nc010 from './claim-comparison-year.js';
import nc011 from './claim-placeholder.js';
import nc012 from './claim-conflicting-amount.js';
import nc013 from './claim-previous-year.js';
import nc014 from './claim-yoy-change.js';

export const claimRules: Rule[] = [nc001, nc002, nc003, nc004, nc005, nc006, nc007, nc008, nc009, nc010, nc011, nc012, nc013, nc014];
