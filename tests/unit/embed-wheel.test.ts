import { describe, expect, test } from 'vitest';
import { wheelMayZoom } from '../../src/embed/wheel-guard.ts';

describe('wheelMayZoom', () => {
  test.for([
    { engaged: false, ctrlKey: false, metaKey: false, expected: false, why: 'a reader scrolling past: the article scrolls' },
    { engaged: false, ctrlKey: true, metaKey: false, expected: true, why: 'Ctrl + wheel (and trackpad pinch)' },
    { engaged: false, ctrlKey: false, metaKey: true, expected: true, why: '⌘ + wheel' },
    { engaged: true, ctrlKey: false, metaKey: false, expected: true, why: 'after clicking into the embed' },
  ])('$why → $expected', ({ expected, ...state }) => {
    expect(wheelMayZoom(state)).toBe(expected);
  });
});
