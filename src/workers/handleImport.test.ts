// The pure part of the import worker: the message handler the worker wires to `onmessage`. The
// worker plumbing itself (bundling, transfer, termination) is covered by the end-to-end tests.
import { describe, expect, it } from 'vitest';
import { serializeReport, validateReport } from '../core';
import { CLEAN_ANNUAL_TODAY, cleanAnnualReport } from '../core/rules/testing/sampleReports';
import { writeWorkbook } from '../excel';
import { handleImport, handleMessage } from './handleImport';
import type { ImportRequest } from './protocol';
import { isImportResponse } from './protocol';

const AT = '2021-03-01T10:00:00+08:00';
const bufferOf = (bytes: Uint8Array): ArrayBuffer => bytes.slice().buffer;

const request = (bytes: Uint8Array, patch: Partial<ImportRequest> = {}): ImportRequest => ({
  type: 'import/parse',
  id: 7,
  fileName: '91500103MA5U00000D_2020_年报.xlsx',
  bytes: bufferOf(bytes),
  ...patch,
});

describe('handleMessage', () => {
  const report = { ...cleanAnnualReport(), status: 'ready' as const };
  const xlsx = writeWorkbook(report, { exportedAt: AT });

  it('answers a request with the return, its findings and notes, under the same id', () => {
    const response = handleMessage(request(xlsx));
    expect(isImportResponse(response)).toBe(true);
    expect(response).toMatchObject({ type: 'import/result', id: 7, result: { ok: true, format: 'xlsx' } });
    if (!response?.result.ok) throw new Error('expected ok');
    expect(response.result.report.cells).toEqual(report.cells);
    expect(response.result.report.status).toBe('ready');
    expect(response.result.editedCells).toEqual([]);
    expect(response.result.findings).toEqual(validateReport(response.result.report));
    // Plain data: it survives the structured clone of postMessage unchanged.
    expect(structuredClone(response)).toEqual(response);
  });

  it('validates with the context it is given', () => {
    const context = { today: CLEAN_ANNUAL_TODAY };
    const response = handleMessage(request(xlsx, { context }));
    if (!response?.result.ok) throw new Error('expected ok');
    expect(response.result.findings).toEqual(validateReport(report, context));
    expect(response.result.findings).toEqual([]);
  });

  it('reads JSON files too', () => {
    const json = new TextEncoder().encode(serializeReport(report, [], { exportedAt: AT }));
    const response = handleMessage(request(json, { fileName: 'x.json', id: 8 }));
    expect(response).toMatchObject({ id: 8, result: { ok: true, format: 'json', editedCells: [] } });
  });

  it('answers a bad file with problems in Chinese and English, never with an exception', () => {
    const response = handleMessage(request(new Uint8Array([1, 2, 3]), { fileName: '坏文件.xlsx' }));
    expect(response).toEqual({
      type: 'import/result',
      id: 7,
      result: {
        ok: false,
        problems: [
          {
            zh: '无法识别文件“坏文件.xlsx”：它既不是 xlsx 工作簿，也不是 JSON 报表文件。请选择本程序导出的 .xlsx 或 .json 文件。',
            en: 'The file "坏文件.xlsx" is not recognised: it is neither an xlsx workbook nor a JSON return file. Please pick an .xlsx or .json file exported by this program.',
          },
        ],
      },
    });
    // Plain data: the problems survive the structured clone of postMessage unchanged.
    expect(structuredClone(response)).toEqual(response);
  });

  it('ignores messages that are not requests', () => {
    const good = request(xlsx);
    for (const bad of [
      null,
      undefined,
      'import/parse',
      {},
      { ...good, type: 'import/other' },
      { ...good, id: '7' },
      { ...good, fileName: 1 },
      { ...good, bytes: new Uint8Array(3) },
      { ...good, context: 'x' },
    ]) {
      expect(handleMessage(bad)).toBeUndefined();
    }
  });
});

describe('handleImport', () => {
  it('takes bytes as a Uint8Array as well as an ArrayBuffer', () => {
    const xlsx = writeWorkbook(cleanAnnualReport(), { exportedAt: AT });
    const a = handleImport({ fileName: 'a.xlsx', bytes: xlsx });
    const b = handleImport({ fileName: 'a.xlsx', bytes: bufferOf(xlsx) });
    expect(a.ok).toBe(true);
    expect(b).toEqual(a);
  });
});
