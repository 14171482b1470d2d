/**
 * Ordering of content-pack versions (`major.minor.patch`), so a higher version can replace the installed one.
 */

const VERSION = /^(\d+)\.(\d+)\.(\d+)$/;

/** Whether a string is a pack version of the form `1.0.0` (three dot-separated whole numbers). */
export function isPackVersion(value: string): boolean {
  return VERSION.test(value);
}

/**
 * Compares two pack versions numerically, part by part: -1 if `a` is lower, 1 if higher, 0 if equal.
 *
 * `1.10.0` is higher than `1.9.0`, and `01.0.0` equals `1.0.0`. Parts of any length compare exactly. Both
 * arguments must be pack versions (the manifest schema guarantees it); anything else is a programming error
 * and throws a RangeError.
 */
export function compareVersions(a: string, b: string): -1 | 0 | 1 {
  const left = versionParts(a);
  const right = versionParts(b);
  for (let index = 0; index < 3; index += 1) {
    const order = compareWholeNumbers(left[index] ?? '0', right[index] ?? '0');
    if (order !== 0) return order;
  }
  return 0;
}

function versionParts(version: string): readonly string[] {
  const match = VERSION.exec(version);
  if (!match) throw new RangeError(`Not a pack version (expected x.y.z): ${JSON.stringify(version)}`);
  return match.slice(1);
}

/** Compares strings of decimal digits as numbers, without the precision limits of Number. */
function compareWholeNumbers(a: string, b: string): -1 | 0 | 1 {
  const left = a.replace(/^0+(?=\d)/, '');
  const right = b.replace(/^0+(?=\d)/, '');
  if (left.length !== right.length) return left.length < right.length ? -1 : 1;
  if (left === right) return 0;
  return left < right ? -1 : 1;
}
