// Edition 2020: 软件和信息技术服务业统计调查制度（2020年统计年报和2021年定期统计报表）.
// Everything here is data; adding an edition means adding a sibling folder and registering it.
import controlTypes from '../data/control-types.json';
import industries from '../data/industries-gbt4754-2017.json';
import regions from '../data/regions-chongqing.json';
import registrationTypes from '../data/registration-types-2011.json';
import reviewUnits from '../data/review-units-chongqing.json';
import type { Edition, ReviewUnit } from '../types';
import { m } from './m';
import { rules } from './rules';
import { t1, t1Monthly } from './t1';
import { t2 } from './t2';
import { t3 } from './t3';
import { t4 } from './t4';
import { t5 } from './t5';

export const edition2020: Edition = {
  id: '2020',
  name: '软件和信息技术服务业统计调查制度（2020年统计年报和2021年定期统计报表）',
  issuer: '工业和信息化部',
  approver: '国家统计局',
  approvalNo: '国统制〔2018〕134号',
  annualPeriod: '2020',
  monthlyYear: '2021',
  deadlines: {
    annual: '2021-03-20T18:00:00+08:00',
    reviewUnit: '2021-03-15T18:00:00+08:00',
    city: '2021-03-31T23:59:59+08:00',
    monthlyDay: 15,
  },
  scopeRuleSet: '2020',
  usdRate: { '2020': 6.9, '2021': 6.45 },
  tolerance: 0,
  tables: {
    annual: [t1, t2, t3, t4, t5],
    monthly: [t1Monthly, m],
  },
  rules,
  lists: {
    regions: regions.items.map(({ code, name }) => ({ code, name })),
    historicalRegions: regions.historical.map(({ code, name }) => ({ code, name })),
    reviewUnits: reviewUnits.items as ReviewUnit[],
    registrationTypes: registrationTypes.items,
    controlTypes: controlTypes.items,
    industries: industries.items,
    industryGroups: industries.groups.map(({ code, name }) => ({ code, name })),
  },
};
