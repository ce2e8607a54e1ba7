/**
 * Opening the page: every event is drawn, nothing errors, nothing leaves the machine, the strict CSP
 * holds, and a bad `?data=` file says so instead of showing an empty page.
 */
import {
  test,
  expect,
  openApp,
  loadEvents,
  drawnMarks,
  appPath,
  clickMark,
  someSingleMark,
  waitForMarks,
  parseCsp,
  PAGE,
  edgeCount,
  fullRange,
} from './helpers.ts';
import { DEFAULT_TYPES } from '../../src/lib/types.ts';

test('the page loads with every event of the file drawn or counted at an edge, and no console error', async ({ page, problems }) => {
  await openApp(page);
  const file = await loadEvents(page);
  expect(file.events.length, 'the served events file has events').toBeGreaterThan(0);

  const marks = await drawnMarks(page);
  const drawn = marks.flatMap((m) => m.ids);
  const shown = file.events.filter((e) => DEFAULT_TYPES.includes(e.type)).map((e) => e.id);
  // No event drawn twice (once on its own and again inside a cluster, say), none from elsewhere,
  // and the far-off ones the first view leaves out are counted by its edge markers.
  expect(drawn.filter((id) => !shown.includes(id)), 'ids drawn that are not in the file').toEqual([]);
  expect(new Set(drawn).size, 'each event drawn at most once').toBe(drawn.length);
  expect(drawn.length + (await edgeCount(page)), 'drawn plus counted at the edges').toBe(shown.length);
  // With the file's whole range in view, every event is drawn.
  await openApp(page, fullRange(file));
  expect([...new Set((await drawnMarks(page)).flatMap((m) => m.ids))].sort(), 'the whole range draws every event').toEqual([...shown].sort());
  for (const m of marks) expect(m.width * m.height, `mark ${m.ids.join(',')} has a visible size`).toBeGreaterThan(0);

  await expect(page.getByTestId('timeline')).toBeVisible();
  expect(problems).toEqual([]);
});

