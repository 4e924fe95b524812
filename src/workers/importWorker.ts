// The import worker: a module Web Worker that parses exchange files off the main thread, so
// SheetJS loads only when a file is imported and a big or hostile file never blocks the page.
// Started by importClient.ts with `new Worker(new URL('./importWorker.ts', import.meta.url))`.
import { handleImport } from './handleImport';
import type { FromImportWorker, ToImportWorker } from './protocol';

/** The worker global, typed to what this worker uses (tsconfig has DOM, not WebWorker, libs). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ToImportWorker>) => void) | null;
  postMessage(message: FromImportWorker): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const message = event.data;
  if (message?.type !== 'import/parse') return;
  const outcome = handleImport(message);
  scope.postMessage({ type: 'import/result', id: message.id, outcome });
};
