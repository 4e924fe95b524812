// Enterprise figures are confidential: the page runs under a strict CSP, and hostile text typed
// by a user renders as text, never as markup or script.
import { test, expect } from './support/fixtures';
import { App } from './support/app';

const XSS = `<img src=x onerror="window.__pwned=1">"'><script>window.__pwned=2</script>`;

test('the page declares a strict Content-Security-Policy', async ({ page }) => {
  await page.goto('./');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("connect-src 'self'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-eval');
  expect(csp).not.toMatch(/https?:\/\//);
});

test('XSS payloads typed into text fields render as text', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const app = new App(page);
  await app.open();
  await app.createEnterprise(XSS);
  await app.openReturn('annual:2020');
  await app.fill('T1.B04.value', XSS);
  await app.fill('T2.F01.thisYear', XSS); // text in a number cell
  await app.saved();
  await page.getByRole('link', { name: '企业列表' }).click();
  await expect(page.getByRole('link', { name: XSS })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(dialogs).toEqual([]);
});
