// The English twins of the messages storage throws or returns (the bad backups and unreadable rows
// of backup.test.ts and returnsRepo.test.ts are checked there with expectBilingual too).
import { describe, expect, it } from 'vitest';
import { msg } from '../core';
import { englishLeftover, expectBilingual } from '../core/testing/bilingual';
import { checkBackup } from './backupFormat';
import { NotFoundError, StorageFullError, StoredDataError } from './errors';
import { freshReturn, reportOf } from './writeReturn';
import type { EnterpriseRecord } from './records';

const asMessage = (e: unknown): { zh: string; en: string } => {
  if (!(e instanceof Error)) throw new Error('expected an Error');
  return { zh: e.message, en: (e as { messageEn?: string }).messageEn ?? '' };
};
const thrown = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return asMessage(e);
  }
  throw new Error('expected a throw');
};

const enterprise: EnterpriseRecord = {
  id: 'e1',
  workspace: 'main',
  name: '甲',
  uscc: '',
  createdAt: '2021-03-01T00:00:00.000Z',
  updatedAt: '2021-03-01T00:00:00.000Z',
};

describe('storage errors carry English (messageEn) next to the Chinese message', () => {
  it('StorageFullError, NotFoundError and StoredDataError', () => {
    const full = asMessage(new StorageFullError());
    expect(full.zh).toBe(
      '浏览器存储空间已满：本次修改未保存，已保存的数据未受影响。请导出备份后清理浏览器存储。',
    );
    const missing = asMessage(
      new NotFoundError(msg('找不到该企业，可能已被删除。', 'The enterprise cannot be found.')),
    );
    expect(missing.zh).toBe('找不到该企业，可能已被删除。');
    const stored = asMessage(
      new StoredDataError(msg('历史版本（2021-03-01）', 'The earlier version (2021-03-01)'), [
        msg('甲。', 'A.'),
        msg('乙。', 'B.'),
      ]),
    );
    expect(stored).toEqual({
      zh: '历史版本（2021-03-01）无法读取：甲。；乙。',
      en: 'The earlier version (2021-03-01) cannot be read: A.; B.',
    });
    expectBilingual([full, missing, stored]);
  });

  it('unreadable stored data, a stored return of another period, a bad period, a period without edition', () => {
    const messages = [
      thrown(() => reportOf({ format: 'x' }, msg('要保存的报表', 'The return to be saved'))),
      thrown(() =>
        reportOf(
          {
            format: 'softstat-report',
            formatVersion: 1,
            edition: '2020',
            kind: 'annual',
            period: '2020',
            cells: {},
          },
          msg('已保存的报表（2021 年报）', 'The saved return (2021 annual return)'),
          { kind: 'annual', period: '2021' },
        ),
      ),
      thrown(() => freshReturn(enterprise, 'monthly', '2021-13')),
      thrown(() => freshReturn(enterprise, 'annual', '1990')),
    ];
    expect(messages[2]?.zh).toBe('报告期“2021-13”格式错误，年报应为 YYYY，月报应为 YYYY-MM。');
    expectBilingual(messages);
  });

  it('a bad backup: not a backup, a newer version, a wrong shape', () => {
    const problems = [
      { hello: 1 },
      { format: 'softstat-backup', formatVersion: 9 },
      { format: 'softstat-backup', formatVersion: 1 },
    ].flatMap((input) => {
      const result = checkBackup(input);
      return result.ok ? [] : result.problems;
    });
    expect(problems.length).toBeGreaterThanOrEqual(3);
    expectBilingual(problems);
  });
});

describe('expectBilingual', () => {
  it('allows Chinese only in quotes and in sheet, indicator and column names', () => {
    expect(
      englishLeftover('Sheet 软统企2表, row 12 (code F01, 资产总计), column "本年": "甲公司"'),
    ).not.toMatch(/[\u4e00-\u9fff]/);
    expect(englishLeftover('The 年报 is wrong')).toMatch(/[\u4e00-\u9fff]/);
  });

  it('refuses a copy of the Chinese, Chinese words, and a lost number', () => {
    expect(() => expectBilingual([msg('第 12 行', '第 12 行')])).toThrow();
    expect(() => expectBilingual([msg('第 12 行', 'row 12 年报')])).toThrow();
    expect(() => expectBilingual([msg('第 12 行', 'row 13')])).toThrow();
    expect(() => expectBilingual([msg('第 12 行', '')])).toThrow();
    expect(expectBilingual([msg('第 12 行', 'row 12')])).toBe(1);
  });
});
