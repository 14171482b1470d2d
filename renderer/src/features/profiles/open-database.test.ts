import { describe, expect, it, vi } from 'vitest';
import { CURRENT_SCHEMA_VERSION, DATABASE_NAME, getDatabase, useDatabaseInstance } from '../../db';
import { askInstalledSchemaVersionAtStart } from '../../db/installed';
import { useFreshDatabase } from '../../test/database';
import { setUpOrganisation } from './organisation.repo';
import { openDatabase, openForStartScreen } from './roster.repo';

describe('opening the database at start', () => {
  it('says when this open created the database (a fresh install), and only then', async () => {
    const db = useFreshDatabase();
    const onCreated = vi.fn();
    await openDatabase({ onCreated });
    expect(onCreated).toHaveBeenCalledTimes(1);

    db.close();
    const again = vi.fn();
    await openDatabase({ onCreated: again });
    expect(again).not.toHaveBeenCalled();
    expect(db.isOpen()).toBe(true);
  });

  it('at first start, says once that this is a fresh install, and creates the database with the whole schema', async () => {
    const previous = useDatabaseInstance(null);
    try {
      const onCreated = vi.fn();
      await openDatabase({ onCreated });
      expect(onCreated).toHaveBeenCalledTimes(1);
      const db = getDatabase();
      expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
      expect(await db.organisation.count()).toBe(0);
      db.close();

      // The next start finds it there: nothing is said, and the same schema opens.
      useDatabaseInstance(null);
      const again = vi.fn();
      await openDatabase({ onCreated: again });
      expect(again).not.toHaveBeenCalled();
      expect(getDatabase().verno).toBe(CURRENT_SCHEMA_VERSION);
      getDatabase().close();
    } finally {
      await new Promise((resolve) => {
        indexedDB.deleteDatabase(DATABASE_NAME).onsuccess = resolve;
      });
      useDatabaseInstance(previous);
    }
  });

  it('on a fresh install, answers the first screen (nothing set up) before the tables are made', async () => {
    const previous = useDatabaseInstance(null);
    try {
      const onCreated = vi.fn();
      const { opened, start } = openForStartScreen({ rosterLimit: 24, onCreated });
      const first = await Promise.race([
        start.then(() => 'first screen'),
        opened.then(() => 'database open'),
      ]);
      expect(first).toBe('first screen');
      expect(await start).toEqual({ organisation: null, roster: null });
      expect(onCreated).toHaveBeenCalledTimes(1);

      // The open goes on; the setup screen's write waits for it.
      const setUp = await setUpOrganisation({
        organisationName: 'Northwind Contact Centre',
        adminName: 'Ada Admin',
        secretKind: 'pin',
        secret: '480917',
      });
      expect(setUp.ok).toBe(true);
      await opened;
      getDatabase().close();

      // The next start reads the organisation and the roster.
      useDatabaseInstance(null);
      const next = openForStartScreen({ rosterLimit: 24 });
      const screen = await next.start;
      expect(screen.organisation?.name).toBe('Northwind Contact Centre');
      expect(screen.roster?.entries.map((entry) => entry.displayName)).toEqual(['Ada Admin']);
      getDatabase().close();
    } finally {
      await new Promise((resolve) => {
        indexedDB.deleteDatabase(DATABASE_NAME).onsuccess = resolve;
      });
      useDatabaseInstance(previous);
    }
  });

  it('uses the answer the entry asked for at start, and asks the browser again only on a later open', async () => {
    const previous = useDatabaseInstance(null);
    const databases = vi.spyOn(indexedDB, 'databases');
    try {
      const onCreated = vi.fn();
      void askInstalledSchemaVersionAtStart();
      await openDatabase({ onCreated });
      expect(databases).toHaveBeenCalledTimes(1);
      expect(onCreated).toHaveBeenCalledTimes(1);
      getDatabase().close();

      useDatabaseInstance(null);
      await openDatabase();
      expect(databases).toHaveBeenCalledTimes(2);
      getDatabase().close();
    } finally {
      databases.mockRestore();
      await new Promise((resolve) => {
        indexedDB.deleteDatabase(DATABASE_NAME).onsuccess = resolve;
      });
      useDatabaseInstance(previous);
    }
  });
});
