// The UI shows the English twin of a message or an error in English mode, the Chinese otherwise.
import { afterEach, describe, expect, it } from 'vitest';
import { msg } from '../../core';
import { NotFoundError } from '../../storage/errors';
import { setLocale } from '../i18n';
import { messagesText, messageText } from '../i18n/content';
import { errorMessage, errorText } from './errorText';

afterEach(async () => {
  await setLocale('zh-CN');
});

describe('messageText and errorText', () => {
  const m = msg('文件是空的，没有可导入的内容。', 'The file is empty: there is nothing to import.');
  const error = new NotFoundError(
    msg('找不到该企业，可能已被删除。', 'The enterprise cannot be found; it may have been deleted.'),
  );

  it('are Chinese by default', () => {
    expect(messageText(m)).toBe(m.zh);
    expect(messagesText([m, m])).toBe(`${m.zh}；${m.zh}`);
    expect(errorText(error)).toBe('找不到该企业，可能已被删除。');
    expect(messageText('旧的中文问题')).toBe('旧的中文问题');
  });

  it('are English in English mode; plain text and errors without a twin stay as they are', async () => {
    await setLocale('en');
    expect(messageText(m)).toBe(m.en);
    expect(messagesText([m, m])).toBe(`${m.en}; ${m.en}`);
    expect(errorText(error)).toBe('The enterprise cannot be found; it may have been deleted.');
    expect(messageText(errorMessage(error))).toBe(error.messageEn);
    expect(errorText(new Error('bug'))).toBe('bug');
    expect(messageText('旧的中文问题')).toBe('旧的中文问题');
  });
});
