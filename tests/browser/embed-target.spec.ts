/**
 * Where the embed posts: every message, pym's height messages included, goes to the origin of the
 * page embedding it, never to '*', also without ?origin=. The host here is the app's own demo page,
 * same origin as the frames, so the test can wrap the host window's postMessage and read the target
 * each frame passes, which the receiving side of a message never sees.
 */
import { test, expect } from './helpers.ts';
import { APP_ORIGIN, markGlyph } from './embed-helpers.ts';

interface Posted {
  target: string;
  data: string;
}

test('embeds on the demo page post ready, selection and heights only to the host’s origin', async ({ page }) => {
  await page.addInitScript(() => {
    if (window !== window.top) return;
    const posted: Posted[] = [];
    (window as unknown as { posted: Posted[] }).posted = posted;
    const original = window.postMessage.bind(window);
    window.postMessage = ((message: unknown, target: string | WindowPostMessageOptions) => {
      posted.push({ target: typeof target === 'string' ? target : String(target?.targetOrigin), data: JSON.stringify(message) });
      original(message, target as string);
    }) as typeof window.postMessage;
  });
  await page.setViewportSize({ width: 900, height: 900 });
  await page.goto('/embed-demo.html');
  const posted = () => page.evaluate(() => (window as unknown as { posted: Posted[] }).posted);
  await expect.poll(async () => (await posted()).filter((p) => p.data.includes('timeline:ready')).length).toBeGreaterThanOrEqual(2);

  await markGlyph(page.frameLocator('#timeline-en iframe').locator(':root')).click();
  await page.setViewportSize({ width: 700, height: 900 });
  await expect.poll(async () => (await posted()).some((p) => p.data.includes('timeline:selection'))).toBe(true);
  await expect.poll(async () => (await posted()).filter((p) => p.data.includes('xPYMxheightxPYMx')).length).toBeGreaterThanOrEqual(2);

  const targets = new Set((await posted()).map((p) => p.target));
  expect([...targets]).toEqual([APP_ORIGIN]);
});
