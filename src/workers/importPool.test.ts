// The district intake's worker pool, with a stand-in Worker that runs the real message handler,
// hangs on files named "hang", or crashes on files named "crash".
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanAnnualReport } from '../core/rules/testing/sampleReports';
import { writeWorkbook } from '../excel';
import { expectBilingual } from '../core/testing/bilingual';
import { handleMessage } from './handleImport';
import { IMPORT_TIMEOUT_MS } from './importClient';
import { createImportPool } from './importPool';
import type { ImportRequest } from './protocol';

class PoolWorker {
  static instances: PoolWorker[] = [];
  static busy = 0;
  static peak = 0;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { preventDefault(): void }) => void) | null = null;
  terminated = false;
  handled = 0;
  constructor() {
    PoolWorker.instances.push(this);
  }
  postMessage(message: ImportRequest) {
    PoolWorker.busy++;
    PoolWorker.peak = Math.max(PoolWorker.peak, PoolWorker.busy);
    const copy = structuredClone(message);
    if (copy.fileName === 'hang') return; // never answers
    setTimeout(() => {
      PoolWorker.busy--;
      this.handled++;
      if (copy.fileName === 'crash') this.onerror?.({ preventDefault() {} });
      else this.onmessage?.({ data: handleMessage(copy) });
    }, 1);
  }
  terminate() {
    this.terminated = true;
  }
}

const file = (name: string) =>
  new File(
    [new Uint8Array(writeWorkbook(cleanAnnualReport(), { exportedAt: '2021-03-01T10:00:00+08:00' }))],
    name,
  );

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
  PoolWorker.instances = [];
  PoolWorker.busy = 0;
  PoolWorker.peak = 0;
});

describe('createImportPool', () => {
  it('reuses its workers for many files, never running more than its size at once', async () => {
    vi.stubGlobal('Worker', PoolWorker);
    const pool = createImportPool(2);
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => pool.parse(file(`${i}.xlsx`))));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(PoolWorker.instances).toHaveLength(2);
    expect(PoolWorker.peak).toBeLessThanOrEqual(2);
    expect(PoolWorker.instances.map((w) => w.handled).reduce((a, b) => a + b)).toBe(6);
    pool.close();
    expect(PoolWorker.instances.every((w) => w.terminated)).toBe(true);
  });

  it('replaces a worker that crashed, and one that hung past the timeout', async () => {
    vi.stubGlobal('Worker', PoolWorker);
    const pool = createImportPool(1);
    const crashed = await pool.parse(file('crash'));
    expect(crashed).toMatchObject({
      ok: false,
      problems: [expect.objectContaining({ zh: expect.stringContaining('后台进程出错') })],
    });
    if (!crashed.ok) expectBilingual(crashed.problems);
    expect(await pool.parse(file('after.xlsx'))).toMatchObject({ ok: true });
    expect(PoolWorker.instances).toHaveLength(2);
    expect(PoolWorker.instances[0]?.terminated).toBe(true);

    vi.useFakeTimers();
    const hanging = pool.parse(file('hang'));
    await vi.advanceTimersByTimeAsync(IMPORT_TIMEOUT_MS + 10);
    expect(await hanging).toMatchObject({
      ok: false,
      problems: [expect.objectContaining({ zh: expect.stringContaining('已停止') })],
    });
    vi.useRealTimers();
    PoolWorker.busy = 0;
    expect(await pool.parse(file('next.xlsx'))).toMatchObject({ ok: true });
    expect(PoolWorker.instances).toHaveLength(3);
  });
});
