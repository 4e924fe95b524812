// @vitest-environment jsdom
// The help pages render from the edition data: every rule once, the filter and search narrow the
// table, and the workflow shows the edition's deadlines and scope criteria.
import { render } from 'solid-js/web';
import { afterEach, describe, expect, it } from 'vitest';
import { editionIds, getEdition, scopeRuleSets } from '../../core';
import { RulesPage } from './RulesPage';
import { WorkflowPage } from './WorkflowPage';

let dispose: (() => void) | undefined;
afterEach(() => {
  dispose?.();
  dispose = undefined;
  document.body.innerHTML = '';
});

function mount(page: () => unknown): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  dispose = render(page as () => never, root);
  return root;
}

const ruleIds = (root: HTMLElement) =>
  [...root.querySelectorAll('tr[data-rule]')].map((r) => r.getAttribute('data-rule'));

describe('RulesPage', () => {
  it('lists every rule of every edition once, grouped by family', () => {
    const root = mount(() => <RulesPage />);
    const all = editionIds.flatMap((id) => getEdition(id).rules.map((r) => r.id));
    expect([...ruleIds(root)].sort()).toEqual([...all].sort());
    const edition = getEdition('2020');
    const balance = root.querySelector('tr[data-rule="T2-BALANCE"]');
    expect(balance?.textContent).toContain(edition.rules.find((r) => r.id === 'T2-BALANCE')?.check);
    expect(balance?.closest('table')?.querySelector('caption')?.textContent).toBe('财务指标（软统企2表）');
    expect(root.querySelector('tr[data-rule="A-LATE"] .badge')?.textContent).toBe('提示');
  });

  it('filters by severity and by search words', () => {
    const root = mount(() => <RulesPage />);
    const select = root.querySelector<HTMLSelectElement>('[data-testid="rules-severity"]');
    const search = root.querySelector<HTMLInputElement>('[data-testid="rules-search"]');
    if (!select || !search) throw new Error('filter controls missing');
    select.value = 'hint';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(ruleIds(root)).toEqual(['B-USCC-REGION', 'A-LATE', 'M-LATE']);
    select.value = 'all';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    search.value = 'Y20 工资';
    search.dispatchEvent(new InputEvent('input', { bubbles: true }));
    expect(ruleIds(root)).toEqual(expect.arrayContaining(['T3-STAFF-ZERO', 'T3-WAGE', 'X-WAGE-PAYABLE']));
    expect(ruleIds(root)).not.toContain('F-REQ');
    search.value = 'no such rule at all';
    search.dispatchEvent(new InputEvent('input', { bubbles: true }));
    expect(ruleIds(root)).toEqual([]);
    expect(root.textContent).toContain('没有符合条件的规则。');
  });
});

describe('WorkflowPage', () => {
  it('shows the five steps, the deadlines of the edition and its scope criteria', () => {
    const root = mount(() => <WorkflowPage />);
    expect(root.querySelectorAll('.help-steps > li')).toHaveLength(5);
    const text = root.textContent ?? '';
    expect(text).toContain('2021/03/20 18:00');
    expect(text).toContain('2021/03/15 18:00');
    expect(text).toContain('2021/03/31 23:59');
    expect(text).toContain('次月 15 日前报送上月数据');
    const edition = getEdition('2020');
    expect(root.querySelectorAll(`[data-edition="2020"] [data-criterion]`)).toHaveLength(
      scopeRuleSets[edition.scopeRuleSet].length,
    );
    expect(text).toContain('主营业务收入（F11）≥ 1000 万元');
  });
});
