/**
 * Narrowing the timeline: search forgives Arabic spelling (Egyptian final ya, alef forms, ta
 * marbuta), type filters hide events and update the counts a person reads (the line above the
 * timeline and each lane's), and a filter that leaves nothing says so on the timeline, with the way back.
 */
import type { Page } from '@playwright/test';
import { t } from '../../src/lib/i18n.ts';
import { DEFAULT_TYPES, type EventsFile, type TimelineEvent } from '../../src/lib/types.ts';
import { foldArabic } from '../../src/lib/arabic.ts';
import { test, expect, openApp, loadEvents, drawnIds, settle, numbersIn, toggleType, fullRange, plotBox, normalizeSpace, TIMELINE } from './helpers.ts';

async function search(page: Page, text: string): Promise<void> {
  const box = page.getByTestId('search');
  await box.click();
  await box.fill('');
  await box.pressSequentially(text, { delay: 20 });
}

/**
 * Waits for the drawn marks to stop changing after typing, then returns the ids drawn. Search may be
 * debounced, so the first wait samples more slowly: a pause between keystrokes is not the end.
 */
async function settledIds(page: Page): Promise<Set<string>> {
  await settle(page, TIMELINE, 8_000, 250);
  await settle(page);
  return drawnIds(page);
}

/** Everything a search could reasonably look in for an event, folded. */
function searchableText(file: EventsFile, e: TimelineEvent): string {
  const names = [...e.actors.map((a) => file.actors[a]), ...e.places.map((p) => file.places[p])].flatMap((g) =>
    g ? [g.ar, g.en, ...(g.variants ?? [])] : [],
  );
  return foldArabic([e.title.ar, e.title.en, ...names, ...e.excerpts.map((x) => x.text)].join(' \n '));
}

test('searching كيرى (Egyptian spelling) narrows the marks to events with Kerry', async ({ page }) => {
  await openApp(page, { lang: 'ar' });
  const file = await loadEvents(page);
  // The file's whole range, so stragglers the first view leaves at its edges are drawn too.
  await openApp(page, { lang: 'ar', ...fullRange(file) });
  const kerryKey = Object.entries(file.actors).find(([, g]) => /kerry/i.test(g.en))?.[0];
  expect(kerryKey, 'the gazetteer has Kerry').toBeDefined();
  const withKerry = file.events.filter((e) => DEFAULT_TYPES.includes(e.type) && e.actors.includes(kerryKey!)).map((e) => e.id);
  expect(withKerry.length, 'some events have Kerry as an actor').toBeGreaterThan(0);
  expect(withKerry.length, 'not every event has Kerry (else the search cannot narrow)').toBeLessThan(file.events.length);

  await search(page, 'كيرى');
  const shown = await settledIds(page);
  expect(shown.size, 'the marks shrink').toBeLessThan(file.events.length);
  const missing = withKerry.filter((id) => !shown.has(id));
  expect(missing, 'every event with Kerry stays on the timeline').toEqual([]);
  // Anything else shown must at least mention Kerry in its text, under one of his spellings.
  const kerry = file.actors[kerryKey!]!;
  const spellings = ['كيري', 'kerry', ...(kerry.variants ?? [])].map(foldArabic);
  const unrelated = [...shown].filter((id) => {
    const e = file.events.find((x) => x.id === id)!;
    const text = searchableText(file, e);
    return !e.actors.includes(kerryKey!) && !spellings.some((s) => text.includes(s));
  });
  expect(unrelated, 'events shown that have nothing to do with Kerry').toEqual([]);
  await expect.poll(() => new URL(page.url()).searchParams.get('q'), 'the search is in the URL').toBe('كيرى');

  // Clearing the search brings everything back.
  await search(page, '');
  expect((await settledIds(page)).size).toBe(file.events.filter((e) => DEFAULT_TYPES.includes(e.type)).length);
});

