import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderFirstView } from '../../src/first-view/render.ts';
import { t } from '../../src/lib/i18n.ts';
import type { EventsFile } from '../../src/lib/types.ts';

const SAMPLE: EventsFile = JSON.parse(readFileSync(new URL('../fixtures/sample-events.json', import.meta.url), 'utf8'));

/** The sample file with its first event's titles replaced by markup. */
function withMarkup(markup: string): EventsFile {
  const [first, ...rest] = SAMPLE.events;
  return { ...SAMPLE, events: [{ ...first!, title: { en: markup, ar: markup } }, ...rest] };
}

describe('the first view rendered at build time', () => {
  for (const lang of ['en', 'ar'] as const) {
    it(`(${lang}) is an inert template in the reader's language, with the events' marks`, () => {
      const html = renderFirstView(SAMPLE, lang, 'page');
      expect(html).toMatch(new RegExp(`^<template data-first-view="${lang}"><div class="first-view" inert>`));
      expect(html).toContain(`>${t(lang, 'appTitle')}</h1>`);
      expect(html).toContain('data-testid="timeline"');
      expect(html).toMatch(/data-(event-id|cluster-ids)="/);
    });

    it(`(${lang}) of the embed is the embed's view: its own key, its compact header, no page header`, () => {
      const html = renderFirstView(SAMPLE, lang, 'embed');
      expect(html).toMatch(new RegExp(`^<template data-first-view="embed-${lang}"><div class="first-view" inert>`));
      expect(html).toContain('class="app embed"');
      expect(html).toContain('data-testid="embed-open-full"');
      expect(html).not.toContain('app-header');
      expect(html).toMatch(/data-(event-id|cluster-ids)="/);
    });
  }

  it('draws no inline style, which the page\'s Content-Security-Policy refuses', () => {
    for (const kind of ['page', 'embed'] as const) expect(renderFirstView(SAMPLE, 'en', kind)).not.toMatch(/\sstyle="/);
  });

  it('writes event text as text, never as markup', () => {
    const html = renderFirstView(withMarkup('<img src=x onerror=alert(1)>'), 'en', 'page');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)>');
  });

  it("keeps Svelte's hydration markers, which the page walks to take it over, and a title that looks like a comment stays text", () => {
    const html = renderFirstView(withMarkup('<!-- talks -->'), 'en', 'page');
    expect(html).toContain('<div class="first-view" inert><!--[-->');
    expect(html).toContain('&lt;!-- talks -->');
  });

  it('does not modify the file it is given', () => {
    const file = structuredClone(SAMPLE);
    renderFirstView(file, 'ar', 'page');
    renderFirstView(file, 'ar', 'embed');
    expect(file).toEqual(SAMPLE);
  });
});
