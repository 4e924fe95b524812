import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CURRENT_SCHEMA_VERSION, SCHEMA } from './schema';
import { closeTestDbs, openTestDb, uniqueName } from './testing/testDb';

afterEach(closeTestDbs);

describe('openDatabase', () => {
  it('opens the named database at the current schema', async () => {
    const name = uniqueName('open');
    const db = openTestDb(name);
    await db.open();
    expect(db.isOpen()).toBe(true);
    expect(db.name).toBe(name);
    expect(await db.enterprises.count()).toBe(0);
  });

  it('when another tab upgrades, closes for good and tells the UI, so the upgrade is not blocked', async () => {
    const name = uniqueName('vc');
    const onVersionChange = vi.fn();
    const db = openTestDb(name, { onVersionChange });
    await db.enterprises.count(); // opened
    const newer = new Dexie(name);
    newer.version(CURRENT_SCHEMA_VERSION + 1).stores({ ...SCHEMA, extra: 'id' });
    await newer.open(); // would wait forever (blocked) if the old connection stayed open
    expect(onVersionChange).toHaveBeenCalledTimes(1);
    expect(db.isOpen()).toBe(false);
    await expect(db.enterprises.count()).rejects.toThrow(/closed/i);
    newer.close();
  });

  it('also gives way when another tab deletes the database', async () => {
    const name = uniqueName('delete');
    const onVersionChange = vi.fn();
    const db = openTestDb(name, { onVersionChange });
    await db.settings.put({ key: 'k', value: 1 });
    await Dexie.delete(name);
    expect(onVersionChange).toHaveBeenCalledTimes(1);
    // Not silently recreated empty by this connection.
    expect(await Dexie.exists(name)).toBe(false);
  });
});
