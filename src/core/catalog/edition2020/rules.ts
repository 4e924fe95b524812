// The rules of edition 2020 as data (rules.md): id, severity, a title, what it checks and an example
// for the rules page, and the parameters. Changing a severity, a threshold or a tolerance is a change
// here, never in a check; a threshold in `params` is also written in `check` (catalog.test.ts).
import type { RuleDef } from '../types';
import { acrossAndMonthlyRules } from './rulesAcross';
import { cellAndIdentityRules } from './rulesCells';
import { tableRules } from './rulesTables';

/** Every rule of the edition, in the order of rules.md (the families live in three files for size). */
export const rules: readonly RuleDef[] = [...cellAndIdentityRules, ...tableRules, ...acrossAndMonthlyRules];
