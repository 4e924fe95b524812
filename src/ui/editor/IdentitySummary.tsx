// Above T1: the computed 企业规模 and, for an annual return, whether the enterprise is in the
// survey scope with the criterion that holds (or the one it came closest to).
import { For, Show, createMemo, untrack } from 'solid-js';
import type { Report } from '../../core';
import { checkScope, closestScopeCriterion, enterpriseSize, scopeInputs } from '../../core';
import { t } from '../i18n';
import { scopeClosest, scopeDetail, sizeLabel } from '../i18n/content';

export function IdentitySummary(props: { report: Report }) {
  // The report changes on every keystroke, the scope test's inputs rarely: the test and its texts
  // are rebuilt only when those inputs changed (scopeInputs), and equal outcomes do not re-render.
  const sameOutcome = <T,>(a: T, b: T) => JSON.stringify(a) === JSON.stringify(b);
  const size = createMemo(() => enterpriseSize(props.report));
  const inputs = createMemo(() => scopeInputs(props.report));
  const scope = createMemo(
    () => {
      inputs();
      return untrack(() => (props.report.kind === 'annual' ? checkScope(props.report) : undefined));
    },
    undefined,
    { equals: sameOutcome },
  );
  const closest = createMemo(
    () => {
      inputs();
      return scope()?.inScope === false ? untrack(() => closestScopeCriterion(props.report)) : undefined;
    },
    undefined,
    { equals: sameOutcome },
  );
  return (
    <div class="identity-summary" data-testid="identity-summary">
      <p>
        <strong>
          {t('editor.size')}
          {t('punct.colon')}
        </strong>
        <span data-testid="enterprise-size">
          {(() => {
            const s = size();
            return s ? sizeLabel(s) : t('editor.sizeUnknown');
          })()}
        </span>
      </p>
      <Show when={scope()}>
        {(s) => (
          <div data-testid="scope" data-in-scope={String(s().inScope)}>
            <p>
              <strong>
                {t('scope.heading')}
                {t('punct.colon')}
              </strong>
              {s().inScope ? t('scope.inScope') : t('scope.outOfScope')}
            </p>
            <ul class="small">
              <For each={s().criteria.filter((c) => c.holds)}>
                {(c) => <li>{t('scope.holds', { detail: scopeDetail(c) })}</li>}
              </For>
            </ul>
            <Show when={closest()}>
              {(c) => <p class="small">{t('scope.closest', { detail: scopeClosest(c()) })}</p>}
            </Show>
          </div>
        )}
      </Show>
    </div>
  );
}
