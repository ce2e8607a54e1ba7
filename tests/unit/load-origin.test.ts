import { describe, expect, test } from 'vitest';
import { resolveDataUrl } from '../../src/lib/load.ts';

const PAGE = 'https://tl.example/syria/index.html?data=x';

describe('resolveDataUrl: ?data= is read only from the page’s own origin', () => {
  test.for([
    { raw: null, expected: { url: 'https://tl.example/syria/events.json', sameOrigin: true }, why: 'default file beside the app' },
    { raw: './ours.json', expected: { url: 'https://tl.example/syria/ours.json', sameOrigin: true }, why: 'relative' },
    { raw: '/data/ours.json', expected: { url: 'https://tl.example/data/ours.json', sameOrigin: true }, why: 'root-relative' },
    { raw: 'https://tl.example/other/x.json', expected: { url: 'https://tl.example/other/x.json', sameOrigin: true }, why: 'absolute, same origin' },
    { raw: 'https://evil.example/x.json', expected: { url: 'https://evil.example/x.json', sameOrigin: false }, why: 'another site' },
    { raw: '//evil.example/x.json', expected: { url: 'https://evil.example/x.json', sameOrigin: false }, why: 'protocol-relative' },
    { raw: 'http://tl.example/x.json', expected: { url: 'http://tl.example/x.json', sameOrigin: false }, why: 'same host, other scheme' },
    { raw: 'https://tl.example:8443/x.json', expected: { url: 'https://tl.example:8443/x.json', sameOrigin: false }, why: 'same host, other port' },
    { raw: 'data:application/json,{}', expected: { url: 'data:application/json,{}', sameOrigin: false }, why: 'a data: URL' },
    { raw: 'http://[', expected: { url: 'http://[', sameOrigin: false }, why: 'not a URL' },
  ])('$why', ({ raw, expected }) => {
    expect(resolveDataUrl(raw, PAGE)).toEqual(expected);
  });
});
