// One table of a return as a grid: 指标名称 · 代码 · 计量单位 · one column per value column.
// Rows are indented by level ("其中" parts under their whole).
import { For, Show } from 'solid-js';
import type { CellDef, Edition, Layout, TableDef } from '../../core';
import { readBool } from '../../core';
import { t } from '../i18n';
import { CellInput } from './CellInput';
import type { GridViews } from './createGridViews';
import { columnLabel, indicatorLabel } from './labels';
import { tableHeading, tableProvenance, unitLabel } from '../i18n/content';

export interface TableGridProps {
  readonly table: TableDef;
  readonly layout: Layout;
  readonly edition: Edition;
  /** Per-cell reads of the report and its findings: a cell re-renders only when its own change. */
  readonly views: GridViews;
  isHighlighted(ref: string): boolean;
  readonly lockedColumn: CellDef['column'] | undefined;
  onChange(ref: string, raw: string | undefined): void;
  onFocusCell(ref: string): void;
  onPasteBlock(ref: string, text: string): void;
}

const gateName = (layout: Layout, code: string): string =>
  layout.tables.flatMap((tb) => tb.rows).find((r) => r.code === code)?.name ?? code;

export function TableGrid(props: TableGridProps) {
  const gateOff = (code: string | undefined) =>
    code !== undefined && readBool(props.views.cell(`T1.${code}.value`).raw) === '否';
  return (
    <div class="table-wrap">
      <Show when={props.table.reconstructed}>
        <p class="note">
          <span class="mark">{t('editor.reconstructedMark')}</span>{' '}
          {t('editor.reconstructedTable', { provenance: tableProvenance(props.edition.id, props.table) })}
        </p>
      </Show>
      <Show when={gateOff(props.table.gate)}>
        <p class="note">{t('editor.gatedTable', { gate: gateName(props.layout, props.table.gate ?? '') })}</p>
      </Show>
      <table class="grid" data-grid={props.table.id}>
        <caption class="sr-only">{tableHeading(props.table)}</caption>
        <thead>
          <tr>
            <th scope="col" class="col-name">
              {props.table.columns.length === 1 && props.table.columns[0] === 'value'
                ? t('editor.colField')
                : t('editor.colName')}
            </th>
            <th scope="col" class="col-code">
              {t('editor.colCode')}
            </th>
            <th scope="col" class="col-unit">
              {t('editor.colUnit')}
            </th>
            <For each={props.table.columns}>
              {(c) => (
                <th scope="col" class="col-value">
                  {columnLabel(c)}
                </th>
              )}
            </For>
          </tr>
        </thead>
        <tbody>
          <For each={props.table.rows}>
            {(indicator, row) => (
              <tr
                classList={{
                  computed: indicator.formula !== undefined,
                  'gated-off': gateOff(indicator.gate),
                }}
              >
                <th scope="row" class="name" style={{ 'padding-left': `${0.5 + indicator.level * 1.25}em` }}>
                  {indicatorLabel(indicator)}
                  <Show when={indicator.formula}>
                    <span class="computed-tag" title={t('editor.computedTitle')}>
                      {t('editor.computed')}
                    </span>
                  </Show>
                </th>
                <td class="code">
                  {indicator.code}
                  <Show when={indicator.reconstructed}>
                    <span class="mark" title={t('editor.reconstructedRow')}>
                      {t('editor.reconstructedMark')}
                    </span>
                  </Show>
                </td>
                <td class="unit">{unitLabel(indicator.unit)}</td>
                <For each={props.table.columns}>
                  {(column, col) => {
                    const ref = `${props.table.id}.${indicator.code}.${column}`;
                    const def = props.layout.byRef.get(ref);
                    return (
                      <td>
                        <Show when={def}>
                          {(d) => (
                            <CellInput
                              def={d()}
                              edition={props.edition}
                              view={props.views.cell(ref)}
                              findings={props.views.findingsAt(ref)}
                              highlighted={props.isHighlighted(ref)}
                              locked={props.lockedColumn === column}
                              row={row()}
                              col={col()}
                              onChange={(r, raw) => props.onChange(r, raw)}
                              onFocusCell={(r) => props.onFocusCell(r)}
                              onPasteBlock={(r, text) => props.onPasteBlock(r, text)}
                            />
                          )}
                        </Show>
                      </td>
                    );
                  }}
                </For>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </div>
  );
}
