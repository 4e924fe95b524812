// Vite plugin for the single-file build: scripts there are inline, which the page's CSP
// (script-src 'self') would block. Instead of loosening the policy to 'unsafe-inline', it adds the
// SHA-256 of each inline script to script-src, so only exactly these scripts can run.
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;

/** Adds 'sha256-…' sources for every inline script to the CSP meta tag of an HTML text. */
export function addInlineScriptHashes(html: string): string {
  const hashes = [...html.matchAll(INLINE_SCRIPT)].map(
    (m) =>
      `'sha256-${createHash('sha256')
        .update(m[1] ?? '', 'utf8')
        .digest('base64')}'`,
  );
  if (hashes.length === 0) return html;
  return html.replace(/script-src 'self'/, `script-src 'self' ${hashes.join(' ')}`);
}

export function cspInlineHashes(): Plugin {
  return {
    name: 'csp-inline-hashes',
    enforce: 'post',
    // After vite-plugin-singlefile, which inlines the scripts in its own post-ordered generateBundle.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type === 'asset' && file.fileName.endsWith('.html') && typeof file.source === 'string') {
            file.source = addInlineScriptHashes(file.source);
          }
        }
      },
    },
  };
}
