import { describe, expect, it } from 'vitest';
import { setCell, setExplanation } from './cells';
import { diffReports } from './diffReports';
import { emptyReport } from './emptyReport';

describe('diffReports', () => {
  it('lists changed cells in catalog order and changed explanations', () => {
    const a = setCell(
      setCell(emptyReport({ edition: '2020', kind: 'annual', period: '2020' }), 'T2.F03.thisYear', '5'),
      'T2.F01.thisYear',
      '1',
    );
    let b = setCell(a, 'T2.F03.thisYear', '6');
    b = setCell(b, 'T1.B03.value', '新名称');
    b = setCell(b, 'T2.F01.thisYear', undefined);
    b = setExplanation(b, 'Y-YOY@T3.Y17.thisYear', '说明');
    const d = diffReports(a, b);
    expect(d.cells).toEqual([
      { ref: 'T1.B03.value', before: undefined, after: '新名称' },
      { ref: 'T2.F01.thisYear', before: '1', after: undefined },
      { ref: 'T2.F03.thisYear', before: '5', after: '6' },
    ]);
    expect(d.explanations).toEqual([{ ref: 'Y-YOY@T3.Y17.thisYear', before: undefined, after: '说明' }]);
    expect(diffReports(b, b)).toEqual({ cells: [], explanations: [], statusChanged: false });
  });
});
