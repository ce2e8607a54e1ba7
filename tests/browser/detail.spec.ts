/**
 * What assistive technology is told about the detail panel: its name stays the event's title while
 * the article reader replaces its content, and an article without a headline is named by its opening
 * words (Arabic, announced as such, never its file id), as a real (Arabic) title is.
 */
import type { Page } from '@playwright/test';
import { test, expect, openApp, loadEvents } from './helpers.ts';

/** The language an element is read in: its nearest `lang` attribute. */
const langOf = (el: Element) => el.closest('[lang]')?.getAttribute('lang') ?? null;

const sourceIn = (page: Page, i: number) => page.getByTestId('detail-panel').locator(`[data-excerpt="${i}"]`);

for (const kind of ['stand-in', 'real'] as const) {
  test(`the panel keeps its name in the reader; a ${kind} article title is read as Arabic`, async ({ page }) => {
    await openApp(page, { lang: 'en' });
    const file = await loadEvents(page);
    const titled = new Set(file.articles.filter((a) => a.title).map((a) => a.id));
    const wanted = (article: string) => titled.has(article) === (kind === 'real');
    const event = file.events.find((e) => e.excerpts.some((x) => wanted(x.article)));
    expect(event, `an event with an excerpt from an article with a ${kind} title`).toBeDefined();
    const i = event!.excerpts.findIndex((x) => wanted(x.article));
    const expectedLang = 'ar';

    await openApp(page, { lang: 'en', event: event!.id });
    const panel = page.getByRole('complementary', { name: event!.title.en });
    await expect(panel).toBeVisible();
    const cite = sourceIn(page, i).locator('cite');
    if (kind === 'stand-in') {
      const body = file.articles.find((a) => a.id === event!.excerpts[i]!.article)!.body!;
      await expect(cite).toHaveText(/^«.+»$/);
      expect(body.trim().startsWith((await cite.innerText()).slice(1, 20)), 'the opening words of the article').toBe(true);
      await expect(cite).not.toContainText(event!.excerpts[i]!.article);
    }
    expect(await cite.evaluate(langOf), 'the title in the sources list').toBe(expectedLang);

    await sourceIn(page, i).getByTestId('read-article').click();
    const reader = page.getByTestId('article-reader');
    await expect(reader).toBeVisible();
    await expect(panel, 'the panel is still named by the event while the reader shows').toBeVisible();
    expect(await reader.getByRole('heading', { level: 3 }).evaluate(langOf), "the reader's title").toBe(expectedLang);
  });
}
