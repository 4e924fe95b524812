// A code cell with a long list behind it (区划代码, 1,381 行业代码): a Kobalte combobox. Typing
// filters by code or name and keeps what was typed (the cell stores raw text; a code outside the
// list is the rules' business, not the widget's); ↓ opens the list, Enter picks, Esc closes.
import { Combobox, useComboboxContext } from '@kobalte/core/combobox';
import { createEffect, createMemo, createSignal, on } from 'solid-js';
import type { CodeItem } from '../../core';
import { t } from '../i18n';
import { moveFocus } from './gridNavigation';
import { matchCodes } from './matchCodes';

export interface CodeComboboxProps {
  readonly cellRef: string;
  readonly options: readonly CodeItem[];
  /** The stored text of the cell ('' when blank). */
  readonly raw: string;
  readonly label: string;
  readonly class: string;
  readonly title: string | undefined;
  readonly invalid: 'true' | undefined;
  readonly readOnly: boolean;
  readonly row: number;
  readonly col: number;
  onCommit(text: string): void;
  onFocus(): void;
}

/** At most this many options are rendered: the list is for picking, typing narrows it. */
const SHOWN = 50;

export function CodeCombobox(props: CodeComboboxProps) {
  const [query, setQuery] = createSignal<string>();
  const [open, setOpen] = createSignal(false);
  const byCode = createMemo(() => new Map(props.options.map((o) => [o.code, o])));
  const current = createMemo<CodeItem | null>(() => byCode().get(props.raw) ?? null);
  const shown = createMemo(() => matchCodes(props.options, query() ?? '', SHOWN));

  return (
    <Combobox<CodeItem>
      options={shown()}
      value={current()}
      onChange={(o) => {
        if (o && o.code !== props.raw) props.onCommit(o.code);
      }}
      onInputChange={(text) => {
        setQuery(text);
        if (text !== props.raw) props.onCommit(text);
      }}
      onOpenChange={(isOpen) => {
        setOpen(isOpen);
        if (!isOpen) setQuery(undefined); // next time the list opens on the whole list
      }}
      optionValue="code"
      optionTextValue="code"
      optionLabel="code"
      defaultFilter={() => true}
      noResetInputOnBlur
      readOnly={props.readOnly}
      validationState={props.invalid ? 'invalid' : 'valid'}
      itemComponent={(p) => (
        <Combobox.Item item={p.item} class="combo-item">
          <Combobox.ItemLabel>
            <span class="combo-code">{p.item.rawValue.code}</span> {p.item.rawValue.name}
          </Combobox.ItemLabel>
        </Combobox.Item>
      )}
    >
      <ShowStoredText raw={props.raw} />
      <Combobox.Control
        class="combo-control"
        // Esc with the list closed would clear the text (Kobalte's default); in a grid cell it
        // should do nothing, so the key stops here, in the capture phase, before the input's
        // handlers see it.
        ref={(el: HTMLDivElement) =>
          el.addEventListener(
            'keydown',
            (e) => {
              if (e.key === 'Escape' && !open()) e.stopPropagation();
            },
            { capture: true },
          )
        }
      >
        <Combobox.Input
          data-cell={props.cellRef}
          data-row={props.row}
          data-col={props.col}
          aria-label={props.label}
          aria-invalid={props.invalid}
          title={props.title}
          class={props.class}
          autocomplete="off"
          spellcheck={false}
          onFocus={() => props.onFocus()}
          onKeyDown={(e: KeyboardEvent) => {
            // ↑↓ and Enter belong to the list while it is open; otherwise they move in the grid.
            if (open() || e.key === 'ArrowDown' || e.key === 'ArrowUp') return;
            moveFocus(e);
          }}
        />
        <Combobox.Trigger class="combo-trigger" aria-label={t('field.openList')} tabIndex={-1}>
          <Combobox.Icon>▾</Combobox.Icon>
        </Combobox.Trigger>
      </Combobox.Control>
      <Combobox.Portal>
        <Combobox.Content class="combo-content">
          <Combobox.Listbox class="combo-listbox" />
        </Combobox.Content>
      </Combobox.Portal>
    </Combobox>
  );
}

/**
 * Kobalte keeps the input's text itself and only follows a selected option; the cell's text can
 * also change from outside (undo, another tab, an import) or be a code outside the list. This keeps
 * the input showing the stored text. Typing stores the typed text, so it never fights the user.
 */
function ShowStoredText(props: { raw: string }) {
  const context = useComboboxContext();
  createEffect(
    on(
      () => props.raw,
      (raw) => {
        if ((context.inputValue() ?? '') !== raw) context.setInputValue(raw);
      },
    ),
  );
  return null;
}
