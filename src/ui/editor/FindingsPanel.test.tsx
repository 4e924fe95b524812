// @vitest-environment jsdom
// 审核结果 as the editor shows it while the user types: findings grouped by severity and table,
// each with its jump button (or plain text when it has no cell) and, for 核实性 findings, its
// 审核说明 box; and the parts that must not be rebuilt on every keystroke.
import { createSignal } from 'solid-js';
import { render } from 'solid-js/web';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../core';
import { editionIds, getEdition, layoutOf } from '../../core';
import { finding } from '../../core/rules/finding';
import { FindingsPanel } from './FindingsPanel';

let dispose: (() => void) | undefined;
afterEach(() => {
  dispose?.();
  dispose = undefined;
  document.body.innerHTML = '';
});

const layout = layoutOf(getEdition(editionIds[0] ?? ''), 'annual');
const balance = finding(
  'T2-BALANCE',
  'error',
  ['T2.F01.thisYear', 'T2.F03.thisYear'],
  '不平衡',
  'Unbalanced',
);
const growth = finding('T2-YOY', 'verify', ['T2.F10.thisYear'], '增幅过大', 'Large growth');
const wholeReturn = finding('LATE', 'hint', [], '已逾期', 'Overdue');

function mount(initial: Finding[]) {
  const [findings, setFindings] = createSignal<Finding[]>(initial);
  const [explanations, setExplanations] = createSignal<Record<string, string>>({});
  const onJump = vi.fn();
  const onExplain = vi.fn((key: string, text: string) => setExplanations({ [key]: text }));
  const root = document.createElement('div');
  document.body.append(root);
  dispose = render(
    () => (
      <FindingsPanel
        findings={findings()}
        explanations={explanations()}
        layout={layout}
        onJump={onJump}
        onExplain={onExplain}
      />
    ),
    root,
  );
  return { root, setFindings, onJump, onExplain };
}

const note = (root: HTMLElement) => root.querySelector('.findings-note');
const item = (root: HTMLElement, rule: string) => root.querySelector<HTMLElement>(`li[data-rule="${rule}"]`);

describe('FindingsPanel', () => {
  it('says there is nothing to fix, or how to jump, by switching one class on a line that stays', () => {
    const { root, setFindings } = mount([]);
    const line = note(root);
    expect(line?.classList.contains('clean')).toBe(true);
    expect(line?.textContent).toContain('没有发现问题');
    setFindings([balance]);
    expect(note(root)).toBe(line); // the same element: a keystroke only changes its class
    expect(line?.classList.contains('clean')).toBe(false);
    setFindings([]);
    expect(note(root)).toBe(line);
    expect(line?.classList.contains('clean')).toBe(true);
  });

  it('shows each finding once, under its severity and table, with what it needs', () => {
    const { root, onJump, onExplain } = mount([balance, growth, wholeReturn]);
    const error = item(root, 'T2-BALANCE');
    expect(error?.closest('[data-severity]')?.getAttribute('data-severity')).toBe('error');
    expect(error?.getAttribute('data-key')).toBe(balance.key);
    error?.querySelector('button')?.click();
    expect(onJump).toHaveBeenCalledWith(balance);
    expect(error?.querySelector('textarea')).toBeNull(); // only 核实性 findings are explained

    const verify = item(root, 'T2-YOY');
    const box = verify?.querySelector('textarea');
    expect(box).not.toBeNull();
    if (box) {
      box.value = '新签大额合同，收入增长属实';
      box.dispatchEvent(new Event('input', { bubbles: true }));
    }
    expect(onExplain).toHaveBeenCalledWith(growth.key, '新签大额合同，收入增长属实');
    expect(verify?.textContent).toContain('已说明');

    // A finding of the whole return has no cell to jump to: plain text, no button.
    const hint = item(root, 'LATE');
    expect(hint?.querySelector('button')).toBeNull();
    expect(hint?.textContent).toContain('LATE · 已逾期');
  });

  it('keeps the items of findings that stay when another comes or goes', () => {
    const { root, setFindings } = mount([growth]);
    const kept = item(root, 'T2-YOY');
    setFindings([balance, growth]);
    expect(item(root, 'T2-BALANCE')).not.toBeNull();
    expect(item(root, 'T2-YOY')).toBe(kept);
    setFindings([growth]);
    expect(item(root, 'T2-BALANCE')).toBeNull();
    expect(item(root, 'T2-YOY')).toBe(kept);
  });
});
