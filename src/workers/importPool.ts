// A pool of long-lived import workers for the district intake. One worker per file (as the
// editor's single import does) pays the worker start and SheetJS's load for every file; a pool
// pays it once per worker. A worker that times out or crashes is terminated and replaced, so one
// hostile file costs only its own slot's time.
import type { Message } from '../core';
import { msg } from '../core/message';
import { fileTooLarge } from '../excel/limits';
import type { ImportRequest, ParseResult } from './protocol';
import { isImportResponse } from './protocol';
import { IMPORT_TIMEOUT_MS, parseFileInWorker } from './importClient';

export interface ImportPool {
  parse(file: File): Promise<ParseResult>;
  /** Terminates every worker (pending jobs still resolve, with a problem). */
  close(): void;
}

const fail = (problem: Message): ParseResult => ({ ok: false, problems: [problem] });

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
              msg(
                `解析“${file.name}”超过 ${IMPORT_TIMEOUT_MS / 1000} 秒仍未完成，已停止。文件可能已损坏或过于复杂。`,
                `Reading "${file.name}" had not finished after ${IMPORT_TIMEOUT_MS / 1000} seconds and was stopped. The file may be damaged or too complex.`,
              ),
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
        finish(
          fail(
            msg(
              `解析“${file.name}”时后台进程出错（文件可能过大或已损坏）。`,
              `The background process failed while reading "${file.name}" (the file may be too large or damaged).`,
            ),
          ),
          true,
        );
      };
      worker.postMessage(request, [bytes]);
    });
  };

  return {
    async parse(file) {
      const tooLarge = fileTooLarge(file.size);
      if (tooLarge) return fail(msg(`“${file.name}”：${tooLarge.zh}`, `"${file.name}": ${tooLarge.en}`));
      let bytes: ArrayBuffer;
      try {
        bytes = await file.arrayBuffer();
      } catch {
        return fail(
          msg(
            `无法读取文件“${file.name}”，请确认文件仍在原处且未被其他程序占用。`,
            `The file "${file.name}" cannot be read. Please check that it is still where it was and not in use by another program.`,
          ),
        );
      }
      if (closed) return fail(msg('已取消。', 'Cancelled.'));
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
