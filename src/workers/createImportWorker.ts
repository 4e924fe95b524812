// Starts the import worker. Its own module, imported dynamically and only outside the single-file
// build: Vite bundles a worker wherever it sees `new Worker(new URL(…))`, and the single HTML file
// (opened from disk, where workers cannot load) must not carry a separate worker file.
export function createImportWorker(): Worker {
  return new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
}
