// The page's side of the import: the in-page fallback (Node has no Worker), and the worker path
// with a stand-in Worker that runs the real message handler, never answers, or fails.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanAnnualReport } from '../core/rules/testing/sampleReports';
import { MAX_FILE_BYTES, writeWorkbook } from '../excel';
import { expectBilingual } from '../core/testing/bilingual';
import { handleMessage } from './handleImport';
import { IMPORT_TIMEOUT_MS, parseFileInWorker, parseInWorker } from './importClient';
import type { ImportRequest } from './protocol';

const AT = '2021-03-01T10:00:00+08:00';
const xlsx = () => writeWorkbook(cleanAnnualReport(), { exportedAt: AT });

type Behaviour = 'answer' | 'silent' | 'crash';

/** A stand-in for the browser's Worker. */
class FakeWorker {
  static behaviour: Behaviour = 'answer';
  static instances: FakeWorker[] = [];
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { preventDefault(): void }) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  terminated = false;
  received: unknown[] = [];
  constructor(
    readonly url: URL,
    readonly options: { type?: string },
  ) {
    FakeWorker.instances.push(this);
  }
  postMessage(message: ImportRequest, transfer: Transferable[]) {
    this.received.push(message);
    expect(transfer).toEqual([message.bytes]);
    const copy = structuredClone(message);
    setImmediate(() => {
      if (FakeWorker.behaviour === 'answer') {
        // Another message first: a response to another request is not taken for this one.
        this.onmessage?.({
          data: { type: 'import/result', id: -1, result: { ok: false, problems: [{ zh: 'x', en: 'x' }] } },
        });
        this.onmessage?.({ data: handleMessage(copy) });
      } else if (FakeWorker.behaviour === 'crash') this.onerror?.({ preventDefault() {} });
    });
  }
  terminate() {
    this.terminated = true;
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
  FakeWorker.instances = [];
  FakeWorker.behaviour = 'answer';
});

describe('parseInWorker without Worker support (Node, like the single-file build)', () => {
  it('parses in the page and leaves the caller’s bytes untouched', async () => {
    expect(typeof Worker).toBe('undefined');
    const bytes = xlsx();
    const before = bytes.slice();
    const result = await parseInWorker({ name: 'a.xlsx', bytes });
    expect(result).toMatchObject({ ok: true, format: 'xlsx', editedCells: [], findings: expect.any(Array) });
    expect(bytes).toEqual(before);
  });

  it('refuses a file over the limit before reading it', async () => {
    const big = {
      name: 'big.xlsx',
      size: MAX_FILE_BYTES + 1,
      arrayBuffer: () => Promise.reject(new Error('read')),
    };
    const result = await parseFileInWorker(big as unknown as File);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]?.zh).toMatch(/超过上限 10\.0 MB/);
    if (!result.ok) expectBilingual(result.problems);
  });

  it('reads a picked File', async () => {
    const file = new File([xlsx().slice().buffer], 'a.xlsx');
    expect(await parseFileInWorker(file)).toMatchObject({ ok: true, format: 'xlsx' });
  });
});

describe('parseInWorker with a Worker', () => {
  it('starts a module worker from importWorker.ts, posts the bytes and takes its answer', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const bytes = xlsx();
    const result = await parseInWorker({ name: 'a.xlsx', bytes }, { today: '2021-03-01' });
    expect(result).toMatchObject({ ok: true, format: 'xlsx', findings: [] });
    const [worker] = FakeWorker.instances;
    expect(worker?.url.pathname).toMatch(/\/workers\/importWorker\.ts$/);
    expect(worker?.options).toEqual({ type: 'module' });
    expect(worker?.received).toMatchObject([
      { type: 'import/parse', fileName: 'a.xlsx', context: { today: '2021-03-01' } },
    ]);
    expect(worker?.terminated).toBe(true);
    expect(bytes.byteLength).toBeGreaterThan(0); // a copy was transferred, not the caller's buffer
  });

  it('stops a worker that does not answer within 30 s', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    FakeWorker.behaviour = 'silent';
    await import('./createImportWorker'); // loaded, so the client's dynamic import settles at once
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const pending = parseInWorker({ name: '慢文件.xlsx', bytes: xlsx() });
    while (FakeWorker.instances.length === 0) await new Promise((r) => setImmediate(r));
    vi.advanceTimersByTime(IMPORT_TIMEOUT_MS);
    expect(IMPORT_TIMEOUT_MS).toBe(30_000);
    expect(await pending).toEqual({
      ok: false,
      problems: [
        expect.objectContaining({
          zh: '解析“慢文件.xlsx”超过 30 秒仍未完成，已停止，未导入。文件可能已损坏或过于复杂；已有数据未改变。',
        }),
      ],
    });
    expect(FakeWorker.instances[0]?.terminated).toBe(true);
  });

  it('turns a crashed worker into a problem', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    FakeWorker.behaviour = 'crash';
    const result = await parseInWorker({ name: 'a.xlsx', bytes: xlsx() });
    expect(result).toEqual({
      ok: false,
      problems: [
        expect.objectContaining({
          zh: '解析“a.xlsx”时后台进程出错（文件可能过大或已损坏），未导入，已有数据未改变。',
        }),
      ],
    });
    if (!result.ok) expectBilingual(result.problems);
    expect(FakeWorker.instances[0]?.terminated).toBe(true);
  });
});
