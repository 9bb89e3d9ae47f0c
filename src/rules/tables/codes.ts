/** Shared by the code rules: the tables that carry classification codes. */
export const CODED = ['income', 'expenditure', 'gpb', 'gpb-basic', 'gpb-project', 'gfb', 'soc', 'summary', 'appropriation'] as const;
