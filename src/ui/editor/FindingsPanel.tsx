// 审核结果: findings grouped by severity, then by table, with counts. A click jumps to the first
// cell and highlights all of the finding's cells. Each 核实性错误 has its 审核说明 box.
import { For, Show, createMemo } from 'solid-js';
import type { Finding, Layout, Report, Severity } from '../../core';
import { MIN_EXPLANATION_CHARS, isExplained } from '../../core';
import type { MessageKey } from '../i18n';
import { t } from '../i18n';
import { findingText, tableHeading } from '../i18n/content';

const SEVERITIES: readonly Severity[] = ['error', 'verify', 'hint'];

export interface FindingsPanelProps {
  readonly findings: readonly Finding[];
  /** The 审核说明 by finding key (not the whole report: it changes on every keystroke). */
  readonly explanations: Report['explanations'];
  readonly layout: Layout;
  onJump(finding: Finding): void;
  onExplain(key: string, text: string): void;
}

const tableOfFinding = (f: Finding): string => f.cells[0]?.split('.')[0] ?? '';

type Groups = ReadonlyMap<Severity, ReadonlyMap<string, readonly Finding[]>>;

const sameList = (a: readonly Finding[] | undefined, b: readonly Finding[]) =>
  a !== undefined && a.length === b.length && a.every((f, i) => f === b[i]);

function groupFindings(findings: readonly Finding[], previous: Groups): Groups {
  const next = new Map<Severity, Map<string, Finding[]>>();
  for (const f of findings) {
    const bySeverity = next.get(f.severity) ?? new Map<string, Finding[]>();
    next.set(f.severity, bySeverity);
    const id = tableOfFinding(f);
    bySeverity.set(id, [...(bySeverity.get(id) ?? []), f]);
  }
  const stable = new Map<Severity, Map<string, readonly Finding[]>>();
  for (const [severity, tables] of next) {
    const old = previous.get(severity);
    stable.set(
      severity,
      new Map(
        [...tables].map(([id, list]) => [id, sameList(old?.get(id), list) ? (old?.get(id) ?? list) : list]),
      ),
    );
  }
  const unchanged =
    stable.size === previous.size &&
    [...stable].every(([severity, tables]) => {
      const old = previous.get(severity);
      return (
        old !== undefined &&
        old.size === tables.size &&
        [...tables].every(([id, list]) => old.get(id) === list) &&
        [...old.keys()].every((id, i) => [...tables.keys()][i] === id)
      );
    });
  return unchanged ? previous : stable;
}

export function FindingsPanel(props: FindingsPanelProps) {
  const counts = createMemo(
    () => {
      const c = { error: 0, verify: 0, hint: 0 };
      for (const f of props.findings) c[f.severity]++;
      return c;
    },
    undefined,
    { equals: (a, b) => a?.error === b.error && a.verify === b.verify && a.hint === b.hint },
  );
  const tableName = (id: string) => {
    const table = props.layout.tables.find((tb) => tb.id === id);
    return table ? tableHeading(table) : t('findings.wholeReturn');
  };
  // Findings by severity, then by table. The arrays are kept (same object) while their content is
  // the same, so a keystroke that changes no finding re-renders none of the lists, and <For> keeps
  // each group's DOM (and a focused explanation box) when it does.
  const groups = createMemo<Groups>((previous) => groupFindings(props.findings, previous), new Map());
  const tableIds = (severity: Severity) => [...(groups().get(severity)?.keys() ?? [])];
  const findingsOf = (severity: Severity, id: string) => groups().get(severity)?.get(id) ?? [];

  return (
    <section class="findings" aria-labelledby="findings-heading">
      <h2 id="findings-heading">{t('findings.heading')}</h2>
      <p class="findings-summary" data-testid="findings-summary">
        {t('findings.summary', counts())}
      </p>
      {/* Both lines stay in the page, one over the other, and only which one shows changes: the
          first finding to appear (or the last to go) then costs a class change, not a new
          paragraph to build, style and shape (profiled at 4x throttling). */}
      <p class="findings-note" classList={{ clean: props.findings.length === 0 }}>
        <span class="ok">{t('findings.none')}</span>
        <span class="muted small">{t('findings.jumpHint')}</span>
      </p>
      <For each={SEVERITIES}>
        {(severity) => (
          <Show when={counts()[severity] > 0}>
            <div class={`severity-group sev-${severity}`} data-severity={severity}>
              <h3>
                {t(`severity.${severity}` as MessageKey)}{' '}
                <span class="count">{t('findings.count', { count: counts()[severity] })}</span>
              </h3>
              <For each={tableIds(severity)}>
                {(id) => (
                  <div class="table-group">
                    <h4>
                      {tableName(id)} <span class="count">{findingsOf(severity, id).length}</span>
                    </h4>
                    <ul>
                      <For each={findingsOf(severity, id)}>
                        {(f) => (
                          <FindingItem
                            finding={f}
                            explanations={props.explanations}
                            onJump={(x) => props.onJump(x)}
                            onExplain={(k, v) => props.onExplain(k, v)}
                          />
                        )}
                      </For>
                    </ul>
                  </div>
                )}
              </For>
            </div>
          </Show>
        )}
      </For>
    </section>
  );
}

interface FindingActions {
  readonly explanations: Report['explanations'];
  onJump(finding: Finding): void;
  onExplain(key: string, text: string): void;
}

/**
 * One finding. A finding never changes (a changed one is a new object), so what its item holds is
 * decided once, in plain code: no conditions or attributes that re-run. A keystroke that makes a
 * finding appear builds this item, and each reactive part of it cost that keystroke (profiled).
 */
function FindingItem(props: FindingActions & { readonly finding: Finding }) {
  // eslint-disable-next-line solid/reactivity -- the finding of an item never changes (see above)
  const f = props.finding;
  const rule = f.ruleId;
  const key = f.key;
  const body =
    f.cells.length > 0 ? (
      <button type="button" class="finding-button" onClick={() => props.onJump(f)}>
        <span class="rule-id">{rule}</span> {findingText(f)}
      </button>
    ) : (
      <p class="finding-text">{`${rule} · ${findingText(f)}`}</p>
    );
  const explanation =
    f.severity === 'verify' ? (
      <ExplanationBox
        finding={f}
        explanations={props.explanations}
        onExplain={(k, v) => props.onExplain(k, v)}
      />
    ) : undefined;
  return (
    <li class="finding" data-rule={rule} data-key={key}>
      {body}
      {explanation}
    </li>
  );
}

function ExplanationBox(props: {
  finding: Finding;
  explanations: Report['explanations'];
  onExplain(key: string, text: string): void;
}) {
  const text = () => props.explanations[props.finding.key] ?? '';
  const remaining = () => Math.max(0, MIN_EXPLANATION_CHARS - [...text().trim()].length);
  const id = () => `explain-${props.finding.key.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  return (
    <div class="explanation">
      <label for={id()}>{t('explanation.label')}</label>
      <textarea
        id={id()}
        data-explanation={props.finding.key}
        rows={2}
        maxLength={500}
        value={text()}
        placeholder={t('explanation.hint', { min: MIN_EXPLANATION_CHARS })}
        onInput={(e) => props.onExplain(props.finding.key, e.currentTarget.value)}
      />
      <small aria-live="polite" classList={{ ok: isExplained(props, props.finding) }}>
        {isExplained(props, props.finding)
          ? t('explanation.done')
          : t('explanation.remaining', { count: remaining() })}
      </small>
    </div>
  );
}
