// The board's statuses are data (filtered, sorted on, kept in data-status as the official
// Chinese terms); what the user reads is translated.
import type { MessageKey } from '../i18n';
import { t } from '../i18n';
import type { BoardStatus } from './boardRows';

const keys: Record<BoardStatus, MessageKey> = {
  有必改错误: 'status.error',
  待说明: 'status.verify',
  可上报: 'status.ready',
  不在调查范围: 'status.outOfScope',
  未报送: 'status.notSubmitted',
};

export const boardStatusText = (status: BoardStatus): string => t(keys[status]);
