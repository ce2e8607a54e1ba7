import { describe, expect, test } from 'vitest';
import { eventFromHostUrl } from '../../src/embed/host-link.ts';

describe('eventFromHostUrl', () => {
  test.for([
    { url: 'https://news.example/story?timeline-event=ev-1', expected: 'ev-1', why: 'query' },
    { url: 'https://news.example/story?page=2&timeline-event=ev-1#comments', expected: 'ev-1', why: 'among other parameters' },
    { url: 'https://news.example/story#timeline-event=ev-2', expected: 'ev-2', why: 'fragment' },
    { url: 'https://news.example/story?timeline-event=ev-1#timeline-event=ev-2', expected: 'ev-1', why: 'query wins over fragment' },
    { url: 'https://news.example/story', expected: null, why: 'no link' },
    { url: 'https://news.example/story?timeline-event=%3Cb%3E', expected: null, why: 'id a link could not carry' },
    { url: 'not a url', expected: null, why: 'garbage' },
    { url: null, expected: null, why: 'no parent URL (not under pym)' },
    { url: '', expected: null, why: 'empty parent URL' },
  ])('$why', ({ url, expected }) => {
    expect(eventFromHostUrl(url)).toBe(expected);
  });
});
