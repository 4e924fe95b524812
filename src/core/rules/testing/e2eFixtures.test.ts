// The end-to-end tests run in Playwright's loader, which cannot import core's JSON code lists, so
// they read sample returns from committed JSON files. This test keeps those files identical to the
// samples here (run with UPDATE_E2E_FIXTURES=1 to rewrite them after changing a sample).
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanAnnualReport, cleanMonthlyReport } from './sampleReports';

const fixtures = {
  'clean-annual.json': () => cleanAnnualReport(),
  'clean-monthly-03.json': () => cleanMonthlyReport(3),
};

describe('e2e fixtures', () => {
  for (const [file, make] of Object.entries(fixtures)) {
    it(`e2e/fixtures/${file} is the sample return`, () => {
      const path = new URL(`../../../../e2e/fixtures/${file}`, import.meta.url);
      const cells = Object.fromEntries(Object.entries(make().cells).map(([ref, c]) => [ref, c.raw]));
      const text = `${JSON.stringify(cells, null, 2)}\n`;
      if (process.env.UPDATE_E2E_FIXTURES === '1') writeFileSync(path, text);
      expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(cells);
    });
  }
});
