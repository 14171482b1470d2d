import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, DATABASE_NAME, ShiftwellDatabase } from './database';
import { WARM_UP_DATABASE_NAME, warmUpDatabase } from './warm-up';
import { endDatabaseWarmUp } from './warm-up-done';

/** Resolve once every request the warm-up made has been answered (fake-indexeddb answers on timers). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

function databaseOn(factory: IDBFactory, targetVersion?: number): ShiftwellDatabase {
  return new ShiftwellDatabase({
    indexedDB: factory,
    IDBKeyRange,
    ...(targetVersion === undefined ? {} : { targetVersion }),
  });
}

/** Delete the database; resolves to whether anything held it open (a `blocked` event). */
function deleteDatabase(factory: IDBFactory): Promise<boolean> {
  return new Promise((resolve, reject) => {
    let wasBlocked = false;
    const request = factory.deleteDatabase(DATABASE_NAME);
    request.onblocked = () => {
      wasBlocked = true;
    };
    request.onsuccess = () => resolve(wasBlocked);
    request.onerror = () => reject(request.error ?? new Error('delete failed'));
  });
}

/** Where the app says it is done with the warm-up (the window, in the app). */
let events = new EventTarget();

afterEach(() => {
  endDatabaseWarmUp(events);
  events = new EventTarget();
});

describe('database warm-up at start', () => {
  it('opens the database the app uses', () => {
    expect(WARM_UP_DATABASE_NAME).toBe(DATABASE_NAME);
  });

  it('never creates the database on a fresh install, so Dexie still creates it with its schema', async () => {
    const factory = new IDBFactory();
    warmUpDatabase(factory, events);
    await settle();
    expect((await factory.databases()).map((database) => database.name)).toEqual([]);

    const db = databaseOn(factory);
    let populated = false;
    db.on('populate', () => {
      populated = true;
    });
    await db.open();
    expect(populated).toBe(true);
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await db.organisation.count()).toBe(0);
    db.close();
  });

  it('lets the app open and read an existing database, then lets go of it', async () => {
    const factory = new IDBFactory();
    const existing = databaseOn(factory);
    await existing.organisation.add({ id: 'org', name: 'Northwind', createdAt: 1, idleLockMinutes: 5 });
    existing.close();

    warmUpDatabase(factory, events);
    await settle();
    const app = databaseOn(factory);
    expect((await app.organisation.get('org'))?.name).toBe('Northwind');
    app.close();
    endDatabaseWarmUp(events);
    expect(await deleteDatabase(factory)).toBe(false);
  });

  it('steps aside for a schema upgrade instead of blocking it', async () => {
    const factory = new IDBFactory();
    const older = databaseOn(factory, CURRENT_SCHEMA_VERSION - 1);
    await older.open();
    older.close();

    warmUpDatabase(factory, events);
    await settle();
    const upgraded = databaseOn(factory);
    await upgraded.open();
    expect(upgraded.verno).toBe(CURRENT_SCHEMA_VERSION);
    upgraded.close();
    // It closed itself for the upgrade: nothing holds the database any more.
    expect(await deleteDatabase(factory)).toBe(false);
  });

  it('closes on its own when the app is done before the database has opened', async () => {
    const factory = new IDBFactory();
    databaseOn(factory).close();
    await databaseOn(factory)
      .open()
      .then((db) => db.close());
    warmUpDatabase(factory, events);
    endDatabaseWarmUp(events);
    await settle();
    expect(await deleteDatabase(factory)).toBe(false);
  });
});