test('no request leaves localhost, fonts included', async ({ page }) => {
  const outside: string[] = [];
  const fonts: string[] = [];
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (req.resourceType() === 'font') fonts.push(req.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) outside.push(`${req.resourceType()} ${req.url()}`);
  });

  // Walk through the views that pull in more resources: Arabic text (Arabic font), dark theme,
  // an opened event with its article, the list layout.
  await openApp(page, { lang: 'ar' });
  const file = await loadEvents(page);
  await page.getByTestId('theme-toggle').click();
  await clickMark(page, await someSingleMark(page));
  await expect(page.getByTestId('detail-panel')).toBeVisible();
  const read = page.getByTestId('read-article').first();
  if (file.articles.some((a) => a.body) && (await read.isVisible())) {
    await read.click();
    await expect(page.getByTestId('article-reader')).toBeVisible();
  }
  await page.getByTestId('lang-toggle').click();
  await page.waitForLoadState('networkidle');
  await openApp(page, { layout: 'list', lang: 'en' }, { scope: PAGE });
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready);

  expect(outside, 'requests to hosts other than localhost').toEqual([]);
  expect(fonts.length, 'the app self-hosts at least one web font (Arabic text needs one)').toBeGreaterThan(0);

  // A remote @font-face that has not been requested yet would still leak later: check the rules.
  const remoteFontSources = await page.evaluate(() => {
    const found: string[] = [];
    const walk = (rules: CSSRuleList) => {
      for (const rule of rules) {
        if (rule instanceof CSSFontFaceRule) {
          const src = rule.style.getPropertyValue('src');
          for (const m of src.matchAll(/url\(\s*["']?([^"')]+)/g)) {
            const u = new URL(m[1]!, document.baseURI);
            if (!['127.0.0.1', 'localhost'].includes(u.hostname) && u.protocol !== 'data:') found.push(u.href);
          }
        } else if ('cssRules' in rule && rule.cssRules) walk(rule.cssRules as CSSRuleList);
      }
    };
    for (const sheet of document.styleSheets) {
      try {
        walk(sheet.cssRules);
      } catch {
        found.push(`unreadable stylesheet ${sheet.href}`);
      }
    }
    return found;
  });
  expect(remoteFontSources, '@font-face sources outside localhost').toEqual([]);
});

test('the page works under the strict Content-Security-Policy the preview server sends', async ({ page, problems }) => {
  const response = await page.goto(appPath());
  const csp = response?.headers()['content-security-policy'];
  expect(csp, 'the document is served with a Content-Security-Policy header').toBeTruthy();
  const directives = parseCsp(csp!);
  const scriptSrc = directives.get('script-src') ?? directives.get('default-src');
  expect(scriptSrc, 'CSP restricts scripts (script-src or default-src)').toBeTruthy();
  expect(scriptSrc, "scripts: no 'unsafe-inline'").not.toContain("'unsafe-inline'");
  expect(scriptSrc, "scripts: no 'unsafe-eval'").not.toContain("'unsafe-eval'");
  expect(scriptSrc, 'scripts: no wildcard').not.toContain('*');
  expect(directives.get('object-src') ?? directives.get('default-src'), 'plugins restricted').toBeTruthy();
  const styleSrc = directives.get('style-src') ?? directives.get('default-src');
  expect(styleSrc, 'CSP restricts styles (style-src or default-src)').toBeTruthy();
  expect(styleSrc, "styles: no 'unsafe-inline'").not.toContain("'unsafe-inline'");

  await waitForMarks(page);
  // Exercise the parts that set styles and load assets at run time.
  await clickMark(page, await someSingleMark(page));
  await expect(page.getByTestId('detail-panel')).toBeVisible();
  const read = page.getByTestId('read-article').first();
  if (await read.isVisible()) {
    await read.click();
    await expect(page.getByTestId('article-reader')).toBeVisible();
  }
  await page.getByTestId('zoom-in').click();
  await page.getByTestId('theme-toggle').click();
  await page.getByTestId('lang-toggle').click();
  await page.waitForLoadState('networkidle');

  // The `problems` fixture reports every violation as a console error (and fails the test on any
  // left at its end); checked here too so this test names the CSP as the cause.
  const violations = problems.filter((p) => p.text.startsWith('securitypolicyviolation:'));
  expect(violations, 'securitypolicyviolation events').toEqual([]);
});

test.describe('a bad ?data= file', () => {
  const cases: { name: string; file: string; body?: string }[] = [
    { name: 'missing (404)', file: 'no-such-events-file.json' },
    { name: 'not JSON', file: 'broken-events.json', body: '{"events": [ {"id": "x", ' },
    { name: 'JSON of the wrong shape', file: 'wrong-shape-events.json', body: '{"events": 42, "articles": "none"}' },
  ];

  for (const c of cases) {
    test.describe(c.name, () => {
      // The browser itself logs a failed fetch as a console error, and the app may log the reason;
      // anything else (an uncaught exception from rendering garbage, say) still fails.
      test.use({ allowConsoleErrors: new RegExp(`Failed to load resource|${c.file.replace('.', '\\.')}|JSON|events file`, 'i') });

      test(`${c.name}: shows a clear message, not a blank page`, async ({ page }) => {
        const uncaught: string[] = [];
        page.on('pageerror', (e) => uncaught.push(e.message));
        if (c.body !== undefined) {
          await page.route(`**/${c.file}`, (route) =>
            route.fulfill({ status: 200, contentType: 'application/json', body: c.body }),
          );
        }
        await page.goto(appPath({ data: `./${c.file}`, lang: 'en' }));
        const message = page.getByText(
          /could ?n[o']t|cannot|can't|unable|failed|error|not found|missing|invalid|malformed|not a valid|problem/i,
        );
        await expect(message.first(), 'a visible message about the data file').toBeVisible({ timeout: 10_000 });
        const text = (await page.locator('body').innerText()).trim();
        expect(text.length, 'the page shows words, not a blank screen').toBeGreaterThan(15);
        expect(await page.locator('[data-event-id], [data-cluster-ids]').count(), 'no event marks from a bad file').toBe(0);
        expect(uncaught, 'uncaught exceptions').toEqual([]);
      });
    });
  }
});

test('the default events file is downloaded once, and not at all for a link to another file', async ({ page }) => {
  // A second file with the same events, on the same origin.
  const body = await (await page.request.get('./events.json')).text();
  await page.route('**/other-events.json', (route) => route.fulfill({ contentType: 'application/json', body }));
  const fetched: string[] = [];
  page.on('request', (request) => {
    const name = new URL(request.url()).pathname.split('/').pop()!;
    if (name.endsWith('.json')) fetched.push(name);
  });
  // The preload the page starts is the download the app reads: not a second one.
  await page.goto('./');
  await waitForMarks(page);
  expect(fetched).toEqual(['events.json']);
  fetched.length = 0;
  await page.goto('./?data=other-events.json');
  await waitForMarks(page);
  expect(fetched).toEqual(['other-events.json']);
});
