/**
 * The contract's newer parts as a reader meets them, on the hand-made sample (served from the test's
 * own route, so the shipped build carries no fixture): calls and statements off until ticked, every
 * status drawn and worded, an event's history and disputed dates, the hour, an editor's translation,
 * the English line and name glosses under Arabic excerpts, and English search by common spellings.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { t } from '../../src/lib/i18n.ts';
import { EVENT_STATUSES, UNREALISED_STATUSES, type EventsFile } from '../../src/lib/types.ts';
import { test, expect, openApp, seriousAxeViolations, toggleType } from './helpers.ts';

const SAMPLE: EventsFile = JSON.parse(readFileSync(new URL('../fixtures/sample-events.json', import.meta.url), 'utf8'));
const DATA = 'contract-sample.json';

/** Serves `file` at ./contract-sample.json on the app's own origin (the only origin `?data=` may use). */
async function serve(page: Page, file: EventsFile = SAMPLE): Promise<void> {
  await page.route(`**/${DATA}`, (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(file) }));
}

/** The sample with seven meetings given the seven statuses, and one with an hour: a gallery of what can be drawn. */
function gallery(): EventsFile {
  const file: EventsFile = structuredClone(SAMPLE);
  const meetings = file.events.filter((e) => e.type === 'meeting');
  EVENT_STATUSES.forEach((status, i) => (meetings[i].status = status));
  meetings[0].date = { ...meetings[0].date, time: '19:00' };
  return file;
}

test('calls and statements are off by default, counted, and get their lanes when ticked', async ({ page }) => {
  await serve(page);
  await openApp(page, { data: DATA, lang: 'en' });
  const plot = page.getByTestId('timeline');
  for (const type of ['call', 'statement'] as const) {
    const box = page.getByTestId(`filter-type-${type}`);
    await expect(box).not.toBeChecked();
    await expect(page.locator('label', { has: box })).toContainText(`${t('en', `type.${type}`)} (1)`);
    await expect(plot.locator('.caption', { hasText: t('en', `type.${type}`) })).toHaveCount(0);
  }
  const shown = SAMPLE.events.filter((e) => e.type !== 'call' && e.type !== 'statement').length;
  await expect(page.getByTestId('event-count')).toHaveText(`Showing ${shown} of ${SAMPLE.events.length} events`);
  await expect(page.getByRole('button', { name: t('en', 'clearFilters') }), 'the default filters are not "a filter"').toHaveCount(0);

  await toggleType(page, 'call');
  await expect(plot.locator('.caption', { hasText: `${t('en', 'type.call')} · 1` })).toBeVisible();
  await expect(plot.locator('[data-event-id="2015-12-15-call-gerasimov-dunford"], [data-cluster-ids~="2015-12-15-call-gerasimov-dunford"]')).toHaveCount(1);
  await expect(page.getByTestId('event-count')).toHaveText(`Showing ${shown + 1} of ${SAMPLE.events.length} events`);
  expect(new URL(page.url()).searchParams.get('types')).toContain('call');

  await page.getByTestId('search').fill('Gerasimov');
  await expect(page.locator('label', { has: page.getByTestId('filter-type-meeting') }), 'counts follow the search').toContainText('(0)');
  await expect(page.locator('label', { has: page.getByTestId('filter-type-call') })).toContainText('(1)');
});

for (const lang of ['en', 'ar'] as const) {
  test(`every status is worded and drawn its own way (${lang})`, async ({ page }) => {
    await serve(page, gallery());
    await openApp(page, { data: DATA, lang, layout: 'list' }, { scope: 'body' });
    const glyphs = new Map<string, string>();
    for (const status of EVENT_STATUSES) {
      const row = page.locator('[data-testid="event-list"] li', { hasText: t(lang, `status.${status}`) }).first();
      await expect(row, `a list row says "${t(lang, `status.${status}`)}"`).toBeVisible();
      const drawn = await row.locator('svg').evaluate((svg) => {
        const shape = svg.querySelector('.shape')!;
        return { html: svg.innerHTML.replace(/<!---->/g, ''), fill: getComputedStyle(shape).fill, bg: getComputedStyle(document.body).backgroundColor };
      });
      expect(drawn.fill === drawn.bg, `${status} is hollow`).toBe(UNREALISED_STATUSES.includes(status));
      glyphs.set(status, drawn.html);
    }
    // held and reached are both "it happened": same glyph. Every other status differs from all others.
    const distinct = new Set([...glyphs].filter(([s]) => s !== 'reached').map(([, h]) => h));
    expect(distinct.size).toBe(EVENT_STATUSES.length - 1);
    const legend = page.getByTestId('legend');
    for (const status of UNREALISED_STATUSES) await expect(legend.locator(`li[data-status="${status}"]`)).toBeVisible();
  });
}

test('the detail and the list tell how an event unfolded, where sources disagree, and the hour', async ({ page }) => {
  await serve(page, gallery());
  const geneva = '2016-08-26-meeting-geneva-kerry-lavrov';
  const mechanism = '2016-08-26-agreement-violations-mechanism';
  await openApp(page, { data: DATA, lang: 'en', event: geneva });
  await expect(page.getByTestId('history')).toHaveText('announced 24 August · held 26 August');
  await openApp(page, { data: DATA, lang: 'en', event: mechanism });
  await expect(page.getByTestId('other-dates')).toContainText('one source says 27 August 2016');

  await openApp(page, { data: DATA, lang: 'ar', event: geneva, layout: 'list' }, { scope: 'body' });
  await expect(page.getByTestId('history')).toHaveText('أُعلن 24 أغسطس · جرى 26 أغسطس');
  const list = page.getByTestId('event-list');
  await expect(list.locator(`[data-event-id="${geneva}"]`)).toContainText('أُعلن 24 أغسطس');
  await expect(list.locator(`[data-event-id="${mechanism}"]`)).toContainText('مصدر واحد يذكر 27 أغسطس 2016');
  await expect(list.locator('button', { hasText: 'الساعة 19:00' })).toHaveCount(1);

  await page.getByRole('button', { name: 'English' }).click();
  await list.locator('button', { hasText: ', 19:00' }).click();
  await expect(page.getByTestId('detail-date')).toContainText(', 19:00');
});

