// Rule id → check function. Rules are data (the edition's RuleDef list) plus these small pure
// functions; a rule id the edition lists but this table lacks is reported by a test.
import {
  checkDecimals,
  checkInteger,
  checkMagnitude,
  checkNegative,
  checkNumber,
  checkRequired,
} from './checks/cellRules';
import { checkUscc, checkUsccRegion, checkUsccType } from './checks/usccRules';
import type { Check } from './context';

export const checks: Readonly<Record<string, Check>> = {
  'F-REQ': checkRequired,
  'F-NUM': checkNumber,
  'F-DEC': checkDecimals,
  'F-INT': checkInteger,
  'F-NEG': checkNegative,
  'F-MAGNITUDE': checkMagnitude,
  'B-USCC': checkUscc,
  'B-USCC-TYPE': checkUsccType,
  'B-USCC-REGION': checkUsccRegion,
};
