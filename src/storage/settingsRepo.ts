// Small app preferences (language, last workspace …) as key → JSON-able value.
import type { RepoContext } from './context';

export function settingsRepo(ctx: RepoContext) {
  const { db } = ctx;
  return {
    /** The stored value, or undefined when the key was never set. The caller checks its shape. */
    async getSetting(key: string): Promise<unknown> {
      return (await db.settings.get(key))?.value;
    },

    /** Stores a JSON-able value (it goes into backups as it is). */
    async setSetting(key: string, value: unknown): Promise<void> {
      await ctx.write([db.settings], () => db.settings.put({ key, value }));
    },
  };
}
