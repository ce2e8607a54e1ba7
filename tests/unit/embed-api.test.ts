import { describe, expect, test } from 'vitest';
import { parseHostMessage, pymWireMessage, readyMessage, selectionMessage } from '../../src/embed/api.ts';

describe('parseHostMessage accepts the documented commands', () => {
  test.for([
    { why: 'select', data: { type: 'timeline:select', id: 'ev-2016-02-22-ceasefire' }, expected: { type: 'timeline:select', id: 'ev-2016-02-22-ceasefire' } },
    { why: 'select with version', data: { type: 'timeline:select', v: 1, id: 'a.b:c_d-1' }, expected: { type: 'timeline:select', id: 'a.b:c_d-1' } },
    { why: 'clear selection', data: { type: 'timeline:select', id: null }, expected: { type: 'timeline:select', id: null } },
    { why: 'range', data: { type: 'timeline:range', from: '2015-09-01', to: '2016-03-31' }, expected: { type: 'timeline:range', from: '2015-09-01', to: '2016-03-31' } },
    { why: 'fit all', data: { type: 'timeline:range', from: null, to: null }, expected: { type: 'timeline:range', from: null, to: null } },
    { why: 'open-ended range', data: { type: 'timeline:range', from: '2016-01-01', to: null }, expected: { type: 'timeline:range', from: '2016-01-01', to: null } },
    { why: 'types, in canonical order', data: { type: 'timeline:filters', types: ['ceasefire', 'meeting'] }, expected: { type: 'timeline:filters', filters: { types: ['meeting', 'ceasefire'] } } },
    { why: 'no types (show nothing)', data: { type: 'timeline:filters', types: [] }, expected: { type: 'timeline:filters', filters: { types: [] } } },
    { why: 'actors, places and search', data: { type: 'timeline:filters', actors: ['lavrov', 'kerry'], places: ['geneva'], q: 'هدنة' }, expected: { type: 'timeline:filters', filters: { actors: ['kerry', 'lavrov'], places: ['geneva'], q: 'هدنة' } } },
    { why: 'clear search', data: { type: 'timeline:filters', q: '' }, expected: { type: 'timeline:filters', filters: { q: '' } } },
    { why: 'language', data: { type: 'timeline:lang', lang: 'ar' }, expected: { type: 'timeline:lang', lang: 'ar' } },
  ])('$why', ({ data, expected }) => {
    expect(parseHostMessage(data)).toEqual(expected);
  });
});

describe('parseHostMessage ignores anything else', () => {
  test.for([
    { why: 'a string (pym traffic)', data: 'pymxPYMxtimeline-1xPYMxwidthxPYMx600' },
    { why: 'null', data: null },
    { why: 'an array', data: [{ type: 'timeline:select', id: 'x' }] },
    { why: 'a non-plain object', data: new Date() },
    { why: 'no type', data: { id: 'x' } },
    { why: 'un-namespaced type', data: { type: 'select', id: 'x' } },
    { why: 'unknown type', data: { type: 'timeline:zoom', k: 2 } },
    { why: 'inherited type name', data: { type: 'toString' } },
    { why: 'another version', data: { type: 'timeline:select', v: 2, id: 'x' } },
    { why: 'version as a string', data: { type: 'timeline:select', v: '1', id: 'x' } },
    { why: 'missing field', data: { type: 'timeline:select' } },
    { why: 'extra field', data: { type: 'timeline:select', id: 'x', scroll: true } },
    { why: 'id of the wrong type', data: { type: 'timeline:select', id: 42 } },
    { why: 'id a link could not carry', data: { type: 'timeline:select', id: 'a b' } },
    { why: 'id with markup', data: { type: 'timeline:select', id: '<img src=x>' } },
    { why: 'empty id', data: { type: 'timeline:select', id: '' } },
    { why: 'date not ISO', data: { type: 'timeline:range', from: '1/9/2015', to: null } },
    { why: 'impossible date', data: { type: 'timeline:range', from: '2016-02-30x', to: null } },
    { why: 'reversed range', data: { type: 'timeline:range', from: '2016-03-01', to: '2016-01-01' } },
    { why: 'range missing `to`', data: { type: 'timeline:range', from: '2016-03-01' } },
    { why: 'unknown event type', data: { type: 'timeline:filters', types: ['meeting', 'battle'] } },
    { why: 'types not a list', data: { type: 'timeline:filters', types: 'meeting' } },
    { why: 'actor id with a comma', data: { type: 'timeline:filters', actors: ['kerry,lavrov'] } },
    { why: 'actor not a string', data: { type: 'timeline:filters', actors: [1] } },
    { why: 'search too long', data: { type: 'timeline:filters', q: 'x'.repeat(201) } },
    { why: 'filters naming nothing', data: { type: 'timeline:filters' } },
    { why: 'unsupported language', data: { type: 'timeline:lang', lang: 'fr' } },
  ])('$why', ({ data }) => {
    expect(parseHostMessage(data)).toBeNull();
  });

  test('does not modify its input', () => {
    const data = { type: 'timeline:filters', types: ['ceasefire', 'meeting'], actors: ['lavrov', 'kerry'] };
    const copy = structuredClone(data);
    parseHostMessage(data);
    expect(data).toEqual(copy);
  });
});

describe('timeline → host messages', () => {
  test('carry the version', () => {
    expect(readyMessage('x', 'en')).toEqual({ type: 'timeline:ready', v: 1, event: 'x', lang: 'en' });
    expect(selectionMessage(null)).toEqual({ type: 'timeline:selection', v: 1, id: null });
  });

  test.for([
    { message: selectionMessage('ev-1'), expected: 'pymxPYMxtimeline-1xPYMxtimeline:selectionxPYMxev-1' },
    { message: selectionMessage(null), expected: 'pymxPYMxtimeline-1xPYMxtimeline:selectionxPYMx' },
    { message: readyMessage('ev-2', 'ar'), expected: 'pymxPYMxtimeline-1xPYMxtimeline:readyxPYMxev-2' },
  ])('pym wire format: $expected', ({ message, expected }) => {
    expect(pymWireMessage('timeline-1', message)).toBe(expected);
  });
});
