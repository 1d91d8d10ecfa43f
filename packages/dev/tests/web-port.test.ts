import { LocalCloudError } from '@lantern/local-cloud/early';
import { describe, expect, it } from 'vitest';
import { webOrigins, webPortCandidates } from '../src/web-port.js';

describe('the web app port of pnpm dev', () => {
  it('is exactly LANTERN_WEB_PORT when set, else Vite’s default and the ports after it', () => {
    expect(webPortCandidates('5200')).toEqual([5200]);
    const candidates = webPortCandidates(undefined);
    expect(candidates[0]).toBe(5173);
    expect(candidates.every((port, i) => port === 5173 + i)).toBe(true);
  });

  it('refuses a LANTERN_WEB_PORT that is not a port, saying what it should be', () => {
    for (const wrong of ['abc', '0', '70000', '51.5']) {
      expect(() => webPortCandidates(wrong)).toThrow(LocalCloudError);
      expect(() => webPortCandidates(wrong)).toThrow(/port number \(1-65535\)/);
    }
  });

  it('allows the app’s origin by both names of this machine', () => {
    expect(webOrigins(5174)).toEqual(['http://localhost:5174', 'http://127.0.0.1:5174']);
  });
});
