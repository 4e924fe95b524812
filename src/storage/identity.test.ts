import { describe, expect, it } from 'vitest';
import { emptyReport, getEdition, layoutOf, setCell } from '../core';
import { identityOf, identityRefs, withIdentity } from './identity';

const annual = emptyReport({ edition: '2020', kind: 'annual', period: '2020' });
const monthly = emptyReport({ edition: '2020', kind: 'monthly', period: '2021-03' });

describe('identity cells', () => {
  it('finds B01 and B03 in the main column of T1, for annual and monthly returns alike', () => {
    for (const r of [annual, monthly]) {
      const refs = identityRefs(r);
      const layout = layoutOf(getEdition('2020'), r.kind);
      expect(refs).toEqual({ uscc: 'T1.B01.value', name: 'T1.B03.value' });
      expect(layout.byRef.get(refs.uscc ?? '')?.indicator.code).toBe('B01');
      expect(layout.byRef.get(refs.name ?? '')?.indicator.code).toBe('B03');
    }
  });

  it('fills non-blank identity, trimmed, and leaves blank parts alone', () => {
    const r = withIdentity(annual, { uscc: ' 91500103MA5U00000D ', name: '  ' });
    expect(r.cells['T1.B01.value']?.raw).toBe('91500103MA5U00000D');
    expect(r.cells['T1.B03.value']).toBeUndefined();
  });

  it('reads back non-blank B01/B03 only', () => {
    const r = setCell(setCell(annual, 'T1.B03.value', ' 某公司 '), 'T1.B01.value', ' ');
    expect(identityOf(r)).toEqual({ name: '某公司' });
    expect(identityOf(annual)).toEqual({});
  });
});
