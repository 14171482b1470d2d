import { describe, expect, it } from 'vitest';
import { decidePermission } from './permissions';

describe('decidePermission', () => {
  it('grants persistent storage to the app origin, given as an origin or a page URL', () => {
    expect(decidePermission({ permission: 'persistent-storage', origin: 'app://shiftwell' })).toBe(true);
    expect(decidePermission({ permission: 'persistent-storage', origin: 'app://shiftwell/index.html' })).toBe(
      true,
    );
  });

  it.each(['https://example.org', 'app://evil', 'app://shiftwell:81', 'file:///', '', 'null'])(
    'denies persistent storage to %s',
    (origin) => {
      expect(decidePermission({ permission: 'persistent-storage', origin })).toBe(false);
    },
  );

  it.each([
    'media',
    'notifications',
    'geolocation',
    'clipboard-read',
    'display-capture',
    'openExternal',
    'fullscreen',
    'hid',
    'usb',
    'serial',
    'midiSysex',
    'fileSystem',
    'unknown',
  ])('denies %s even to the app origin', (permission) => {
    expect(decidePermission({ permission, origin: 'app://shiftwell' })).toBe(false);
  });
});
