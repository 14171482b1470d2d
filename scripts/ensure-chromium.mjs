// Checks that the browser the end-to-end tests drive is installed, and says exactly how to get it if not.
// Playwright's own browser download cannot work offline, so the tests use Debian's Chromium.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const path = process.env.SHIFTWELL_CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(path)) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log(`Chromium is missing at ${path}; installing Debian's chromium package…`);
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } else {
    console.error(
      `The end-to-end tests need Chromium at ${path}.\n` +
        `On Debian/Ubuntu run:  sudo apt-get update && sudo apt-get install -y chromium\n` +
        `Or point SHIFTWELL_CHROMIUM at another Chromium binary.`,
    );
    process.exit(1);
  }
}
