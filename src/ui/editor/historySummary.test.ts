import { afterEach, describe, expect, it } from 'vitest';
import type { Report } from '../../core';
import { emptyReport, getEdition, layoutOf, setCell, setExplanation, toStoredForm } from '../../core';
import type { RevisionRow } from '../../storage';
import { setLocale } from '../i18n';
import { summarise } from './historySummary';

const layout = layoutOf(getEdition('2020'), 'annual');
const base = emptyReport({ edition: '2020', kind: 'annual', period: '2020' });
let id = 0;
const row = (report: Report): RevisionRow => ({
  id: ++id,
  returnId: 'r',
  savedAt: '2021-03-01T10:00:00+08:00',
  reason: 'edit',
  data: toStoredForm(report),
});
const refs = ['T2.F01.thisYear', 'T2.F02.thisYear', 'T2.F03.thisYear', 'T2.F04.thisYear', 'T2.F10.thisYear'];

afterEach(() => setLocale('zh-CN'));

describe('summarise (历史版本)', () => {
  it('names the first three changed cells, then the total number of changed cells, then explanations', () => {
    let after = base;
    for (const ref of refs) after = setCell(after, ref, '1');
    after = setExplanation(after, 'Y-YOY@T3.Y17.thisYear', '说明文字');
    const [newest, oldest] = summarise([row(after), row(base)], layout);
    expect(oldest?.summary).toBe('最早的版本：0 个格子有数据');
    const text = newest?.summary ?? '';
    expect(text).toMatch(/^资产总计 本年：— → 1；/);
    expect(text).toContain('等，共改动 5 处；审核说明改动 1 条');
    expect(text.split('→')).toHaveLength(4); // three cells named
  });

  it('uses English punctuation in English', async () => {
    await setLocale('en');
    const after = setCell(base, 'T2.F01.thisYear', '1');
    const [newest] = summarise([row(after), row(base)], layout);
    expect(newest?.summary).not.toMatch(/[：；]/);
    expect(newest?.summary).toContain(': — → 1');
  });
});
