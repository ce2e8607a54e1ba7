import { describe, expect, test } from 'vitest';
import { presenterCommand } from '../../src/present/keys.ts';
import { opensPresenter } from '../../src/present/shortcut.ts';

const ltr = { rtl: false, typedDigits: '' };
const rtl = { rtl: true, typedDigits: '' };

describe('presenterCommand: stepping', () => {
  test.for([
    { key: 'ArrowRight', ctx: ltr, expected: { kind: 'next' }, why: '→ is forward in English' },
    { key: 'ArrowLeft', ctx: ltr, expected: { kind: 'previous' }, why: '← is back in English' },
    { key: 'ArrowLeft', ctx: rtl, expected: { kind: 'next' }, why: '← is forward in Arabic' },
    { key: 'ArrowRight', ctx: rtl, expected: { kind: 'previous' }, why: '→ is back in Arabic' },
    { key: 'PageDown', ctx: ltr, expected: { kind: 'next' }, why: 'clicker forward' },
    { key: 'PageUp', ctx: ltr, expected: { kind: 'previous' }, why: 'clicker back' },
    { key: 'PageDown', ctx: rtl, expected: { kind: 'next' }, why: 'clicker keys do not mirror' },
    { key: ' ', ctx: ltr, expected: { kind: 'next' }, why: 'Space' },
    { key: ' ', ctx: { ...ltr, shift: true }, expected: { kind: 'previous' }, why: 'Shift+Space' },
    { key: 'ArrowDown', ctx: rtl, expected: { kind: 'next' }, why: '↓' },
    { key: 'ArrowUp', ctx: rtl, expected: { kind: 'previous' }, why: '↑' },
    { key: 'Enter', ctx: ltr, expected: { kind: 'next' }, why: 'Enter with nothing typed' },
    { key: 'Backspace', ctx: ltr, expected: { kind: 'previous' }, why: 'Backspace with nothing typed' },
    { key: 'Home', ctx: ltr, expected: { kind: 'first' }, why: 'Home' },
    { key: 'End', ctx: rtl, expected: { kind: 'last' }, why: 'End' },
  ])('$why', ({ key, ctx, expected }) => {
    expect(presenterCommand(key, ctx)).toEqual(expected);
  });
});

describe('presenterCommand: blanking and leaving', () => {
  test.for([
    { key: 'b', expected: 'blank' },
    { key: 'B', expected: 'blank' },
    { key: '.', expected: 'blank' },
    { key: 'لا', expected: 'blank', why: 'B key on the Arabic layout' },
    { key: 'ز', expected: 'blank', why: '. key on the Arabic layout' },
    { key: 'Escape', expected: 'exit' },
    { key: 'p', expected: 'exit' },
    { key: 'ح', expected: 'exit', why: 'P key on the Arabic layout' },
    { key: 'x', expected: 'none' },
    { key: 'Tab', expected: 'none' },
    { key: 'F5', expected: 'none' },
    { key: 'constructor', expected: 'none' },
  ])('$key → $expected', ({ key, expected }) => {
    expect(presenterCommand(key, ltr)).toEqual({ kind: expected });
  });
});

describe('presenterCommand: typing a slide number', () => {
  test.for([
    { key: '1', typedDigits: '', expected: { kind: 'digits', digits: '1' } },
    { key: '2', typedDigits: '1', expected: { kind: 'digits', digits: '12' } },
    { key: '٣', typedDigits: '1', expected: { kind: 'digits', digits: '13' }, why: 'Arabic-Indic digit' },
    { key: '۴', typedDigits: '', expected: { kind: 'digits', digits: '4' }, why: 'Eastern Arabic-Indic digit' },
    { key: '5', typedDigits: '1234', expected: { kind: 'none' }, why: 'at most four digits' },
    { key: 'Enter', typedDigits: '12', expected: { kind: 'goto', slide: 12 } },
    { key: 'Enter', typedDigits: '007', expected: { kind: 'goto', slide: 7 } },
    { key: 'Enter', typedDigits: '0', expected: { kind: 'digits', digits: '' }, why: 'slide 0 does not exist' },
    { key: 'Backspace', typedDigits: '12', expected: { kind: 'digits', digits: '1' } },
    { key: 'Escape', typedDigits: '12', expected: { kind: 'digits', digits: '' }, why: 'Esc cancels the number before it leaves' },
    { key: 'ArrowRight', typedDigits: '12', expected: { kind: 'next' }, why: 'other keys still work' },
  ])('$typedDigits + $key', ({ key, typedDigits, expected }) => {
    expect(presenterCommand(key, { rtl: false, typedDigits })).toEqual(expected);
  });
});

describe('opensPresenter', () => {
  const plain = { modified: false, typing: false };
  test.for([
    { key: 'p', ctx: plain, expected: true },
    { key: 'P', ctx: plain, expected: true },
    { key: 'ح', ctx: plain, expected: true, why: 'P key on the Arabic layout' },
    { key: 'p', ctx: { modified: true, typing: false }, expected: false, why: 'Ctrl+P prints' },
    { key: 'p', ctx: { modified: false, typing: true }, expected: false, why: 'typing in the search box' },
    { key: 'o', ctx: plain, expected: false },
  ])('$key $why → $expected', ({ key, ctx, expected }) => {
    expect(opensPresenter(key, ctx)).toBe(expected);
  });
});
