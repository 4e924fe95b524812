// 有必改错误 / 待说明 / 可上报 (or 未填写): colour plus text, never colour alone.
import type { ReturnStatus } from '../../core';
import type { MessageKey } from '../i18n';
import { t } from '../i18n';

const keys: Record<ReturnStatus | 'notStarted', { key: MessageKey; cls: string }> = {
  有必改错误: { key: 'status.error', cls: 'badge-error' },
  待说明: { key: 'status.verify', cls: 'badge-verify' },
  可上报: { key: 'status.ready', cls: 'badge-ready' },
  notStarted: { key: 'status.notStarted', cls: 'badge-none' },
};

export function StatusBadge(props: { status: ReturnStatus | 'notStarted' }) {
  return (
    <span class={`badge ${keys[props.status].cls}`} data-status={props.status}>
      {t(keys[props.status].key)}
    </span>
  );
}
