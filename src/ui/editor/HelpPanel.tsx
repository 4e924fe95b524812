// 指标解释: the 口径 of the focused cell's indicator, its unit, whether it is reconstructed, and
// the findings on that cell.
import { For, Show } from 'solid-js';
import type { CellDef, Finding } from '../../core';
import { t } from '../i18n';
import { columnLabel, indicatorLabel } from './labels';
import { findingText, indicatorHelp, unitLabel } from '../i18n/content';

export function HelpPanel(props: {
  editionId: string;
  def: CellDef | undefined;
  findings: readonly Finding[] | undefined;
}) {
  return (
    <section class="help" aria-labelledby="help-heading" aria-live="polite">
      <h2 id="help-heading">{t('editor.helpTitle')}</h2>
      <Show when={props.def} fallback={<p class="muted">{t('editor.helpEmpty')}</p>}>
        {(def) => (
          <>
            <p class="help-name">
              <strong>{indicatorLabel(def().indicator)}</strong>
              <span class="muted">{` ${def().indicator.code} · ${columnLabel(def().column)}${def().indicator.unit ? ` · ${unitLabel(def().indicator.unit)}` : ''}`}</span>
            </p>
            <p data-testid="help-text">{indicatorHelp(props.editionId, def().table.id, def().indicator)}</p>
            <Show when={def().indicator.formula}>
              <p class="muted small">{t('editor.computedTitle')}</p>
            </Show>
            <Show when={def().indicator.reconstructed}>
              <p class="muted small">
                <span class="mark">{t('editor.reconstructedMark')}</span> {t('editor.reconstructedRow')}
              </p>
            </Show>
            <ul class="help-findings">
              <For each={props.findings ?? []}>
                {(f) => <li class={`sev-${f.severity}`}>{findingText(f)}</li>}
              </For>
            </ul>
          </>
        )}
      </Show>
      <p class="muted small">{t('editor.keyboardHint')}</p>
    </section>
  );
}
