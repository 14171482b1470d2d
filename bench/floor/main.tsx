/**
 * The cold-start floor (bench/README.md, measure 2): the app's first screen on a set-up workstation, the real
 * roster (`RosterScreen`, its CSS, React and i18next), rendered from constants with no database code and
 * nothing read. It marks interactive when the roster says its names are on screen, as the app does.
 *
 * What the app takes beyond this is what its database and the rest of its code cost at start; what this takes
 * beyond the hello world is the screen itself. The roster's database imports are replaced by the stubs beside
 * this file when the benchmark builds it (`buildFloor` in bench/run.mjs), which checks no database code is left.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { markInteractive } from '../../renderer/src/app/interactive';
import { RosterScreen } from '../../renderer/src/features/profiles/RosterScreen';
import { initI18n } from '../../renderer/src/i18n';
import { detectPlatform, PlatformContext } from '../../renderer/src/platform';
import '../../renderer/src/ui/base.css';
// The roster's styles: in the app they come with the sign-in form the stub replaces.
import '../../renderer/src/features/profiles/profiles.css';

initI18n();

const FIRST = ['Aisha', 'Ben', 'Chiara', 'Dmitri', 'Elena', 'Farid', 'Grace', 'Hugo'];
const LAST = ['Brennan', 'Dubois', 'Eriksen', 'Haddad', 'Jensen', 'Kowalski', 'Mensah', 'Okafor'];

/** A first page like the seeded centre's: 24 of 501 names, with their teams. */
const FIRST_PAGE = {
  entries: Array.from({ length: 24 }, (_, index) => ({
    personId: `floor-${String(index)}`,
    displayName: `${FIRST[index % FIRST.length] ?? ''} ${LAST[(index * 3) % LAST.length] ?? ''} ${String(100 + index * 13)}`,
    role: 'employee' as const,
    teamName: `Team ${String((index % 35) + 1)}`,
    secretKind: 'pin' as const,
    isDisabled: false,
  })),
  total: 501,
  matching: 501,
};

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element');
createRoot(container).render(
  <StrictMode>
    <PlatformContext value={detectPlatform()}>
      <RosterScreen
        organisationName="Harbour Contact Centre"
        firstPage={FIRST_PAGE}
        onShown={markInteractive}
        onSignedIn={() => undefined}
      />
    </PlatformContext>
  </StrictMode>,
);
