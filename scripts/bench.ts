// `npm run bench`: builds the app (done by the npm script) and prints every performance figure
// with its budget and the ratio to it. Figures are compared as ratios within one run: these
// machines are shared and noisy, so nothing here is a pass/fail test.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setCell, validateReport } from '../src/core/index';
import {
  CLEAN_ANNUAL_TODAY,
  cleanAnnualReport,
  cleanMonthlyReport,
  cleanMonthlyToday,
} from '../src/core/rules/testing/sampleReports';
import { editorFigures, generateIntakeFiles, intakeFigures, launch, median } from './bench/browser';
import type { Figure } from './bench/measure';
import { medianMs, percentile, printFigures } from './bench/measure';
// @ts-expect-error -- plain JavaScript module shared with the size check
import { measureInitialJs } from './initialJs.mjs';

const OUT = 'bench-out';
const PORT = 4179;
const BASE = `http://localhost:${PORT}/`;
const KB = 1024;
mkdirSync(OUT, { recursive: true });

interface Chunk {
  file: string;
  raw: number;
  gzip: number;
  name?: string;
}

function initialJs(): void {
  const { eager, lazy, total } = measureInitialJs('dist') as {
    eager: Chunk[];
    lazy: Chunk[];
    total: { raw: number; gzip: number };
  };
  const sheetjs = eager.some((c) => /SheetJS|read_zip/.test(readFileSync(join('dist', c.file), 'utf8')));
  const district = eager.some((c) =>
    /BatchPage|区县审核模式/.test(readFileSync(join('dist', c.file), 'utf8')),
  );
  printFigures('Initial JavaScript (what index.html loads before first paint)', [
    ...eager.map((c): Figure => ({
      name: `eager ${c.file}`,
      value: c.gzip / KB,
      unit: 'KB gz',
      note: `${(c.raw / KB).toFixed(1)} KB raw`,
    })),
    {
      name: 'initial JS total',
      value: total.gzip / KB,
      unit: 'KB gz',
      budget: 80,
      note: `${(total.raw / KB).toFixed(1)} KB raw`,
    },
  ]);
  console.log(
    `\nSheetJS in the initial bundle: ${sheetjs ? 'YES (budget broken)' : 'no'}; district mode: ${district ? 'YES' : 'no'}`,
  );
  console.log(
    `vs SurveyJS (~355 KB gz): ${(355 / (total.gzip / KB)).toFixed(1)}× smaller; vs Enketo (~252 KB gz): ${(252 / (total.gzip / KB)).toFixed(1)}× smaller`,
  );
  console.log('\nLazy chunks:');
  for (const c of [...lazy].sort((a, b) => b.gzip - a.gzip))
    console.log(
      `  ${(c.name ?? c.file).padEnd(40)} ${(c.raw / KB).toFixed(1).padStart(8)} KB ${(c.gzip / KB).toFixed(1).padStart(7)} KB gz`,
    );
}

function coreFigures(): void {
  const annual = cleanAnnualReport();
  const monthly = cleanMonthlyReport(3);
  const a = { today: CLEAN_ANNUAL_TODAY };
  const m = { today: cleanMonthlyToday(3) };
  const edited = [setCell(annual, 'T2.F01.thisYear', '5000'), setCell(annual, 'T2.F01.thisYear', '5001')];
  let k = 0;
  printFigures('Core validation (warm median)', [
    {
      name: 'validateReport, full annual return',
      value: medianMs(() => validateReport(annual, a)),
      unit: 'ms',
      budget: 0.1,
    },
    {
      name: 'validateReport, monthly return',
      value: medianMs(() => validateReport(monthly, m)),
      unit: 'ms',
      budget: 0.1,
    },
    {
      name: 'validateReport after one edit (new report each run)',
      value: medianMs(() =>
        validateReport(setCell(edited[k++ % 2] ?? annual, 'T2.F03.thisYear', String(2000 + (k % 7))), a),
      ),
      unit: 'ms',
      budget: 0.1,
      note: 'includes setCell',
    },
  ]);
}

async function waitFor(url: string, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not respond`);
}

function lighthouse(): Figure {
  const result = spawnSync(
    'npx',
    [
      '-y',
      'lighthouse@12.2.3',
      BASE,
      '--quiet',
      '--chrome-flags=--headless --no-sandbox',
      '--only-categories=performance',
      '--output=json',
      `--output-path=${OUT}/lighthouse.json`,
    ],
    { env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' }, encoding: 'utf8', timeout: 300_000 },
  );
  if (result.status !== 0)
    throw new Error((result.stderr || result.error?.message || 'lighthouse failed').slice(0, 300));
  const report = JSON.parse(readFileSync(`${OUT}/lighthouse.json`, 'utf8')) as {
    categories: { performance: { score: number } };
  };
  return {
    name: 'Lighthouse performance score',
    value: Math.round(report.categories.performance.score * 100),
    unit: '',
    budget: 95,
    direction: 'min',
  };
}

async function browserFigures(): Promise<void> {
  const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], {
    stdio: 'ignore',
    detached: true,
  });
  try {
    await waitFor(BASE, 30_000);
    const browser = await launch();
    try {
      const { navigationMs, keystrokeMs } = await editorFigures(browser, BASE, OUT);
      printFigures('Browser (headless Chromium, this machine)', [
        {
          name: 'navigation → interactive editor, full annual return (median of 5)',
          value: median(navigationMs),
          unit: 'ms',
          budget: 1000,
        },
        {
          name: 'keystroke → findings updated, 4× CPU throttle (median)',
          value: median(keystrokeMs),
          unit: 'ms',
          budget: 16,
        },
        {
          name: 'keystroke → findings updated, 4× CPU throttle (p95)',
          value: percentile(keystrokeMs, 95),
          unit: 'ms',
          budget: 16,
          note: `${keystrokeMs.length} keystrokes`,
        },
      ]);
      const sizes = (process.env.BENCH_INTAKE ?? '100,1000')
        .split(',')
        .map(Number)
        .filter((n) => n > 0);
      const intake: Figure[] = [];
      for (const n of sizes) {
        const files = generateIntakeFiles(n, join(OUT, `intake-${n}`));
        const f = await intakeFigures(browser, BASE, files);
        intake.push(
          {
            name: `district intake of ${n} XLSX files, end to end`,
            value: f.totalMs / 1000,
            unit: 's',
            ...(n === 1000 ? { budget: 60 } : {}),
          },
          { name: `  per file (${n})`, value: f.perFileMs, unit: 'ms' },
          { name: `  peak JS heap (${n})`, value: f.peakHeapMb, unit: 'MB' },
          {
            name: `  longest main-thread task (${n})`,
            value: f.longestTaskMs,
            unit: 'ms',
            budget: 50,
            ...(f.longestTaskMs === 0 && {
              note: 'none ≥ 50 ms: the Long Tasks API reports only tasks of 50 ms or more',
            }),
          },
        );
      }
      printFigures('District intake (worker pool, headless Chromium)', intake);
    } finally {
      await browser.close();
    }
    try {
      printFigures('Lighthouse', [lighthouse()]);
    } catch (e) {
      console.log(`\nLighthouse: n/a (${e instanceof Error ? e.message : String(e)})`);
    }
  } catch (e) {
    console.log(`\nBrowser figures: n/a (${e instanceof Error ? e.message : String(e)})`);
  } finally {
    if (server.pid) process.kill(-server.pid);
  }
}

initialJs();
coreFigures();
await browserFigures();
