import { describe, expect, it, vi } from 'vitest';
import { useFreshDatabase } from '../../test/database';
import { openDatabase } from './roster.repo';

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
});
