// One cell of the grid. Numbers show 千分位 when not focused and the raw typed text while editing
// (the raw text is what is kept); computed cells are read-only and follow their parts live.
// Every input carries data-cell (its reference) and an aria-label "指标名称 列名".
import { For, Show, createEffect, createMemo, createSignal, on } from 'solid-js';
import type { CellDef, Edition, Finding } from '../../core';
import { isBlockPaste, isNumericKind, readBool } from '../../core';
import type { CellView } from './cellViews';
import { t } from '../i18n';
import { cellAriaLabel } from './labels';
import { CodeCombobox } from './CodeCombobox';
import { moveFocus } from './gridNavigation';
import { findingText } from '../i18n/content';

export interface CellProps {
  readonly def: CellDef;
  readonly edition: Edition;
  /** This cell's text (see cellViews): the cell re-renders only when it changes. */
  readonly view: CellView;
  readonly findings: readonly Finding[] | undefined;
  readonly highlighted: boolean;
  /** Read-only even though typed (本年上期累计 filled from the previous month). */
  readonly locked: boolean;
  readonly row: number;
  readonly col: number;
  onChange(ref: string, raw: string | undefined): void;
  onFocusCell(ref: string): void;
  /** A block pasted from Excel (tabs or line breaks) into this cell. */
  onPasteBlock(ref: string, text: string): void;
}

const severityClass = (findings: readonly Finding[] | undefined): string => {
  if (!findings || findings.length === 0) return '';
  if (findings.some((f) => f.severity === 'error')) return 'flag-error';
  if (findings.some((f) => f.severity === 'verify')) return 'flag-verify';
  return 'flag-hint';
};

