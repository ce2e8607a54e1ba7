/**
 * What the built page trusts: `?data=` is read only from the app's own origin (a newsroom hosts its
 * events file beside the app), and the Content-Security-Policy ships inside index.html, so any
 * static host serving dist/ enforces it, not only `vite preview`.
 */
import { test, expect, appPath, openApp, parseCsp } from './helpers.ts';
import { APP_ORIGIN, useHostServer } from './embed-helpers.ts';

const host = useHostServer({ '/x.json': '{"events": [], "articles": [], "actors": {}, "places": {}}' });

for (const lang of ['en', 'ar'] as const) {
  test(`?data= on another origin (${lang}): a clear refusal, and no request goes there`, async ({ page }) => {
    const foreign = host.url('/x.json', 'localhost');
    const asked: string[] = [];
    page.on('request', (req) => {
      if (new URL(req.url()).port === String(host.port)) asked.push(req.url());
    });
    await page.goto(appPath({ lang, data: foreign }));
    const refusal = page.getByTestId('data-refused');
    await expect(refusal).toBeVisible({ timeout: 10_000 });
    await expect(refusal).toContainText(foreign);
    await expect(refusal.getByRole('heading')).toHaveText(lang === 'en' ? 'This events file cannot be used' : 'لا يمكن استخدام ملف الأحداث هذا');
    await page.waitForLoadState('networkidle');
    expect(asked, 'requests to the other origin').toEqual([]);

    // Its link opens the timeline with its own events.
    await refusal.getByRole('link').click();
    await expect(page.locator('[data-event-id], [data-cluster-ids]').first()).toBeAttached({ timeout: 10_000 });
    expect(new URL(page.url()).searchParams.get('data')).toBeNull();
  });
}

test('a same-origin ?data= still loads', async ({ page }) => {
  await openApp(page, { lang: 'en', data: `${APP_ORIGIN}/events.json` });
});

test('the built index.html carries the CSP as a meta element, frame-ancestors aside', async ({ page }) => {
  const response = await page.goto(appPath({ lang: 'en' }));
  expect(await response!.text(), 'index.html as served').toMatch(/<meta http-equiv="Content-Security-Policy"/);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  const directives = parseCsp(policy!);
  expect(directives.get('default-src')).toEqual(["'self'"]);
  expect(directives.get('script-src')).toEqual(["'self'"]);
  expect(directives.get('style-src')).toEqual(["'self'"]);
  expect(directives.get('connect-src')).toEqual(["'self'"]);
  expect(directives.has('frame-ancestors'), 'not allowed in a meta policy').toBe(false);
});
