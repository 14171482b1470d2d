/** English strings, one JSON file per area, merged into one namespace (top-level keys never overlap). */
import app from './app.json';
import backup from './backup.json';
import checkIns from './check-ins.json';
import coaching from './coaching.json';
import people from './people.json';
import recognition from './recognition.json';
import settings from './settings.json';
import signIn from './sign-in.json';
import training from './training.json';

/** All English strings. */
export const en = {
  ...app,
  ...signIn,
  ...people,
  ...settings,
  ...training,
  ...checkIns,
  ...recognition,
  ...coaching,
  ...backup,
};
