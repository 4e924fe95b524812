// Size budget checked by `npm test` (deterministic, not a timing): the initial JavaScript must stay
// within 80 KB gzipped, and SheetJS and the district mode must not be part of it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { measureInitialJs } from './initialJs.mjs';

const BUDGET_GZIP = 80 * 1024;
const { eager, total } = measureInitialJs('dist');
const problems = [];
if (total.gzip > BUDGET_GZIP) {
  problems.push(
    `initial JS is ${(total.gzip / 1024).toFixed(1)} KB gzipped, over the ${BUDGET_GZIP / 1024} KB budget`,
  );
}
for (const chunk of eager) {
  const text = readFileSync(join('dist', chunk.file), 'utf8');
  // SheetJS's banner and a symbol only its reader has: neither may be loaded before first paint.
  if (/SheetJS|XLSX\.version|read_zip/.test(text)) problems.push(`${chunk.file} contains SheetJS`);
}
for (const c of eager)
  console.log(
    `  ${c.file.padEnd(40)} ${(c.raw / 1024).toFixed(1).padStart(7)} KB  ${(c.gzip / 1024).toFixed(1).padStart(6)} KB gz`,
  );
console.log(
  `initial JS: ${(total.raw / 1024).toFixed(1)} KB raw, ${(total.gzip / 1024).toFixed(1)} KB gzipped (budget ${BUDGET_GZIP / 1024} KB, ratio ${(total.gzip / BUDGET_GZIP).toFixed(2)})`,
);
if (problems.length > 0) {
  console.error(`size budget failed:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
