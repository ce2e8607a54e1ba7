/**
 * Browser tests against the production build (`dist/`), served by `vite preview` on a fixed port.
 * `npm run test:browser` builds first; this config never builds, so a stale `dist/` is the caller's
 * choice. Chromium is Debian's (or CHROMIUM_PATH), launched as `scripts/chromium.ts` says; on a
 * machine without it, a Chromium that Playwright downloaded itself; with neither, one line says how
 * to get one instead of a launch error deep inside Playwright for every test.
 */
import { existsSync } from 'node:fs';
import { chromium, defineConfig, devices } from '@playwright/test';
import { CHROMIUM_LAUNCH } from './scripts/chromium.ts';

const NO_BROWSER_MESSAGE = 'No Chromium for the browser tests: install Debian\'s (apt-get install chromium), '
  + 'or set CHROMIUM_PATH to a Chrome or Chromium, or run `npx playwright install chromium` where the network allows.';

/** An explicit CHROMIUM_PATH is used or refused as given; otherwise Debian's, then Playwright's own download. */
function chromiumExecutable(): string | null {
  if (process.env.CHROMIUM_PATH) return existsSync(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : null;
  return [CHROMIUM_LAUNCH.executablePath, chromium.executablePath()].find((path) => existsSync(path)) ?? null;
}

const executablePath = chromiumExecutable();
if (executablePath === null) {
  console.error(NO_BROWSER_MESSAGE);
  process.exit(1);
}

// PW_PORT / PW_DIST let a developer run the suite beside a colleague's run in the same tree
// (own port, own build folder: `vite build --outDir /tmp/x && PW_DIST=/tmp/x PW_PORT=4180 npx playwright test`).
const PORT = Number(process.env.PW_PORT ?? 4173);
const HOST = '127.0.0.1';
const DIST = process.env.PW_DIST ?? 'dist';
const isCI = !!process.env.CI;

export default defineConfig({
  testDir: 'tests/browser',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  forbidOnly: isCI,
  retries: 0,
  // Two cores: one worker per core; the preview server is light.
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list'], ['./tests/browser/summary-reporter.ts']],
  outputDir: process.env.PW_OUTPUT ?? 'test-results',
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://${HOST}:${PORT}/`,
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
    timezoneId: 'UTC',
    actionTimeout: 5_000,
    navigationTimeout: 15_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { ...CHROMIUM_LAUNCH, executablePath },
  },
  projects: [{ name: 'chromium' }],
  webServer: {
    command: `npx vite preview --host ${HOST} --port ${PORT} --strictPort --outDir ${DIST}`,
    url: `http://${HOST}:${PORT}/`,
    reuseExistingServer: !isCI,
    timeout: 30_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
