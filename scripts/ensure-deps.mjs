// Runs before `npm start`, `npm test` and `npm run bench`, in plain Node, before node_modules may exist.
// 1. Installs npm packages from the lock (npm ci) when node_modules is missing or does not match it.
//    The comparison is by content (package-lock.json vs node_modules/.package-lock.json), not time.
// 2. With --browser: installs Debian's chromium and a Chinese font with apt-get when missing, so the
//    end-to-end tests and benchmarks run on a fresh machine (npx playwright install cannot work here).
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const run = (cmd) => execSync(cmd, { stdio: 'inherit' });

function lockPackages(path) {
  try {
    const lock = JSON.parse(readFileSync(path, 'utf8'));
    const out = {};
    for (const [name, info] of Object.entries(lock.packages ?? {})) {
      if (name === '' || info.extraneous) continue;
      out[name] = info.version ?? info.resolved ?? '';
    }
    return out;
  } catch {
    return null;
  }
}

function nodeModulesMatchLock() {
  const wanted = lockPackages('package-lock.json');
  const have = lockPackages('node_modules/.package-lock.json');
  if (!wanted || !have) return false;
  for (const [name, version] of Object.entries(wanted)) {
    // Optional packages for other platforms are never installed: only compare what npm placed.
    if (have[name] === undefined) {
      const info = JSON.parse(readFileSync('package-lock.json', 'utf8')).packages[name];
      if (info?.optional) continue;
      return false;
    }
    if (have[name] !== version) return false;
  }
  return true;
}

if (!nodeModulesMatchLock()) {
  console.log('[ensure-deps] node_modules missing or out of date: npm ci');
  run('npm ci --no-audit --no-fund');
}

if (process.argv.includes('--browser')) {
  const needChromium = !existsSync('/usr/bin/chromium');
  let needFont = false;
  try {
    needFont = execSync('fc-list :lang=zh 2>/dev/null || true', { encoding: 'utf8' }).trim() === '';
  } catch {
    needFont = true;
  }
  if (needChromium || needFont) {
    const packages = [needChromium ? 'chromium' : '', needFont ? 'fonts-wqy-microhei' : ''].filter(Boolean);
    console.log(`[ensure-deps] installing with apt-get: ${packages.join(' ')}`);
    const sudo = process.getuid && process.getuid() !== 0 ? 'sudo ' : '';
    run(`${sudo}apt-get update -qq`);
    run(
      `DEBIAN_FRONTEND=noninteractive ${sudo}apt-get install -y -qq --no-install-recommends ${packages.join(' ')}`,
    );
  }
}
