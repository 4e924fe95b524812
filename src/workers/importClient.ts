// The page's side of the import worker: `parseInWorker(file)` reads a file off the main thread and
// resolves with its return and findings, or problems. The worker loads SheetJS only when it starts;
// where no worker can run (tests in Node, the single-file build opened from disk), the same work
// runs in the page through a dynamic import, so SheetJS is never in the initial bundle either way.
// This module itself imports no SheetJS and no core code (types only, and the tiny core/message),
// so the UI may import it statically.
import type { Message, ValidationContext } from '../core';
import { msg } from '../core/message';
import { fileTooLarge } from '../excel/limits';
import type { ImportRequest, ParseResult } from './protocol';
import { isImportResponse } from './protocol';

export type { ImportOutcome, ParseResult } from './protocol';

/** A file as bytes with its name (drag and drop, tests, the district intake). */
export interface FileBytes {
  name: string;
  bytes: Uint8Array | ArrayBuffer;
}

/** A File (or Blob). Not `'bytes' in source`: modern Blobs have a `bytes()` method. */
const isFile = (source: File | FileBytes): source is File =>
  typeof (source as Partial<File>).arrayBuffer === 'function';

/** A worker that has not answered by then is stopped: a hostile file must not hang the import. */
export const IMPORT_TIMEOUT_MS = 30_000;

const fail = (problem: Message): ParseResult => ({ ok: false, problems: [problem] });

let nextId = 1;

type Job = Omit<ImportRequest, 'type' | 'id'>;

async function inPage(job: Job): Promise<ParseResult> {
  try {
    const { handleImport } = await import('./handleImport');
    return handleImport(job);
  } catch {
    // The chunk could not load (e.g. the app was updated and the old chunk is gone).
    return fail(
      msg(
        '无法加载文件解析模块，请刷新页面后重试。已有数据未改变。',
        'The file reading module could not be loaded. Please reload the page and try again. Your data is unchanged.',
      ),
    );
  }
}

async function inWorker(job: Job): Promise<ParseResult> {
  let worker: Worker;
  try {
    // Its own module: Vite bundles a worker wherever it sees `new Worker(new URL(…))`, and the
    // single-file build must not carry one, so that expression lives in createImportWorker.ts.
    const { createImportWorker } = await import('./createImportWorker');
    worker = createImportWorker();
  } catch {
    return inPage(job); // e.g. a content security policy that forbids workers
  }
  const request: ImportRequest = { type: 'import/parse', id: nextId++, ...job };
  return new Promise((resolve) => {
    const finish = (result: ParseResult) => {
      clearTimeout(timer);
      worker.terminate(); // one worker per file: its memory is freed as soon as it answers
      resolve(result);
    };
    const timer = setTimeout(
      () =>
        finish(
          fail(
            msg(
              `解析“${job.fileName}”超过 ${IMPORT_TIMEOUT_MS / 1000} 秒仍未完成，已停止，未导入。文件可能已损坏或过于复杂；已有数据未改变。`,
              `Reading "${job.fileName}" had not finished after ${IMPORT_TIMEOUT_MS / 1000} seconds and was stopped; not imported. The file may be damaged or too complex. Your data is unchanged.`,
            ),
          ),
        ),
      IMPORT_TIMEOUT_MS,
    );
    worker.onmessage = (event: MessageEvent<unknown>) => {
      if (isImportResponse(event.data) && event.data.id === request.id) finish(event.data.result);
    };
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      finish(
        fail(
          msg(
            `解析“${job.fileName}”时后台进程出错（文件可能过大或已损坏），未导入，已有数据未改变。`,
            `The background process failed while reading "${job.fileName}" (the file may be too large or damaged); not imported. Your data is unchanged.`,
          ),
        ),
      );
    };
    worker.onmessageerror = () =>
      finish(
        fail(
          msg(
            '后台解析进程返回的数据无法读取，未导入，已有数据未改变。',
            'The data returned by the background reading process cannot be read; not imported. Your data is unchanged.',
          ),
        ),
      );
    worker.postMessage(request, [request.bytes]);
  });
}

/** Parses bytes this module owns (they may be transferred to the worker). */
async function parseOwned(
  fileName: string,
  bytes: ArrayBuffer,
  context: ValidationContext | undefined,
): Promise<ParseResult> {
  const job: Job = { fileName, bytes, ...(context !== undefined && { context }) };
  // The single-file build (opened from disk) cannot load a worker file; this constant branch also
  // lets the bundler drop the worker from that build. Node (tests) has no Worker global.
  if (typeof __SINGLE_FILE__ !== 'undefined' && __SINGLE_FILE__) return inPage(job);
  if (typeof Worker === 'undefined') return inPage(job);
  return inWorker(job);
}

/**
 * Parses an exchange file (XLSX or JSON) off the main thread and validates the return (with
 * `context`, for the rules that compare with other returns). Resolves, never rejects: failures are
 * `{ ok: false, problems }` (Messages). Changes nothing: storing the result is the caller's
 * decision after the preview. The caller's bytes are copied, never transferred away. A worker that
 * takes longer than IMPORT_TIMEOUT_MS is stopped. Without Worker support, or in the single-file
 * build, the same work runs in the page (through a dynamic import).
 */
export async function parseInWorker(file: FileBytes, context?: ValidationContext): Promise<ParseResult> {
  const tooLarge = fileTooLarge(file.bytes.byteLength);
  if (tooLarge) return fail(tooLarge);
  const bytes = file.bytes instanceof Uint8Array ? file.bytes.slice().buffer : file.bytes.slice(0);
  return parseOwned(file.name, bytes, context);
}

/**
 * `parseInWorker` for a picked `File` (or bytes with a name): a file over the size limit is
 * refused before it is even read into memory.
 */
export async function parseFileInWorker(
  source: File | FileBytes,
  context?: ValidationContext,
): Promise<ParseResult> {
  if (!isFile(source)) return parseInWorker(source, context);
  const tooLarge = fileTooLarge(source.size);
  if (tooLarge) return fail(tooLarge);
  let bytes: ArrayBuffer;
  try {
    bytes = await source.arrayBuffer();
  } catch {
    return fail(
      msg(
        `无法读取文件“${source.name}”，请确认文件仍在原处且未被其他程序占用。`,
        `The file "${source.name}" cannot be read. Please check that it is still where it was and not in use by another program.`,
      ),
    );
  }
  return parseOwned(source.name, bytes, context);
}
