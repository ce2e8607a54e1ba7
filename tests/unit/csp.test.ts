import { describe, expect, it } from 'vitest';
import { CSP } from '../../vite.config.ts';

const directives = new Map(CSP.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]));

describe('the Content-Security-Policy the app ships', () => {
  const cases: [directive: string, value: string][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'"],
    ['style-src', "'self'"],
    ['connect-src', "'self'"],
    // These two do not fall back to default-src, so they must be named.
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
    ['frame-ancestors', '*'],
  ];
  for (const [directive, value] of cases) it(`${directive} ${value}`, () => expect(directives.get(directive)).toBe(value));

  it('allows no inline script or style and no eval', () => {
    expect(CSP).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
  });
});
