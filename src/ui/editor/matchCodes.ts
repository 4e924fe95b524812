// Which entries of a code list match what the user typed: codes that start with it first (people
// type 65… for 软件和信息技术服务业), then names that contain it (应用软件), in list order.
import type { CodeItem } from '../../core';

export function matchCodes(items: readonly CodeItem[], typed: string, limit: number): CodeItem[] {
  const q = typed.trim();
  if (q === '') return items.slice(0, limit);
  const byCode: CodeItem[] = [];
  const byName: CodeItem[] = [];
  for (const item of items) {
    if (item.code.startsWith(q)) byCode.push(item);
    else if (item.name.includes(q)) byName.push(item);
    if (byCode.length >= limit) break;
  }
  return [...byCode, ...byName].slice(0, limit);
}
