// One table of a return as static text (print view, read-only review): name, code, unit and the
// values of every column, computed ones included, with thousands separators.
import { For } from 'solid-js';
import type { Report, TableDef } from '../../core';
import { formattedCell } from '../../core';
import { columnLabel, indicatorLabel } from '../editor/labels';
import { t } from '../i18n';
import { unitLabel } from '../i18n/content';

export function ReportTable(props: { table: TableDef; report: Report; class?: string }) {
  return (
    <table class={props.class ?? 'print-table'}>
      <thead>
        <tr>
          <th scope="col">{t('editor.colName')}</th>
          <th scope="col">{t('editor.colCode')}</th>
          <th scope="col">{t('editor.colUnit')}</th>
          <For each={props.table.columns}>{(c) => <th scope="col">{columnLabel(c)}</th>}</For>
        </tr>
      </thead>
      <tbody>
        <For each={props.table.rows}>
          {(row) => (
            <tr>
              <th scope="row" style={{ 'padding-left': `${0.3 + row.level}em` }}>
                {indicatorLabel(row)}
              </th>
              <td>{row.code}</td>
              <td>{unitLabel(row.unit)}</td>
              <For each={props.table.columns}>
                {(c) => (
                  <td class="num">
                    {formattedCell(props.report, `${props.table.id}.${row.code}.${c}`) ?? ''}
                  </td>
                )}
              </For>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}
