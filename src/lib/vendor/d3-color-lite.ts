/**
 * Stand-in for d3-color, aliased in vite.config.ts for the app bundle. It is reached only through
 * d3-interpolate's colour interpolators, which the app's scales never use (they map times to pixel
 * numbers; colours come from CSS custom properties). The real module (~3.5 KB gzip, with the CSS
 * named-colour table) would be dead weight in the 60 KB budget. `color()` answers "not a colour", so
 * d3's generic interpolator falls back to number/string interpolation; the constructors throw, so a
 * colour scale added later fails loudly instead of silently: remove the alias then.
 */
function unsupported(): never {
  throw new Error('d3-color is not bundled (see vite.config.ts); remove the alias to use colour scales');
}

/** Parses nothing: d3-interpolate's `interpolate()` then treats strings as plain strings. */
export function color(_specifier: string): null {
  return null;
}
export const rgb = unsupported;
export const hsl = unsupported;
export const lab = unsupported;
export const hcl = unsupported;
export const cubehelix = unsupported;
