/**
 * The page's first script: index.html loads it `async`, on its own, ahead of the app's entry (see the
 * `earlyDatabaseOpen` plugin in vite.config.ts). It only starts opening the database's storage
 * (db/warm-up.ts), so keep it free of any other import: everything it imports is fetched before it runs.
 */
import { warmUpDatabase } from './db/warm-up';

warmUpDatabase();
