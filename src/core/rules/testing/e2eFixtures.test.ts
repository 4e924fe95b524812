// The end-to-end tests run in Playwright's loader, which cannot import core's JSON code lists, so
// they read sample returns from committed JSON files. This test keeps those files identical to the
// samples here (run with UPDATE_E2E_FIXTURES=1 to rewrite them after changing a sample).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { setCells } from '../../report/cells';
import { serializeReport } from '../../report/jsonForm';
import { usccCheckChar } from '../../uscc/verifyUscc';
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

/**
 * District intake fixtures: 17 enterprises' annual returns as JSON exchange files (two review
 * units, distinct figures), one duplicate of enterprise 1 with other figures, and the expected
 * totals per choice of duplicate, summed here independently of the app's aggregation.
 */
function districtFiles(): { files: Record<string, string>; expected: Record<string, unknown> } {
  const files: Record<string, string> = {};
  const sums = { F10: 0, Y01: 0 };
  let firstF10 = 0;
  const make = (i: number, f10: number, exportedAt = '2021-03-10T10:00:00+08:00') => {
    const first17 = `91500103MA5U${String(10000 + i).slice(-5)}`;
    const uscc = `${first17}${usccCheckChar(first17) ?? ''}`;
    const unit = i % 2 === 0 ? '500104' : '500103';
    const report = setCells(cleanAnnualReport(), [
      ['T1.B01.value', uscc],
      ['T1.B03.value', `区县测试企业${String(i).padStart(2, '0')}`],
      ['T1.B05.value', unit],
      ['T1.B06.value', unit],
      ['T2.F10.thisYear', String(f10)],
      ['T2.F11.thisYear', String(f10 - 200)],
    ]);
    return { uscc, text: serializeReport(report, [], { exportedAt }) };
  };
  for (let i = 1; i <= 17; i++) {
    const f10 = 3000 + i * 10;
    if (i === 1) firstF10 = f10;
    const { uscc, text } = make(i, f10);
    files[`${String(i).padStart(2, '0')}_${uscc}.json`] = text;
    sums.F10 += f10;
    sums.Y01 += 2500;
  }
  // The corrected file was exported later: the intake dates files by the time written in them.
  const duplicate = make(1, 3900, '2021-03-12T10:00:00+08:00');
  files[`18_${duplicate.uscc}_更正.json`] = duplicate.text;
  return {
    files,
    expected: {
      enterprises: 17,
      // Keeping the first file of enterprise 1 or the corrected (newer) one.
      F10KeepOlder: sums.F10,
      F10KeepNewer: sums.F10 - firstF10 + 3900,
      Y01: sums.Y01,
    },
  };
}

describe('district e2e fixtures', () => {
  it('e2e/fixtures/district holds the generated files and expected totals', () => {
    const dir = new URL('../../../../e2e/fixtures/district/', import.meta.url);
    const { files, expected } = districtFiles();
    if (process.env.UPDATE_E2E_FIXTURES === '1') {
      mkdirSync(dir, { recursive: true });
      for (const [name, text] of Object.entries(files)) writeFileSync(new URL(name, dir), text);
      writeFileSync(new URL('../district-expected.json', dir), `${JSON.stringify(expected, null, 2)}\n`);
    }
    for (const [name, text] of Object.entries(files))
      expect(JSON.parse(readFileSync(new URL(name, dir), 'utf8')), name).toEqual(JSON.parse(text));
    expect(JSON.parse(readFileSync(new URL('../district-expected.json', dir), 'utf8'))).toEqual(expected);
  });
});
