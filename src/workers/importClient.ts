// The page's side of the import worker: `parseFileInWorker(file)` reads a picked file off the main
// thread and resolves with its return and findings, or problems. The worker loads SheetJS lazily;
// where no worker can run (tests in Node, the single-file build opened from disk), the same work
// runs in the page through a dynamic import, so SheetJS is never in the initial bundle either way.
import type { ValidationContext } from '../core';
import { fileTooLarge } from '../excel/limits';
import type { ImportOutcome, ImportParseRequest } from './protocol';
import { isImportResult } from './protocol';

/** A picked file, or bytes with a name (drag and drop, tests). */
export type ImportSource = File | { name: string; bytes: Uint8Array };

/** A worker that has not answered by then is stopped: a hostile file must not hang the import. */
export const IMPORT_TIMEOUT_MS = 60_000;

const fail = (problem: string): ImportOutcome => ({ ok: false, problems: [problem] });

let nextId = 1;

const hasBytes = (s: ImportSource): s is { name: string; bytes: Uint8Array } =>
  (s as { bytes?: unknown }).bytes instanceof Uint8Array;

async function inPage(request: Omit<ImportParseRequest, 'type' | 'id'>): Promise<ImportOutcome> {
  const { handleImport } = await import('./handleImport');
  return handleImport(request);
}

async function inWorker(request: ImportParseRequest): Promise<ImportOutcome> {
  let worker: Worker;
  try {
    const { createImportWorker } = await import('./createImportWorker');
    worker = createImportWorker();
  } catch {
    return inPage(request); // e.g. a content security policy that forbids workers
  }
  return new Promise((resolve) => {
    const finish = (outcome: ImportOutcome) => {
      clearTimeout(timer);
      worker.terminate(); // one worker per file: its memory is freed as soon as it answers
      resolve(outcome);
    };
    const timer = setTimeout(
      () =>
        finish(fail(`解析“${request.name}”超过 ${IMPORT_TIMEOUT_MS / 1000} 秒仍未完成，已停止，未导入。`)),
      IMPORT_TIMEOUT_MS,
    );
    worker.onmessage = (event: MessageEvent<unknown>) => {
      if (isImportResult(event.data) && event.data.id === request.id) finish(event.data.outcome);
    };
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      finish(fail(`解析“${request.name}”时后台进程出错（文件可能过大或已损坏），未导入，已有数据未改变。`));
    };
    worker.onmessageerror = () => finish(fail('后台解析进程返回的数据无法读取，未导入。'));
    worker.postMessage(request, [request.bytes.buffer]);
  });
}

/**
 * Parses an exchange file (XLSX or JSON) off the main thread and validates the return. Resolves,
 * never rejects: failures are `{ ok: false, problems }` in Chinese. Changes nothing: storing the
 * result is the caller's decision after the preview.
 */
export async function parseFileInWorker(
  source: ImportSource,
  context?: ValidationContext,
): Promise<ImportOutcome> {
  const name = source.name;
  const tooLarge = fileTooLarge(hasBytes(source) ? source.bytes.byteLength : source.size);
  if (tooLarge) return fail(tooLarge); // refused before the file is even read into memory
  let bytes: Uint8Array;
  try {
    // A copy of given bytes, so transferring it to the worker leaves the caller's array intact.
    bytes = hasBytes(source) ? source.bytes.slice() : new Uint8Array(await source.arrayBuffer());
  } catch {
    return fail(`无法读取文件“${name}”，请确认文件仍在原处且未被其他程序占用。`);
  }
  const request = { name, bytes, ...(context !== undefined && { context }) };
  // The single-file build (opened from disk) cannot load a worker file; this constant branch also
  // lets the bundler drop the worker from that build. Node (tests) has no Worker global.
  if (typeof __SINGLE_FILE__ !== 'undefined' && __SINGLE_FILE__) return inPage(request);
  if (typeof Worker === 'undefined') return inPage(request);
  return inWorker({ type: 'import/parse', id: nextId++, ...request });
}
