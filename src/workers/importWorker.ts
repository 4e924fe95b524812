// The import worker: a module Web Worker that parses exchange files off the main thread, so
// SheetJS loads only when a file is imported and a big or hostile file never blocks the page (the
// page stops the worker after a timeout). Started by createImportWorker.ts with
// `new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' })`.
import { handleMessage } from './handleImport';
import type { FromImportWorker, ToImportWorker } from './protocol';

/** The worker global, typed to what this worker uses (tsconfig has the DOM lib, not WebWorker). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ToImportWorker>) => void) | null;
  postMessage(message: FromImportWorker): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const response = handleMessage(event.data);
  if (response) scope.postMessage(response);
};
