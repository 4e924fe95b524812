// @vitest-environment jsdom
// A yes/no cell shows what it holds: 是/否 whatever the text read as it, and a text that is
// neither as it is (the cell F-REQ points at must not look blank).
import { render } from 'solid-js/web';
import { afterEach, describe, expect, it } from 'vitest';
import { editionIds, getEdition, layoutOf } from '../../core';
import { CellInput } from './CellInput';

let dispose: (() => void) | undefined;
afterEach(() => {
  dispose?.();
  dispose = undefined;
  document.body.innerHTML = '';
});

const edition = getEdition(editionIds[0] ?? '');
const def = layoutOf(edition, 'annual').byRef.get('T1.B13.value');

function shown(raw: string): { value: string; options: string[] } {
  if (!def) throw new Error('no B13');
  dispose = render(
    () => (
      <CellInput
        def={def}
        edition={edition}
        view={{ raw, shown: raw }}
        findings={undefined}
        highlighted={false}
        locked={false}
        row={0}
        col={0}
        onChange={() => {}}
        onFocusCell={() => {}}
        onPasteBlock={() => {}}
      />
    ),
    document.body,
  );
  const select = document.querySelector('select');
  if (!select) throw new Error('no select');
  return { value: select.value, options: [...select.options].map((o) => o.textContent ?? '') };
}

describe('a yes/no cell', () => {
  it('shows 是 for a text read as yes', () => {
    expect(shown('yes').value).toBe('是');
  });

  it('shows a text that is neither, instead of looking blank', () => {
    const s = shown('也许');
    expect(s.value).toBe('也许');
    expect(s.options).toContain('不在列表中：也许');
  });
});
