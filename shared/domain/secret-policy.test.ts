import { describe, expect, it } from 'vitest';
import { checkSecret } from './secret-policy';

describe('checkSecret', () => {
  it('accepts a six-digit PIN that is not a run', () => {
    expect(checkSecret('pin', '482916')).toEqual([]);
  });

  it('refuses PINs shorter than six digits', () => {
    expect(checkSecret('pin', '48291')).toEqual(['pin-too-short']);
  });

  it('refuses PINs with anything but digits', () => {
    expect(checkSecret('pin', '48a916')).toEqual(['pin-not-digits']);
  });

  it.each(['000000', '123456', '987654', '1111111'])('refuses the guessable PIN %s', (pin) => {
    expect(checkSecret('pin', pin)).toEqual(['pin-too-simple']);
  });

  it('refuses PINs longer than twelve digits', () => {
    expect(checkSecret('pin', '4829164829164')).toEqual(['pin-too-long']);
  });

  it('accepts a passphrase of ten or more varied characters', () => {
    expect(checkSecret('passphrase', 'blue kettle morning')).toEqual([]);
  });

  it('refuses short or repetitive passphrases', () => {
    expect(checkSecret('passphrase', 'short one')).toEqual(['passphrase-too-short']);
    expect(checkSecret('passphrase', 'aaaaabbbbbaaaa')).toEqual(['passphrase-too-simple']);
  });
});
