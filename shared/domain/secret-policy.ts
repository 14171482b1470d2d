/**
 * Rules for the secrets people sign in with: a numeric PIN or a passphrase.
 *
 * The rules are deliberately short: at least six digits for a PIN (issue requirement), no runs that anyone
 * would guess first, and passphrases long enough to be worth typing.
 */

/** How a person proves who they are at the roster. */
export type SecretKind = 'pin' | 'passphrase';

/** Fewest digits in a PIN. */
export const PIN_MIN_LENGTH = 6;
/** Most digits in a PIN. */
export const PIN_MAX_LENGTH = 12;
/** Fewest characters in a passphrase. */
export const PASSPHRASE_MIN_LENGTH = 10;
/** Most characters in a passphrase. */
export const PASSPHRASE_MAX_LENGTH = 128;

/** Why a proposed secret was refused; each maps to an i18n key `secret.problem.<code>`. */
export type SecretProblem =
  | 'pin-not-digits'
  | 'pin-too-short'
  | 'pin-too-long'
  | 'pin-too-simple'
  | 'passphrase-too-short'
  | 'passphrase-too-long'
  | 'passphrase-too-simple';

function isRepeatedOrSequential(pin: string): boolean {
  if (/^(\d)\1+$/.test(pin)) return true;
  const digits = Array.from(pin, Number);
  const steps = new Set(digits.slice(1).map((digit, index) => digit - (digits[index] ?? 0)));
  return steps.size === 1 && (steps.has(1) || steps.has(-1));
}

/** Check a proposed secret and return every rule it breaks (an empty list means it is acceptable). */
export function checkSecret(kind: SecretKind, secret: string): readonly SecretProblem[] {
  if (kind === 'pin') {
    if (!/^\d*$/.test(secret)) return ['pin-not-digits'];
    if (secret.length < PIN_MIN_LENGTH) return ['pin-too-short'];
    if (secret.length > PIN_MAX_LENGTH) return ['pin-too-long'];
    return isRepeatedOrSequential(secret) ? ['pin-too-simple'] : [];
  }
  const length = Array.from(secret).length;
  if (length < PASSPHRASE_MIN_LENGTH) return ['passphrase-too-short'];
  if (length > PASSPHRASE_MAX_LENGTH) return ['passphrase-too-long'];
  return new Set(secret.toLowerCase()).size < 4 ? ['passphrase-too-simple'] : [];
}
