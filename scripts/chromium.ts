/**
 * Debian's Chromium, as the browser tests and the UI benchmark launch it. Playwright's own browser
 * download cannot run on these machines; the flags keep Chromium (running as root, headless) from
 * reaching for a network it does not have. CHROMIUM_PATH points elsewhere if needed.
 */
export const CHROMIUM_LAUNCH = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-quic',
    '--disable-sync',
  ],
};
