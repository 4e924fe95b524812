// The lock file may not hold a release on the committed deny-list (security/deny-list.json): the
// audit endpoint is unreachable here, so known advisories are checked against the lock instead.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface Entry {
  name: string;
  fixedIn: string[];
  advisories: string[];
}

/** Numeric compare of dotted versions (pre-release suffixes sort before the release). */
export function versionBelow(version: string, fixedIn: string): boolean {
  const parse = (v: string) => {
    const [core = '', pre] = v.split('-', 2);
    return { nums: core.split('.').map((n) => Number.parseInt(n, 10) || 0), pre: pre !== undefined };
  };
  const a = parse(version);
  const b = parse(fixedIn);
  for (let i = 0; i < 3; i++) {
    const d = (a.nums[i] ?? 0) - (b.nums[i] ?? 0);
    if (d !== 0) return d < 0;
  }
  return a.pre && !b.pre;
}

/** Denied when below the fix of its own major line, or below every fix when its line has none. */
export function denied(version: string, fixedIn: readonly string[]): boolean {
  const major = version.split('.')[0];
  const sameLine = fixedIn.find((f) => f.split('.')[0] === major);
  if (sameLine !== undefined) return versionBelow(version, sameLine);
  return fixedIn.every((f) => versionBelow(version, f));
}

/** Every package in a lock file as [name, version]. */
function lockedPackages(lock: { packages: Record<string, { version?: string }> }): [string, string][] {
  return Object.entries(lock.packages)
    .filter(([path, info]) => path !== '' && info.version !== undefined)
    .map(([path, info]) => [
      path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length),
      info.version ?? '',
    ]);
}

const deny: { entries: Entry[] } = JSON.parse(readFileSync('security/deny-list.json', 'utf8'));
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));

describe('dependency deny-list', () => {
  it('compares versions', () => {
    expect(versionBelow('0.18.5', '0.20.2')).toBe(true);
    expect(versionBelow('0.20.3', '0.20.2')).toBe(false);
    expect(versionBelow('0.20.2', '0.20.2')).toBe(false);
    expect(versionBelow('0.20.2-rc.1', '0.20.2')).toBe(true);
    expect(versionBelow('10.0.0', '9.9.9')).toBe(false);
    expect(denied('6.3.0', ['5.7.2', '6.3.1', '7.5.2'])).toBe(true);
    expect(denied('6.3.2', ['5.7.2', '6.3.1', '7.5.2'])).toBe(false);
    expect(denied('4.0.0', ['5.7.2', '6.3.1'])).toBe(true);
    expect(denied('8.0.0', ['5.7.2', '6.3.1'])).toBe(false);
  });

  it('finds a denied release in a lock file', () => {
    const fake = { packages: { '': {}, 'node_modules/xlsx': { version: '0.18.5' } } };
    const hits = lockedPackages(fake).filter(([n, v]) =>
      deny.entries.some((e) => e.name === n && denied(v, e.fixedIn)),
    );
    expect(hits).toEqual([['xlsx', '0.18.5']]);
  });

  it('package-lock.json holds no denied release', () => {
    const hits = lockedPackages(lock).flatMap(([name, version]) =>
      deny.entries
        .filter((e) => e.name === name && denied(version, e.fixedIn))
        .map((e) => `${name}@${version} (${e.advisories.join('; ')})`),
    );
    expect(hits).toEqual([]);
  });

  it('pins every direct dependency exactly', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    for (const deps of [pkg.dependencies, pkg.devDependencies]) {
      for (const [name, range] of Object.entries(deps as Record<string, string>)) {
        expect(range, name).toMatch(/^\d+\.\d+\.\d+$/);
      }
    }
  });
});
