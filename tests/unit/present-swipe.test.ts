import { describe, expect, test } from 'vitest';
import { swipeCommand } from '../../src/present/swipe.ts';

describe('swipeCommand', () => {
  test.for([
    { dx: -120, dy: 10, rtl: false, expected: 'next', why: 'leftward swipe in English' },
    { dx: 120, dy: 10, rtl: false, expected: 'previous', why: 'rightward swipe in English' },
    { dx: 120, dy: 10, rtl: true, expected: 'next', why: 'rightward swipe in Arabic' },
    { dx: -120, dy: 10, rtl: true, expected: 'previous', why: 'leftward swipe in Arabic' },
    { dx: -30, dy: 0, rtl: false, expected: null, why: 'too short' },
    { dx: -50, dy: 0, rtl: false, expected: 'next', why: 'exactly the threshold' },
    { dx: -120, dy: 80, rtl: false, expected: null, why: 'diagonal: probably a scroll' },
    { dx: 5, dy: -300, rtl: false, expected: null, why: 'vertical scroll' },
  ])('$why', ({ dx, dy, rtl, expected }) => {
    expect(swipeCommand(dx, dy, rtl)).toBe(expected);
  });
});
