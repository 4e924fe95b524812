// English texts of the rules (title, what it checks, example), by edition and rule id. Loaded only
// in English mode, with the rest of the English dictionary.
// Conventions as in en.indicators.ts: an indicator is written "中文名 (code, gloss)" with the
// catalog's English gloss; Chinese in “…” quotes is what the user types or sees elsewhere (code list
// entries, typed values) and is glossed after it; 万元 and 万美元 stay, glossed at their first mention
// in each text; the three severities are "must-fix error", "verify finding (needs an explanation)"
// and "hint"; 审核说明 is "explanation".
import { rules2020Across } from './en.rules2020Across';
import { rules2020Cells } from './en.rules2020Cells';
import { rules2020Tables } from './en.rules2020Tables';

export interface RuleTextEn {
  readonly title: string;
  readonly check: string;
  readonly example: string;
}

// One file per part of the edition's rules, as the Chinese texts are split in the catalog.
const edition2020: Readonly<Record<string, RuleTextEn>> = {
  ...rules2020Cells,
  ...rules2020Tables,
  ...rules2020Across,
};

export const enRules: Readonly<Record<string, Readonly<Record<string, RuleTextEn>>>> = {
  '2020': edition2020,
};
