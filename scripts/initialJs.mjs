// Measures what index.html loads before first paint: the entry chunk and every chunk it imports
// statically (Vite's build manifest), raw and gzipped. Lazy chunks are listed separately.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** @param {string} dist */
export function measureInitialJs(dist = 'dist') {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
  const entry = Object.values(manifest).find((c) => c.isEntry);
  if (!entry) throw new Error('no entry chunk in the build manifest');
  const initial = new Map();
  const visit = (chunk) => {
    if (!chunk || initial.has(chunk.file)) return;
    initial.set(chunk.file, chunk);
    for (const key of chunk.imports ?? []) visit(manifest[key]);
  };
  visit(entry);
  const size = (file) => {
    const bytes = readFileSync(join(dist, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  };
  const eager = [...initial.keys()].filter((f) => f.endsWith('.js')).map(size);
  const lazy = Object.values(manifest)
    .filter((c) => !initial.has(c.file) && c.file.endsWith('.js'))
    .map((c) => ({ ...size(c.file), name: c.name ?? c.src ?? c.file }));
  const total = eager.reduce((a, c) => ({ raw: a.raw + c.raw, gzip: a.gzip + c.gzip }), { raw: 0, gzip: 0 });
  return { eager, lazy, total };
}
