import { describe, expect, test } from 'vitest';
import { isAllowedOrigin, parseAllowedOrigins, pymXdomain, replyTargets } from '../../src/embed/origins.ts';

describe('parseAllowedOrigins', () => {
  test.for([
    { raw: null, expected: null, why: 'no parameter: anyone' },
    { raw: 'https://news.example', expected: ['https://news.example'], why: 'one origin' },
    { raw: 'https://news.example/', expected: ['https://news.example'], why: 'trailing slash' },
    { raw: 'https://news.example/world/story.html', expected: ['https://news.example'], why: 'a page URL counts as its origin' },
    { raw: 'https://a.example, https://b.example:8443', expected: ['https://a.example', 'https://b.example:8443'], why: 'comma list with port' },
    { raw: 'https://a.example https://a.example', expected: ['https://a.example'], why: 'space list, duplicates merged' },
    { raw: 'HTTPS://News.Example', expected: ['https://news.example'], why: 'case folded as browsers do' },
    { raw: 'news.example', expected: [], why: 'not a URL: nobody' },
    { raw: 'javascript:alert(1), https://a.example', expected: ['https://a.example'], why: 'non-http entries dropped' },
    { raw: '', expected: [], why: 'empty parameter: nobody, not everybody' },
  ])('$why', ({ raw, expected }) => {
    expect(parseAllowedOrigins(raw)).toEqual(expected);
  });
});

describe('isAllowedOrigin', () => {
  const allowed = ['https://news.example'];
  test.for([
    { origin: 'https://news.example', allowed, expected: true },
    { origin: 'http://news.example', allowed, expected: false },
    { origin: 'https://news.example:444', allowed, expected: false },
    { origin: 'https://evil-news.example', allowed, expected: false },
    { origin: 'https://news.example.evil.test', allowed, expected: false },
    { origin: 'null', allowed, expected: false },
    { origin: 'https://anything.test', allowed: null, expected: true },
    { origin: 'https://news.example', allowed: [], expected: false },
  ])('$origin against $allowed → $expected', ({ origin, allowed, expected }) => {
    expect(isAllowedOrigin(origin, allowed)).toBe(expected);
  });
});

describe('replyTargets', () => {
  const ab = ['https://a.example', 'https://b.example'];
  test.for([
    { allowed: null, parent: 'https://x.test', expected: ['*'], why: 'no restriction' },
    { allowed: null, parent: null, expected: ['*'], why: 'no restriction, parent unknown' },
    { allowed: ab, parent: 'https://b.example', expected: ['https://b.example'], why: 'known, allowed parent' },
    { allowed: ab, parent: 'https://x.test', expected: [], why: 'known, disallowed parent: nothing is sent' },
    { allowed: ab, parent: null, expected: ab, why: 'unknown parent: each allowed origin' },
    { allowed: [], parent: null, expected: [], why: 'nobody allowed' },
  ])('$why', ({ allowed, parent, expected }) => {
    expect(replyTargets(allowed, parent)).toEqual(expected);
  });
});

describe('pymXdomain applies the same rule the way pym tests it', () => {
  const pymAccepts = (xdomain: string, origin: string) => xdomain === '*' || origin.match(new RegExp(xdomain + '$')) !== null;
  test.for([
    { allowed: null, origin: 'https://x.test', expected: true },
    { allowed: ['https://a.example'], origin: 'https://a.example', expected: true },
    { allowed: ['https://a.example'], origin: 'https://aXexample', expected: false },
    { allowed: ['https://a.example'], origin: 'https://evil.test/https://a.example', expected: false },
    { allowed: ['https://a.example'], origin: 'https://b.a.example', expected: false },
    { allowed: ['https://a.example', 'http://127.0.0.1:9000'], origin: 'http://127.0.0.1:9000', expected: true },
    { allowed: ['https://a.example', 'http://127.0.0.1:9000'], origin: 'http://127.0.0.1:90001', expected: false },
    { allowed: [], origin: 'https://a.example', expected: false },
  ])('$allowed admits $origin: $expected', ({ allowed, origin, expected }) => {
    expect(pymAccepts(pymXdomain(allowed), origin)).toBe(expected);
  });
});