test('search folds alef forms and ta marbuta: variant spellings find the same events', async ({ page }) => {
  await openApp(page, { lang: 'ar' });
  const file = await loadEvents(page);

  // A word from an Arabic title that has a hamza-alef or a ta marbuta, the rarer the better.
  const counts = new Map<string, number>();
  for (const e of file.events) {
    for (const w of new Set(e.title.ar.split(/[\s،,.:()«»"'–-]+/))) {
      if (w.length >= 4 && /[أإآة]/.test(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  const candidates = [...counts].sort((a, b) => a[1] - b[1]);
  expect(candidates.length, 'an Arabic title word with أ/إ/آ or ة').toBeGreaterThan(0);
  const byAlef = candidates.find(([w]) => /[أإآ]/.test(w))?.[0];
  const byTa = candidates.find(([w]) => /ة/.test(w))?.[0];

  for (const word of [byAlef, byTa].filter((w): w is string => !!w)) {
    const variant = word.replace(/[أإآ]/g, 'ا').replace(/ة/g, 'ه');
    expect(variant).not.toBe(word);
    const titled = file.events.filter((e) => e.title.ar.includes(word)).map((e) => e.id);

    await search(page, word);
    const asWritten = await settledIds(page);
    await search(page, variant);
    const asVariant = await settledIds(page);

    expect(asWritten.size, `"${word}" finds something`).toBeGreaterThan(0);
    expect(titled.filter((id) => !asVariant.has(id)), `"${variant}" finds the events titled with "${word}"`).toEqual([]);
    expect([...asVariant].sort(), `"${variant}" finds the same events as "${word}"`).toEqual([...asWritten].sort());
  }

  // And a word that is nowhere leaves no marks: the search really filters.
  await search(page, 'زززقققxyz');
  expect((await settledIds(page)).size, 'nonsense query shows no events').toBe(0);
});

test('type filters narrow the marks and the count text follows', async ({ page }) => {
  await openApp(page, { lang: 'en' });
  const file = await loadEvents(page);
  await openApp(page, { lang: 'en', ...fullRange(file) });
  const total = file.events.length;
  // Calls and statements are off until asked for: the marks start with the default types.
  const shown = file.events.filter((e) => DEFAULT_TYPES.includes(e.type));
  const count = page.getByTestId('event-count');
  await expect(count).toBeVisible();
  expect(numbersIn(await count.innerText()), 'count text shows the total').toContain(total);

  // Hide the most common type that is not the only type.
  const perType = DEFAULT_TYPES.map((t) => ({ t, n: shown.filter((e) => e.type === t).length }))
    .filter((x) => x.n > 0 && x.n < shown.length)
    .sort((a, b) => b.n - a.n);
  expect(perType.length, 'the file has at least two event types').toBeGreaterThan(0);
  const hidden = perType[0]!.t;
  const remaining = shown.filter((e) => e.type !== hidden).map((e) => e.id).sort();

  const box = page.getByTestId(`filter-type-${hidden}`);
  await expect(box).toBeChecked();
  await toggleType(page, hidden);
  await expect(box).not.toBeChecked();
  expect([...(await settledIds(page))].sort(), `marks without type ${hidden}`).toEqual(remaining);
  await expect.poll(async () => numbersIn(await count.innerText()), 'count text shows the narrowed number').toContain(remaining.length);
  await expect
    .poll(() => new URL(page.url()).searchParams.get('types')?.split(',').sort().join(), 'the URL lists the types shown')
    .toBe(DEFAULT_TYPES.filter((t) => t !== hidden).sort().join());

  // Hide a second type too, then bring both back.
  const second = perType.find((x) => x.t !== hidden)?.t;
  if (second) {
    await toggleType(page, second);
    const left = shown.filter((e) => e.type !== hidden && e.type !== second).map((e) => e.id).sort();
    expect([...(await settledIds(page))].sort(), `marks without ${hidden} or ${second}`).toEqual(left);
    await expect.poll(async () => numbersIn(await count.innerText())).toContain(left.length);
    await toggleType(page, second);
  }
  await toggleType(page, hidden);
  await expect(box).toBeChecked();
  expect((await settledIds(page)).size, 'all default-type events back').toBe(shown.length);
  await expect.poll(async () => numbersIn(await count.innerText())).toContain(shown.length);
});

for (const lang of ['en', 'ar'] as const) {
  test(`a filter that matches nothing says so on the timeline, and Clear filters brings the events back (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await openApp(page, { lang });
    const before = await settledIds(page);
    const note = page.getByTestId('no-matches');
    await expect(note).toHaveCount(0);

    await search(page, 'زززقققxyz');
    await expect(note, 'an empty timeline says why').toBeVisible();
    await expect(note).toContainText(t(lang, 'noEvents'));
    const box = (await note.locator('p').boundingBox())!;
    const plot = await plotBox(page);
    expect(box.y > plot.y && box.y + box.height < plot.y + plot.height, 'over the plot, in view').toBe(true);

    await note.getByRole('button', { name: t(lang, 'clearFilters') }).click();
    await expect(note).toHaveCount(0);
    await expect(page.getByTestId('search')).toHaveValue('');
    expect(await settledIds(page), 'every event shown before is back').toEqual(before);

    // Unticking every type empties it too.
    for (const type of DEFAULT_TYPES) await toggleType(page, type);
    await expect(note).toBeVisible();
  });
}

test('each lane’s count is the number of its events the filters let through', async ({ page }) => {
  await openApp(page, { lang: 'en' });
  const file = await loadEvents(page);
  await openApp(page, { lang: 'en', ...fullRange(file) });
  const types = new Map(file.events.map((e) => [e.id, e.type]));
  /** Lane name → the count its caption gives, and → the events drawn in it (single or in a cluster). */
  const lanes = async () => {
    const captions = await page.locator(`${TIMELINE} .caption`).allTextContents();
    const drawn = [...(await settledIds(page))].map((id) => types.get(id));
    return captions.map((text) => {
      const [name, n] = normalizeSpace(text).split(' · ');
      const type = DEFAULT_TYPES.find((x) => t('en', `type.${x}`) === name)!;
      return { type, caption: Number(n), drawn: drawn.filter((x) => x === type).length };
    });
  };
  for (const lane of await lanes()) expect(lane.caption, `${lane.type}: every event, unfiltered`).toBe(lane.drawn);

  // A place filter, ticked as a person would: the place named by the fewest shown events.
  const perPlace = Object.keys(file.places)
    .map((place) => ({ place, n: file.events.filter((e) => DEFAULT_TYPES.includes(e.type) && e.places.includes(place)).length }))
    .filter((p) => p.n > 0)
    .sort((a, b) => a.n - b.n);
  const places = page.getByTestId('filter-places');
  await places.locator('summary').click();
  await places.getByRole('checkbox', { name: new RegExp(`^${file.places[perPlace[0]!.place]!.en}\\b`) }).check();
  await page.keyboard.press('Escape');
  const filtered = await lanes();
  expect(filtered.reduce((n, l) => n + l.caption, 0), 'the filter narrowed the lanes').toBeLessThan(file.events.filter((e) => DEFAULT_TYPES.includes(e.type)).length);
  for (const lane of filtered) expect(lane.caption, `${lane.type}: the events that pass the place filter`).toBe(lane.drawn);
});
