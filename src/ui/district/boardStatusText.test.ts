import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../i18n';
import type { BoardStatus } from './boardRows';
import { boardStatusText } from './boardStatusText';

const ALL: BoardStatus[] = ['有必改错误', '待说明', '可上报', '不在调查范围', '未报送'];

describe('boardStatusText', () => {
  afterEach(() => setLocale('zh-CN'));

  it('shows the official Chinese terms in Chinese', () => {
    for (const s of ALL) expect(boardStatusText(s)).toBe(s);
  });

  it('translates every status in English, each to its own text', async () => {
    await setLocale('en');
    const texts = ALL.map(boardStatusText);
    for (const text of texts) expect(text).not.toMatch(/[\u4e00-\u9fff]/);
    expect(new Set(texts).size).toBe(ALL.length);
  });
});
