// The test fixture every spec uses: it records every request the page makes and fails the test on
// any request to another origin (enterprise figures are confidential: nothing may leave).
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ foreignRequests: string[] }>({
  foreignRequests: [
    async ({ context, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://localhost').origin;
      const foreign: string[] = [];
      const record = (url: string) => {
        // Local, not network: inline data, object URLs, and the single-file build opened from disk.
        if (/^(data|blob|about|file|chrome-extension):/.test(url)) return;
        if (new URL(url).origin !== origin) foreign.push(url);
      };
      // Context-wide, so requests of workers and every page of the test are included.
      context.on('request', (req) => record(req.url()));
      context.on('page', (p) => p.on('websocket', (ws) => record(ws.url())));
      await use(foreign);
      expect(foreign, 'requests to other origins').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