export function CellInput(props: CellProps) {
  const [focused, setFocused] = createSignal(false);
  const [draft, setDraft] = createSignal('');
  const computed = () => props.def.indicator.formula !== undefined;
  const numeric = () => isNumericKind(props.def.indicator.kind);
  const raw = () => props.view.raw;
  const shown = () => (focused() && !computed() ? draft() : props.view.shown);
  // While focused the input shows its own draft; a change from elsewhere (undo, another tab) still
  // reaches it. The user's own typing round-trips to the same text, so it never moves the caret.
  createEffect(
    on(raw, (r) => {
      if (focused() && r !== draft() && r !== draft().trim()) setDraft(r);
    }),
  );
  const flag = createMemo(() => severityClass(props.findings));
  // The label depends only on the indicator and the language: computed once, not per keystroke.
  const label = createMemo(() => cellAriaLabel(props.def));
  const messages = () => props.findings?.map(findingText).join('\n') ?? '';
  // Attributes are written one by one in the JSX below, never spread: a spread re-applies every
  // attribute and re-binds the listeners of all cells whenever any finding changes (profiled:
  // it was most of a keystroke's cost).
  const invalid = () => (props.findings?.some((f) => f.severity === 'error') ? ('true' as const) : undefined);
  // The flag's colours are on the marker behind the input (see styles.css): the input's own class
  // does not change when a finding comes or goes.
  const classes = () => `cell-input ${numeric() ? 'num' : ''} ${props.highlighted ? 'highlight' : ''}`;
  const onFocus = (e: FocusEvent) => {
    // Focus swaps the shown text (2,900.00 → 2900) and selects it, as a spreadsheet cell does:
    // typing replaces the value, a click still places the caret. Without the selection the swap
    // would leave the caret at the end and typed digits would be appended.
    const input = e.currentTarget instanceof HTMLInputElement ? e.currentTarget : undefined;
    setDraft(raw());
    setFocused(true);
    if (input && !input.readOnly) {
      if (input.value !== draft()) input.value = draft();
      input.select();
    }
    props.onFocusCell(props.def.ref);
  };
  const onBlur = () => setFocused(false);

  const commit = (text: string) => {
    setDraft(text);
    props.onChange(props.def.ref, text === '' ? undefined : text);
  };

  // A yes/no read as 是/否 whatever its text (yes, 1 …); a text that is neither is shown as it is
  // (below), so the cell its F-REQ points at does not look blank.
  const selectValue = () => (props.def.indicator.kind === 'bool' ? (readBool(raw()) ?? raw()) : raw());
  const list = () => props.def.indicator.list;
  const options = createMemo(() => {
    const l = list();
    if (l === 'reviewUnits')
      return props.edition.lists.reviewUnits.map((u) => ({ code: u.id, name: u.name }));
    if (l === 'registrationTypes') return props.edition.lists.registrationTypes;
    if (l === 'controlTypes') return props.edition.lists.controlTypes;
    return undefined;
  });

  // Long code lists get a searchable combobox; short ones a <select> (below).
  const codeList = createMemo(() => {
    const l = list();
    if (l === 'regions') return props.edition.lists.regions;
    if (l === 'industries') return props.edition.lists.industries;
    return undefined;
  });

  const plain = () => (
    <Show
      when={props.def.indicator.kind === 'bool' || options()}
      fallback={
        <input
          data-cell={props.def.ref}
          data-row={props.row}
          data-col={props.col}
          aria-label={label()}
          aria-invalid={invalid()}
          title={messages() || undefined}
          class={classes()}
          onFocus={onFocus}
          onBlur={onBlur}
          type="text"
          inputMode={numeric() ? 'decimal' : undefined}
          value={shown()}
          readOnly={computed() || props.locked}
          aria-readonly={computed() || props.locked ? 'true' : undefined}
          autocomplete="off"
          spellcheck={false}
          onInput={(e) => commit(e.currentTarget.value)}
          onKeyDown={(e) => moveFocus(e)}
          onPaste={(e) => {
            const text = e.clipboardData?.getData('text/plain') ?? '';
            if (!isBlockPaste(text)) return; // one value: the input takes it as typed
            e.preventDefault();
            props.onPasteBlock(props.def.ref, text);
          }}
        />
      }
    >
      <select
        data-cell={props.def.ref}
        data-row={props.row}
        data-col={props.col}
        aria-label={label()}
        aria-invalid={invalid()}
        title={messages() || undefined}
        class={classes()}
        onFocus={onFocus}
        onBlur={onBlur}
        value={selectValue()}
        onChange={(e) => commit(e.currentTarget.value)}
        onKeyDown={(e) => moveFocus(e)}
      >
        <option value="" selected={raw() === ''}>
          {t('field.selectPlaceholder')}
        </option>
        <Show
          when={options()}
          fallback={
            <>
              <option value="是" selected={selectValue() === '是'}>
                {t('field.yes')}
              </option>
              <option value="否" selected={selectValue() === '否'}>
                {t('field.no')}
              </option>
            </>
          }
        >
          {(opts) => (
            <For each={opts()}>
              {(o) => <option value={o.code} selected={raw() === o.code}>{`${o.code} ${o.name}`}</option>}
            </For>
          )}
        </Show>
        <Show
          when={
            raw() !== '' &&
            (props.def.indicator.kind === 'bool'
              ? readBool(raw()) === undefined
              : !options()?.some((o) => o.code === raw()))
          }
        >
          <option value={raw()} selected>
            {t('field.unknownCode', { code: raw() })}
          </option>
        </Show>
      </select>
    </Show>
  );

  return (
    <div class="cell-wrap">
      <Show when={codeList()} fallback={plain()}>
        {(items) => (
          <CodeCombobox
            cellRef={props.def.ref}
            options={items()}
            raw={raw()}
            label={label()}
            class={classes()}
            title={messages() || undefined}
            invalid={invalid()}
            readOnly={computed() || props.locked}
            row={props.row}
            col={props.col}
            onCommit={(text) => commit(text)}
            onFocus={() => props.onFocusCell(props.def.ref)}
          />
        )}
      </Show>
      {/* The cell's box and flag, behind the input (see styles.css). Always in the DOM, only its
          class changes: adding and removing it would be a childList mutation, on which the tab
          panel (Kobalte) re-scans all its inputs for focus, and display: none ↔ block made the
          browser lay out the whole document (profiled). */}
      <span
        class={`cell-marker ${flag()} ${computed() || props.locked ? 'readonly' : ''}`}
        aria-hidden="true"
      >
        !
      </span>
    </div>
  );
}
