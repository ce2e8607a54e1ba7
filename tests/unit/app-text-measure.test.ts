/**
 * Labels are measured in the font base.css draws them in: the measurer reads the stylesheet's
 * per-language font custom properties rather than keeping its own copy. The page is stubbed with
 * the values of base.css's :root block and a canvas that records the font it is given.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

const css = readFileSync(join(import.meta.dirname, '../../src/styles/base.css'), 'utf8');
const rootBlock = css.match(/:root\s*\{([^}]*)\}/)![1]!;
const vars = Object.fromEntries([...rootBlock.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2]!.trim()]));

let fontsUsed: string[];

beforeEach(() => {
  fontsUsed = [];
  const ctx = {
    set font(f: string) {
      fontsUsed.push(f);
    },
    measureText: (text: string) => ({ width: text.length * 6 }),
  };
  vi.stubGlobal('document', { documentElement: {}, createElement: () => ({ getContext: () => ctx }) });
  vi.stubGlobal('getComputedStyle', () => ({ getPropertyValue: (name: string) => vars[name] ?? '' }));
  vi.resetModules();
});
afterEach(() => vi.unstubAllGlobals());

describe('measureLabel', () => {
  test.for(['en', 'ar'] as const)('%s labels are measured in the font base.css gives them', async (lang) => {
    const { measureLabel } = await import('../../src/app/text-measure.ts');
    expect(vars[`--font-${lang}`], `base.css defines --font-${lang}`).toBeTruthy();
    measureLabel('Geneva', lang);
    measureLabel('Geneva', lang, true);
    expect(fontsUsed).toEqual([`${vars[`--label-size-${lang}`]} ${vars[`--font-${lang}`]}`, `bold ${vars[`--label-size-${lang}`]} ${vars[`--font-${lang}`]}`]);
  });

  test('the width is measured once per string and font weight', async () => {
    const { measureLabel } = await import('../../src/app/text-measure.ts');
    expect(measureLabel('abc', 'en')).toBe(20);
    measureLabel('abc', 'en');
    expect(fontsUsed).toHaveLength(1);
  });
});
