/**
 * Stand-in for d3-time-format, aliased in vite.config.ts for the app bundle. d3-scale's scaleUtc
 * imports it only for `scale.tickFormat()`, which this app never calls: axis labels are formatted
 * with Intl in src/lib/timeline/ticks.ts, in Arabic or English. The real module (~3.5 KB gzip,
 * an en-US strftime) would be dead weight in the 60 KB budget. These formatters give ISO text so an
 * accidental use still shows a readable date.
 */
type Formatter = (date: Date) => string;

export function utcFormat(_specifier: string): Formatter {
  return (date) => date.toISOString();
}

export function timeFormat(_specifier: string): Formatter {
  return (date) => date.toString();
}
