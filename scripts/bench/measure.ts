// Timing helpers for benchmarks: warm-up, then the median of many runs. Figures are printed and
// compared as ratios to their budgets in one run; they are never asserted in tests.
import { performance } from 'node:perf_hooks';

export interface Figure {
  name: string;
  value: number;
  unit: string;
  budget?: number;
  /** 'max': the value should stay at or below the budget; 'min': at or above. */
  direction?: 'max' | 'min';
  note?: string;
}

/** Median time of fn in milliseconds after warm-up; runs in batches so tiny functions are measurable. */
export function medianMs(fn: () => unknown, { warmup = 200, samples = 101, batch = 20 } = {}): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let s = 0; s < samples; s++) {
    const start = performance.now();
    for (let i = 0; i < batch; i++) fn();
    times.push((performance.now() - start) / batch);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/** Prints figures as a table with budget and ratio (value / budget). */
export function printFigures(title: string, figures: Figure[]): void {
  console.log(`\n## ${title}\n`);
  console.log('| figure | value | budget | ratio |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const f of figures) {
    const value = `${format(f.value)} ${f.unit}`;
    const budget =
      f.budget === undefined ? '—' : `${f.direction === 'min' ? '≥' : '≤'} ${format(f.budget)} ${f.unit}`;
    const ratio = f.budget === undefined ? '—' : (f.value / f.budget).toFixed(2);
    console.log(`| ${f.name}${f.note ? ` (${f.note})` : ''} | ${value} | ${budget} | ${ratio} |`);
  }
}

function format(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Math.abs(n) >= 100) return n.toFixed(0);
  if (Math.abs(n) >= 1) return n.toFixed(2);
  return n.toPrecision(3);
}
