import { describe, expect, it } from 'vitest';
import { compareVersions, isPackVersion } from './compare-versions';

describe('compareVersions', () => {
  it('orders by major, then minor, then patch', () => {
    expect(compareVersions('1.0.0', '2.0.0')).toBe(-1);
    expect(compareVersions('2.0.0', '1.9.9')).toBe(1);
    expect(compareVersions('1.2.0', '1.1.9')).toBe(1);
    expect(compareVersions('1.1.1', '1.1.2')).toBe(-1);
    expect(compareVersions('3.4.5', '3.4.5')).toBe(0);
  });

  it('compares parts as numbers, not text', () => {
    expect(compareVersions('1.10.0', '1.9.0')).toBe(1);
    expect(compareVersions('1.0.10', '1.0.2')).toBe(1);
    expect(compareVersions('10.0.0', '9.99.99')).toBe(1);
  });

  it('treats leading zeros as the same number', () => {
    expect(compareVersions('01.0.0', '1.0.0')).toBe(0);
    expect(compareVersions('1.00.1', '1.0.1')).toBe(0);
  });

  it('compares parts longer than a safe integer exactly', () => {
    expect(compareVersions('1.0.90071992547409931', '1.0.90071992547409930')).toBe(1);
  });

  it('refuses strings that are not x.y.z versions', () => {
    expect(() => compareVersions('1.0', '1.0.0')).toThrow(RangeError);
    expect(() => compareVersions('1.0.0', 'v1.0.0')).toThrow(RangeError);
    expect(() => compareVersions('1.0.0-beta', '1.0.0')).toThrow(RangeError);
  });
});

describe('isPackVersion', () => {
  it('accepts x.y.z and nothing else', () => {
    expect(isPackVersion('1.0.0')).toBe(true);
    expect(isPackVersion('12.3.45')).toBe(true);
    expect(isPackVersion('1.0')).toBe(false);
    expect(isPackVersion(' 1.0.0')).toBe(false);
    expect(isPackVersion('1.0.0\n')).toBe(false);
  });
});
