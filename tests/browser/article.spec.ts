/**
 * From an event to its source: the excerpt shown in the detail panel is found, highlighted, in the
 * article the "read article" button opens.
 */
import { test, expect, openApp, loadEvents, drawnMarks, normalizeSpace, selectedEventInUrl, clickMark } from './helpers.ts';

test("the detail panel's excerpt is found, highlighted, in the article it came from", async ({ page }) => {
  await openApp(page, { lang: 'ar' });
  const file = await loadEvents(page);
  const bodies = new Map(file.articles.filter((a) => a.body).map((a) => [a.id, a.body!]));
  expect(bodies.size, 'the events file carries article bodies').toBeGreaterThan(0);

  // A single mark on screen whose event has an excerpt from an article with a body.
  const drawn = new Set((await drawnMarks(page)).filter((m) => !m.cluster).map((m) => m.id!));
  const event = file.events.find((e) => drawn.has(e.id) && e.excerpts.some((x) => bodies.has(x.article)));
  expect(event, 'an event drawn on its own with an excerpt from an article with a body').toBeDefined();

  await clickMark(page, event!.id);
  const panel = page.getByTestId('detail-panel');
  await expect(panel).toBeVisible();
  await expect.poll(() => selectedEventInUrl(page)).toBe(event!.id);

  // Read the excerpt off the panel: the event's excerpts whose opening words the panel shows
  // (the panel may shorten a long excerpt; the article must still hold all of it).
  const panelText = normalizeSpace(await panel.innerText());
  const shown = event!.excerpts.filter(
    (x) => bodies.has(x.article) && panelText.includes(normalizeSpace(x.text).slice(0, 40)),
  );
  expect(shown.length, `the panel shows an excerpt of ${event!.id}; panel text: ${panelText.slice(0, 200)}`).toBeGreaterThan(0);

  await panel.getByTestId('read-article').first().click();
  const reader = page.getByTestId('article-reader');
  await expect(reader).toBeVisible();
  const readerText = normalizeSpace(await reader.innerText());
  const excerpt = shown.find((x) => readerText.includes(normalizeSpace(x.text)));
  expect(excerpt, 'the article reader contains the excerpt the panel showed').toBeDefined();

  // The reader shows that article (its body, not some other), with the excerpt inside a <mark>.
  const body = normalizeSpace(bodies.get(excerpt!.article)!);
  expect(body.includes(normalizeSpace(excerpt!.text)), 'sanity: the excerpt is in its article body').toBe(true);
  const marks = (await reader.locator('mark').allInnerTexts()).map(normalizeSpace);
  expect(marks.length, 'the reader highlights something').toBeGreaterThan(0);
  expect(
    marks.some((m) => m.includes(normalizeSpace(excerpt!.text))),
    `a <mark> contains the excerpt "${excerpt!.text.slice(0, 60)}…"; marks: ${JSON.stringify(marks.map((m) => m.slice(0, 60)))}`,
  ).toBe(true);
  // The highlighted excerpt is scrolled into view for the reader.
  const hit = reader.locator('mark').filter({ hasText: normalizeSpace(excerpt!.text).slice(0, 40) }).first();
  await expect(hit).toBeInViewport();
});
