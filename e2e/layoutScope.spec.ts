// Keystroke cost, held deterministically (the timings themselves are in `npm run bench`, never in
// tests): typing that makes a finding appear and go away must let the browser lay out only the boxes
// that changed, never the whole document. Each of these once laid out the whole page per keystroke
// (profiled): a flag marker shown with display, the side panels as a grid item, the header's status
// and save texts and the tab counts as flex items. Read from Chromium's trace (Layout events).
import { test, expect } from './support/fixtures';
import { App } from './support/app';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  args?: {
    data?: { type?: string };
    endData?: { layoutRoots?: { nodeName: string }[] };
  };
}

test('typing a finding in and out lays out only what changed, never the whole document', async ({
  page,
  browser,
}) => {
  const app = new App(page);
  await app.open();
  await app.createEnterprise('布局测试企业');
  await app.openReturn('annual:2020');
  await app.fillAll({ 'T2.F01.thisYear': '5000', 'T2.F03.thisYear': '2000', 'T2.F04.thisYear': '3000' });
  await app.saved();
  const f01 = app.cell('T2.F01.thisYear');
  await f01.focus();
  await page.keyboard.press('End');
  await expect(app.finding('T2-BALANCE')).toHaveCount(0);

  await browser.startTracing(page, { categories: ['devtools.timeline'] });
  for (let i = 0; i < 3; i++) {
    await page.keyboard.type('1'); // 50001 ≠ 2000 + 3000: T2-BALANCE appears
    await expect(app.finding('T2-BALANCE')).toHaveCount(1);
    await page.keyboard.press('Backspace'); // balanced again: it goes
    await expect(app.finding('T2-BALANCE')).toHaveCount(0);
  }
  await app.saved(); // the saves after the edits, and what they re-render, are included
  const events = (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] })
    .traceEvents;

  const keydowns = events.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown');
  expect(keydowns.length).toBeGreaterThanOrEqual(6);
  const from = Math.min(...keydowns.map((e) => e.ts));
  const layouts = events.filter((e) => e.name === 'Layout' && e.ph === 'X' && e.ts >= from);
  expect(layouts.length).toBeGreaterThan(0); // the trace does hold the layouts of the keystrokes
  const roots = layouts.flatMap((e) => e.args?.endData?.layoutRoots?.map((r) => r.nodeName) ?? []);
  expect(roots.length).toBeGreaterThan(0);
  expect(roots.filter((name) => name === '#document')).toEqual([]);
});
