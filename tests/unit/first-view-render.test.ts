import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderFirstView } from '../../src/first-view/render.ts';
import type { EventsFile } from '../../src/lib/types.ts';

const SAMPLE: EventsFile = JSON.parse(readFileSync(new URL('../fixtures/sample-events.json', import.meta.url), 'utf8'));

/** The sample file with its first event's titles replaced by markup. */
function withMarkup(markup: string): EventsFile {
  const [first, ...rest] = SAMPLE.events;
  return { ...SAMPLE, events: [{ ...first!, title: { en: markup, ar: markup } }, ...rest] };
}

describe('the first view rendered at build time', () => {
  for (const lang of ['en', 'ar'] as const) {
    it(`(${lang}) is an inert template in the reader's language and direction, with the events' marks`, () => {
      const html = renderFirstView(SAMPLE, lang);
      expect(html).toMatch(new RegExp(`^<template data-first-view="${lang}"><div class="first-view" lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}" inert>`));
      expect(html).toContain('data-testid="timeline"');
      expect(html).toMatch(/data-(event-id|cluster-ids)="/);
    });
  }

  it('writes event text as text, never as markup', () => {
    const html = renderFirstView(withMarkup('<img src=x onerror=alert(1)>'), 'en');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)>');
  });

  it('does not modify the file it is given', () => {
    const file = structuredClone(SAMPLE);
    renderFirstView(file, 'ar');
    expect(file).toEqual(SAMPLE);
  });
});
