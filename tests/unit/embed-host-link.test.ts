import { describe, expect, test } from 'vitest';
import { eventFromHostUrl, linkKeyFor, parseLinkKey } from '../../src/embed/host-link.ts';

describe('eventFromHostUrl', () => {
  const key = 'timeline-event-en';
  test.for([
    { url: 'https://news.example/story?timeline-event-en=ev-1', key, expected: 'ev-1', why: 'query' },
    { url: 'https://news.example/story?page=2&timeline-event-en=ev-1#comments', key, expected: 'ev-1', why: 'among other parameters' },
    { url: 'https://news.example/story#timeline-event-en=ev-2', key, expected: 'ev-2', why: 'fragment' },
    { url: 'https://news.example/story?timeline-event-en=ev-1#timeline-event-en=ev-2', key, expected: 'ev-1', why: 'query wins over fragment' },
    { url: 'https://news.example/story?timeline-event=ev-1&timeline-event-ar=ev-2', key, expected: null, why: 'another embed’s key' },
    { url: 'https://news.example/story?timeline-event-ar=ev-2&timeline-event-en=ev-1', key, expected: 'ev-1', why: 'two embeds: only its own' },
    { url: 'https://news.example/story?timeline-event-en=ev-1', key: null, expected: null, why: 'no key given: reads nothing' },
    { url: 'https://news.example/story', key, expected: null, why: 'no link' },
    { url: 'https://news.example/story?timeline-event-en=%3Cb%3E', key, expected: null, why: 'id a link could not carry' },
    { url: 'not a url', key, expected: null, why: 'garbage' },
    { url: null, key, expected: null, why: 'no parent URL (not under pym)' },
    { url: '', key, expected: null, why: 'empty parent URL' },
  ])('$why', ({ url, key, expected }) => {
    expect(eventFromHostUrl(url, key)).toBe(expected);
  });
});

describe('link keys', () => {
  test.for([
    { id: 'timeline-1x9k2', expected: 'timeline-event-1x9k2' },
    { id: 'timeline-en', expected: 'timeline-event-en' },
    { id: 'story-map', expected: 'timeline-event-story-map' },
  ])('container $id → $expected', ({ id, expected }) => {
    expect(linkKeyFor(id)).toBe(expected);
  });

  test.for([
    { raw: 'timeline-event-en', expected: 'timeline-event-en' },
    { raw: null, expected: null },
    { raw: '', expected: null },
    { raw: 'a b', expected: null },
    { raw: 'x'.repeat(65), expected: null },
  ])('?link=$raw → $expected', ({ raw, expected }) => {
    expect(parseLinkKey(raw)).toBe(expected);
  });
});
