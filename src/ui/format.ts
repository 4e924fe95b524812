// Dates and times as Chinese users read them, in Asia/Shanghai whatever the PC's time zone.
import { locale } from './i18n';

export function formatDateTime(iso: string | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '—';
  return d.toLocaleString(locale(), {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    // Not `hour12: false`: with it, English picks a 1–24 clock and shows midnight as 24:05.
    hourCycle: 'h23',
  });
}

/**
 * Today in Asia/Shanghai as YYYYMMDD, for file names: a backup made at 01:00 on the 21st is the
 * 21st's, whatever the PC's time zone (toISOString would give the 20th, in UTC).
 */
export function shanghaiDateStamp(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}${part('month')}${part('day')}`;
}