test('an editor’s translation is shown as a translation, in English, beside the Arabic', async ({ page }) => {
  await serve(page);
  await openApp(page, { data: DATA, lang: 'ar', types: 'statement', event: '2016-08-23-statement-toner-briefing' });
  const translation = page.getByTestId('excerpt-translation');
  await expect(translation).toContainText(`${t('ar', 'translation')}:`);
  await expect(translation).toContainText('Mark Toner told the daily briefing');
  await expect(translation).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('detail-panel').locator('blockquote[lang="ar"]')).toContainText('تونر');
});

test('an English reader gets a line from the record and the names in the Arabic glossed', async ({ page }) => {
  await serve(page);
  const id = '2016-03-24-meeting-kremlin-kerry-putin';
  await openApp(page, { data: DATA, lang: 'en', event: id });
  const panel = page.getByTestId('detail-panel');
  await expect(panel.getByTestId('english-line').first()).toHaveText(
    'From the event record: Meeting between John Kerry, Vladimir Putin and Sergey Lavrov, in Moscow, 24 March 2016: held.',
  );
  const kerry = panel.getByTestId('gloss').filter({ hasText: 'كيري' }).first();
  const tip = page.getByRole('tooltip', { name: /John Kerry — US Secretary of State/ }).first();
  await expect(tip).toBeHidden();
  await kerry.hover();
  await expect(tip).toBeVisible();
  await page.mouse.move(0, 0);
  await expect(tip).toBeHidden();
  await kerry.focus();
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveAttribute('data-testid', 'gloss');
  const focusedTip = await page.locator(':focus').getAttribute('aria-describedby');
  await expect(page.locator(`[id="${focusedTip}"]`)).toBeVisible();

  await openApp(page, { data: DATA, lang: 'ar', event: id });
  await expect(page.getByTestId('english-line'), 'the Arabic reader reads the Arabic').toHaveCount(0);
});

for (const [q, id] of [
  // Each event's English title lacks the word: only its Arabic (title, names, excerpts) can match.
  ['Nusra', '2016-07-14-meeting-moscow-kerry-putin'],
  ['Daesh', '2016-07-15-agreement-fight-isis-nusra'],
  ['ISIS', '2016-07-14-meeting-moscow-kerry-putin'],
  ['Aleppo', '2016-08-23-meeting-geneva-military-experts'],
  ['Vienna', '2015-12-18-meeting-new-york-issg'],
  ['Sergei', '2016-08-26-meeting-geneva-kerry-lavrov'],
  ['truce', '2016-07-31-deadline-ceasefire-restored'],
] as const) {
  test(`English search: "${q}" finds the event whose Arabic names it`, async ({ page }) => {
    await serve(page);
    await openApp(page, { data: DATA, lang: 'en', layout: 'list' }, { scope: 'body' });
    expect(SAMPLE.events.find((e) => e.id === id)!.title.en, 'found by more than its English title').not.toMatch(new RegExp(q, 'i'));
    await page.getByTestId('search').pressSequentially(q);
    await expect(page.getByTestId('event-list').locator(`[data-event-id="${id}"]`)).toBeVisible();
  });
}

for (const lang of ['en', 'ar'] as const) {
  for (const theme of ['light', 'dark'] as const) {
    test(`axe finds nothing serious in the detail with glosses, translation and every status (${lang}, ${theme})`, async ({ page }) => {
      // Two full axe runs on a page with every kind of mark: slow on a shared two-core machine.
      test.slow();
      await serve(page, gallery());
      await openApp(page, { data: DATA, lang, theme, types: 'meeting,agreement,ceasefire,deadline,call,statement', event: '2016-08-23-statement-toner-briefing' });
      await expect(page.getByTestId('excerpt-translation')).toBeVisible();
      expect(await seriousAxeViolations(page)).toEqual([]);
      await openApp(page, { data: DATA, lang, theme, layout: 'list', event: '2016-08-26-meeting-geneva-kerry-lavrov' }, { scope: 'body' });
      expect(await seriousAxeViolations(page)).toEqual([]);
    });
  }
}

test.describe('on a 360×740 phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test('tapping a glossed name shows its English name and role, whole on the screen', async ({ page }) => {
    await serve(page);
    await openApp(page, { data: DATA, lang: 'en', event: '2016-03-24-meeting-kremlin-kerry-putin' }, { scope: 'body' });
    const glosses = page.getByTestId('detail-panel').getByTestId('gloss');
    const n = await glosses.count();
    expect(n, 'names glossed in the excerpts').toBeGreaterThan(2);
    for (let i = 0; i < n; i++) {
      const gloss = glosses.nth(i);
      const tip = page.locator(`[id="${await gloss.getAttribute('aria-describedby')}"]`);
      await expect(tip).toBeHidden();
      await gloss.tap();
      await expect(tip, `${await gloss.innerText()}: the tap shows its gloss`).toBeVisible();
      const box = (await tip.boundingBox())!;
      expect(box.x >= 0 && box.x + box.width <= 360, `${await tip.innerText()}: inside the screen, ${JSON.stringify(box)}`).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), 'nor does it widen the page').toBeLessThanOrEqual(360);
    }
  });
});
