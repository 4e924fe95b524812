// Page model of the app: what a user does, in the user's words, so specs read as stories and
// selectors live in one place.
import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { readFileSync } from 'node:fs';

/** A sample return's cells from e2e/fixtures (kept equal to core's samples by a unit test). */
export function fixtureCells(name: 'clean-annual' | 'clean-monthly-03'): Record<string, string> {
  return JSON.parse(readFileSync(new URL(`../fixtures/${name}.json`, import.meta.url), 'utf8')) as Record<
    string,
    string
  >;
}

export class App {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('./');
    await expect(this.page.getByRole('heading', { name: '企业', exact: true })).toBeVisible();
  }

  /** Creates an enterprise from the home page and lands on its returns page. */
  async createEnterprise(name: string, uscc = ''): Promise<void> {
    await this.page.getByRole('button', { name: '新建企业' }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel('单位详细名称').fill(name);
    if (uscc) await dialog.getByLabel('统一社会信用代码（可不填）').fill(uscc);
    await dialog.getByRole('button', { name: '创建' }).click();
    await expect(this.page.getByRole('heading', { name: `${name} 的报表` })).toBeVisible();
  }

  /** Opens a return from the returns page ("annual:2020", "monthly:2021-03"). */
  async openReturn(slot: string): Promise<void> {
    await this.page.locator(`tr[data-return="${slot}"]`).getByRole('link').click();
    await expect(this.page.locator('[data-save-state]')).toBeVisible();
  }

  tab(tableId: string): Locator {
    return this.page.locator(`[role="tab"][data-table="${tableId}"]`);
  }

  cell(ref: string): Locator {
    return this.page.locator(`[data-cell="${ref}"]`);
  }

  /** Types into a cell, switching to its table's tab first. */
  async fill(ref: string, text: string): Promise<void> {
    await this.showTable(ref.split('.')[0] ?? '');
    const cell = this.cell(ref);
    const tag = await cell.evaluate((el) => el.tagName);
    if (tag === 'SELECT') await cell.selectOption(text);
    else await cell.fill(text);
  }

  /** Fills many cells ({ref: raw}), table by table. */
  async fillAll(cells: Record<string, string>): Promise<void> {
    const byTable = new Map<string, [string, string][]>();
    for (const [ref, raw] of Object.entries(cells)) {
      const table = ref.split('.')[0] ?? '';
      byTable.set(table, [...(byTable.get(table) ?? []), [ref, raw]]);
    }
    for (const [table, list] of byTable) {
      await this.showTable(table);
      for (const [ref, raw] of list) await this.fill(ref, raw);
    }
  }

  async showTable(tableId: string): Promise<void> {
    const tab = this.tab(tableId);
    if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
  }

  /** Waits until every edit is stored. */
  async saved(): Promise<void> {
    await expect(this.page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');
  }

  status(): Locator {
    return this.page.locator('.editor-head .badge');
  }

  finding(ruleId: string): Locator {
    return this.page.locator(`.finding[data-rule="${ruleId}"]`);
  }
}
