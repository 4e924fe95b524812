// The schema guard (tldraw's tested migrations, Actual's schema guard): the database this code
// opens is compared with the committed schema.snapshot.json. Removing or changing a table, primary
// key or index fails: browsers in the field hold data in that shape, and Dexie would silently drop
// it. Adding is fine, but only with a version bump and an updated snapshot, so every schema change
// shows up in review. To update the snapshot after an additive change and a version bump, run:
//   UPDATE_SCHEMA_SNAPSHOT=1 npx vitest run src/storage/schema.test.ts
//   npx prettier --write src/storage/schema.snapshot.json
import 'fake-indexeddb/auto';
import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSIONS } from './migrations';
import type { SoftStatDb } from './schema';
import { CURRENT_SCHEMA_VERSION, SCHEMA } from './schema';
import { closeTestDbs, openTestDb } from './testing/testDb';

interface TableShape {
  primaryKey: string;
  indexes: string[];
}
type Shape = Record<string, TableShape>;

interface Snapshot {
  version: number;
  tables: Shape;
  /** The stores of every published version, which must never change. */
  history: Record<string, Record<string, string | null>>;
}

const SNAPSHOT_URL = new URL('./schema.snapshot.json', import.meta.url);
const HOW_TO_UPDATE =
  'UPDATE_SCHEMA_SNAPSHOT=1 npx vitest run src/storage/schema.test.ts && ' +
  'npx prettier --write src/storage/schema.snapshot.json';

/** The schema of the opened database as IndexedDB holds it (not the constants: what really ran). */
async function shapeOf(db: SoftStatDb): Promise<Shape> {
  await db.open();
  const shape: Shape = {};
  for (const t of [...db.tables].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    shape[t.name] = {
      primaryKey: t.schema.primKey.src,
      indexes: t.schema.indexes.map((i) => i.src).sort(),
    };
  }
  return shape;
}

/** What `current` removed or changed relative to `snapshot`: must be empty. */
export function nonAdditiveChanges(snapshot: Shape, current: Shape): string[] {
  const problems: string[] = [];
  for (const [name, old] of Object.entries(snapshot)) {
    const now = current[name];
    if (!now) {
      problems.push(`table "${name}" was removed`);
      continue;
    }
    if (now.primaryKey !== old.primaryKey) {
      problems.push(`primary key of "${name}" changed from "${old.primaryKey}" to "${now.primaryKey}"`);
    }
    for (const index of old.indexes) {
      if (!now.indexes.includes(index)) problems.push(`index "${index}" of "${name}" was removed or changed`);
    }
  }
  return problems;
}

const readSnapshot = (): Snapshot => JSON.parse(readFileSync(SNAPSHOT_URL, 'utf8')) as Snapshot;

afterEach(closeTestDbs);

describe('schema guard', () => {
  it('finds removed tables, changed primary keys and removed or changed indexes', () => {
    const before: Shape = {
      a: { primaryKey: 'id', indexes: ['x', '[x+y]'] },
      b: { primaryKey: '++id', indexes: [] },
      c: { primaryKey: 'key', indexes: [] },
    };
    const after: Shape = {
      a: { primaryKey: 'id', indexes: ['x', '[x+z]', 'new'] },
      b: { primaryKey: 'id', indexes: [] },
      d: { primaryKey: 'id', indexes: [] },
    };
    expect(nonAdditiveChanges(before, after)).toEqual([
      'index "[x+y]" of "a" was removed or changed',
      'primary key of "b" changed from "++id" to "id"',
      'table "c" was removed',
    ]);
    expect(nonAdditiveChanges(before, { ...before, e: { primaryKey: 'id', indexes: [] } })).toEqual([]);
  });

  it('the database only grows compared with the committed snapshot, and the snapshot is up to date', async () => {
    const current = await shapeOf(openTestDb());
    const snapshot = readSnapshot();
    const history = Object.fromEntries(SCHEMA_VERSIONS.map((v) => [String(v.version), v.stores]));

    expect(
      nonAdditiveChanges(snapshot.tables, current),
      'Non-additive schema change. Stored data would be lost: keep the old tables and indexes, ' +
        'add new ones in a new version (migrations.ts) with a tested row upgrade.',
    ).toEqual([]);
    for (const [version, stores] of Object.entries(snapshot.history)) {
      expect(history[version], `published schema version ${version} was edited; append a new one`).toEqual(
        stores,
      );
    }

    const changed = JSON.stringify(current) !== JSON.stringify(snapshot.tables);
    if (process.env.UPDATE_SCHEMA_SNAPSHOT && (changed || snapshot.version !== CURRENT_SCHEMA_VERSION)) {
      expect(CURRENT_SCHEMA_VERSION, 'a schema change needs a new version number').toBeGreaterThan(
        snapshot.version,
      );
      const next: Snapshot = { version: CURRENT_SCHEMA_VERSION, tables: current, history };
      writeFileSync(SNAPSHOT_URL, `${JSON.stringify(next, null, 2)}\n`);
      return;
    }
    expect(
      current,
      `The schema grew: bump the version and update the snapshot with: ${HOW_TO_UPDATE}`,
    ).toEqual(snapshot.tables);
    expect(snapshot.version, `Snapshot is of another version; run: ${HOW_TO_UPDATE}`).toBe(
      CURRENT_SCHEMA_VERSION,
    );
    expect(snapshot.history, `Snapshot history is out of date; run: ${HOW_TO_UPDATE}`).toEqual(history);
  });

  it('the current version is the last of the history, with its stores', async () => {
    const last = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1];
    expect(last?.version).toBe(CURRENT_SCHEMA_VERSION);
    expect(last?.stores).toBe(SCHEMA);
    const db = openTestDb();
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual(Object.keys(SCHEMA).sort());
  });

  it('published versions are frozen objects', () => {
    for (const v of SCHEMA_VERSIONS) expect(Object.isFrozen(v.stores), `version ${v.version}`).toBe(true);
  });
});
