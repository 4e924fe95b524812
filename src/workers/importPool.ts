// A pool of long-lived import workers for the district intake. One worker per file (as the
// editor's single import does) pays the worker start and SheetJS's load for every file; a pool
// pays it once per worker. A worker that times out or crashes is terminated and replaced, so one
// hostile file costs only its own slot's time.
import { fileTooLarge } from '../excel/limits';
import type { ImportRequest, ParseResult } from './protocol';
import { isImportResponse } from './protocol';
import { IMPORT_TIMEOUT_MS, parseFileInWorker } from './importClient';

export interface ImportPool {
  parse(file: File): Promise<ParseResult>;
  /** Terminates every worker (pending jobs still resolve, with a problem). */
  close(): void;
}

const fail = (problem: string): ParseResult => ({ ok: false, problems: [problem] });

interface Slot {
  worker: Worker | undefined;
}

export function createImportPool(size: number): ImportPool {
  // Where no worker can run (single-file build, no Worker), the in-page path is the pool.
  if ((typeof __SINGLE_FILE__ !== 'undefined' && __SINGLE_FILE__) || typeof Worker === 'undefined')
    return { parse: (file) => parseFileInWorker(file), close: () => undefined };

  const slots: Slot[] = Array.from({ length: Math.max(1, size) }, () => ({ worker: undefined }));
  const idle = [...slots];
  const waiting: ((slot: Slot) => void)[] = [];
  let nextId = 1;
  let closed = false;

  const acquire = (): Promise<Slot> => {
    const slot = idle.pop();
    return slot ? Promise.resolve(slot) : new Promise((resolve) => waiting.push(resolve));
  };
  const release = (slot: Slot) => {
    const next = waiting.shift();
    if (next) next(slot);
    else idle.push(slot);
  };
  const retire = (slot: Slot) => {
    slot.worker?.terminate();
    slot.worker = undefined;
  };

  const run = async (slot: Slot, file: File, bytes: ArrayBuffer): Promise<ParseResult> => {
    if (!slot.worker) {
      const { createImportWorker } = await import('./createImportWorker');
      slot.worker = createImportWorker();
    }
    const worker = slot.worker;
    const request: ImportRequest = { type: 'import/parse', id: nextId++, fileName: file.name, bytes };
    return new Promise((resolve) => {
      const finish = (result: ParseResult, broken = false) => {
        clearTimeout(timer);
        worker.onmessage = null;
        worker.onerror = null;
        if (broken) retire(slot);
        resolve(result);
      };
      const timer = setTimeout(
        () =>
          finish(
            fail(
              `解析“${file.name}”超过 ${IMPORT_TIMEOUT_MS / 1000} 秒仍未完成，已停止。文件可能已损坏或过于复杂。`,
            ),
            true,
          ),
        IMPORT_TIMEOUT_MS,
      );
      worker.onmessage = (event: MessageEvent<unknown>) => {
        if (isImportResponse(event.data) && event.data.id === request.id) finish(event.data.result);
      };
      worker.onerror = (event: ErrorEvent) => {
        event.preventDefault();
        finish(fail(`解析“${file.name}”时后台进程出错（文件可能过大或已损坏）。`), true);
      };
      worker.postMessage(request, [bytes]);
    });
  };

  return {
    async parse(file) {
      const tooLarge = fileTooLarge(file.size);
      if (tooLarge) return fail(`“${file.name}”：${tooLarge}`);
      let bytes: ArrayBuffer;
      try {
        bytes = await file.arrayBuffer();
      } catch {
        return fail(`无法读取文件“${file.name}”，请确认文件仍在原处且未被其他程序占用。`);
      }
      if (closed) return fail('已取消。');
      const slot = await acquire();
      try {
        return await run(slot, file, bytes);
      } catch {
        retire(slot);
        return parseFileInWorker(new File([bytes], file.name)); // e.g. workers forbidden: in the page
      } finally {
        release(slot);
      }
    },
    close() {
      closed = true;
      for (const slot of slots) retire(slot);
    },
  };
}
