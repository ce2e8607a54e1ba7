import { describe, expect, test } from 'vitest';
import type { MergedEvent } from '../../scripts/pipeline/merge.ts';
import { buildTitle } from '../../scripts/pipeline/titles.ts';
import { TITLE_TEMPLATES, type TitleKind } from '../../scripts/tables/titles.ts';

function event(fields: Partial<MergedEvent>): MergedEvent {
  return {
    type: 'meeting',
    kind: 'talks',
    status: 'held',
    date: { start: '2016-07-15', end: '2016-07-15', precision: 'day', approximate: false },
    actors: [],
    places: [],
    excerpts: [],
    ...fields,
  };
}

describe('buildTitle', () => {
  test.each([
    { name: 'talks between named people in a place', e: event({ actors: ['kerry', 'lavrov'], places: ['geneva'] }), ar: 'محادثات كيري ولافروف في جنيف', en: 'Kerry–Lavrov talks in Geneva' },
    { name: 'planned talks with names: the adjective is definite', e: event({ status: 'planned', actors: ['kerry', 'lavrov'], places: ['geneva'] }), ar: 'محادثات كيري ولافروف المرتقبة في جنيف', en: 'Planned Kerry–Lavrov talks in Geneva' },
    { name: 'planned talks without names: noun and adjective are indefinite', e: event({ status: 'planned', places: ['geneva'] }), ar: 'محادثات مرتقبة في جنيف', en: 'Planned talks in Geneva' },
    { name: 'a discussion reads as talks', e: event({ kind: 'discussion', actors: ['kerry', 'lavrov'] }), ar: 'محادثات كيري ولافروف', en: 'Kerry–Lavrov talks' },
    { name: 'one spokesman’s press conference: "مؤتمر X الصحفي", no لـ', e: event({ kind: 'press', actors: ['kirby'] }), ar: 'مؤتمر كيربي الصحفي', en: 'Kirby press conference' },
    { name: 'a joint press conference', e: event({ kind: 'press', actors: ['kerry', 'lavrov'] }), ar: 'مؤتمر صحفي مشترك بين كيري ولافروف', en: 'Kerry–Lavrov press conference' },
    { name: 'a statement issued or announced is a statement, not a press conference', e: event({ kind: 'announcement', actors: ['hnc'] }), ar: 'بيان الهيئة العليا للمفاوضات', en: 'HNC statement' },
    { name: 'a televised address is an address, not a press conference', e: event({ kind: 'address', actors: ['putin'] }), ar: 'كلمة بوتين', en: 'Putin address' },
    { name: 'a planned press conference of one', e: event({ kind: 'press', status: 'planned', actors: ['toner'] }), ar: 'مؤتمر تونر الصحفي المرتقب', en: 'Planned Toner press conference' },
    { name: 'a phone call between two', e: event({ kind: 'call', actors: ['gerasimov', 'dunford'] }), ar: 'اتصال هاتفي بين غيراسيموف ودانفورد', en: 'Gerasimov–Dunford phone call' },
    { name: 'a phone call of one', e: event({ kind: 'call', actors: ['kerry'] }), ar: 'اتصال هاتفي أجراه كيري', en: 'Kerry phone call' },
    { name: 'a planned conference without names', e: event({ kind: 'conference', status: 'planned', places: ['new-york'] }), ar: 'مؤتمر مرتقب في نيويورك', en: 'Planned conference in New York' },
    { name: 'an agreement of the two governments', e: event({ type: 'agreement', kind: 'agreement', topic: 'truce', actors: ['kerry', 'lavrov'] }), ar: 'اتفاق أميركي – روسي بشأن الهدنة', en: 'US–Russia agreement on the truce' },
    { name: 'a proposed agreement of the two governments', e: event({ type: 'agreement', kind: 'agreement', status: 'planned', topic: 'joint-group', actors: ['us', 'russia'] }), ar: 'اتفاق أميركي – روسي مقترح على مجموعة تنفيذ مشتركة', en: 'Proposed US–Russia agreement on a joint implementation group' },
    { name: 'a proposed agreement between named parties: the adjective is definite', e: event({ type: 'agreement', kind: 'agreement', status: 'planned', topic: 'truce', actors: ['lavrov', 'de-mistura'] }), ar: 'اتفاق لافروف ودي ميستورا المقترح بشأن الهدنة', en: 'Proposed Lavrov–de Mistura agreement on the truce' },
    { name: 'one speaker is not a party to an agreement', e: event({ type: 'agreement', kind: 'agreement', topic: 'accountability', actors: ['lavrov'] }), ar: 'اتفاق على آلية لمحاسبة منتهكي الهدنة', en: 'Agreement on a mechanism to hold truce violators to account' },
    { name: 'a grouping of states agrees among its members: it is named alone', e: event({ type: 'agreement', kind: 'agreement', topic: 'truce', actors: ['issg'], places: ['munich'] }), ar: 'اتفاق مجموعة دعم سوريا بشأن الهدنة', en: 'ISSG agreement on the truce' },
    { name: 'a place with a title phrase of its own', e: event({ actors: ['kerry', 'lavrov'], places: ['moscow', 'russian-mfa'] }), ar: 'محادثات كيري ولافروف في وزارة الخارجية الروسية', en: 'Kerry–Lavrov talks at the Russian Foreign Ministry' },
    { name: 'a deadline', e: event({ type: 'deadline', kind: 'deadline', status: 'planned', topic: 'elections' }), ar: 'موعد نهائي للانتخابات السورية', en: 'Deadline for Syrian elections' },
    { name: 'an agreement of the Security Council alone is its resolution, whatever states it is about', e: event({ type: 'agreement', kind: 'agreement', topic: 'truce', actors: ['unsc', 'us', 'russia'] }), ar: 'قرار مجلس الأمن بشأن الهدنة', en: 'UN Security Council resolution on the truce' },
    { name: 'a resolution still to be adopted is a draft', e: event({ type: 'agreement', kind: 'agreement', status: 'planned', actors: ['unsc'] }), ar: 'مشروع قرار مجلس الأمن', en: 'Draft UN Security Council resolution' },
    { name: 'the Security Council\'s vote names it', e: event({ type: 'agreement', kind: 'vote', actors: ['unsc'] }), ar: 'تصويت مجلس الأمن', en: 'UN Security Council vote' },
    { name: 'talks between the Syrian sides name the government beside the opposition', e: event({ actors: ['de-mistura', 'syrian-opposition', 'syria'], places: ['geneva'] }), ar: 'محادثات دي ميستورا والمعارضة السورية والحكومة السورية في جنيف', en: 'De Mistura–Syrian opposition–Syrian government talks in Geneva' },
    { name: 'a statement naming the government as whom it accuses is the speaker\'s alone', e: event({ type: 'statement', kind: 'announcement', actors: ['hnc', 'syria'] }), ar: 'بيان الهيئة العليا للمفاوضات', en: 'HNC statement' },
    { name: 'three named already: the government is left to the actor list', e: event({ actors: ['kerry', 'lavrov', 'putin', 'syrian-opposition', 'syria'] }), ar: 'محادثات كيري ولافروف وبوتين', en: 'Kerry–Lavrov–Putin talks' },
    { name: 'a resolution adopted from a draft is that resolution', e: event({ type: 'agreement', kind: 'agreement', topic: 'draft-resolution', actors: ['unsc'] }), ar: 'قرار مجلس الأمن', en: 'UN Security Council resolution' },
    { name: 'a draft resolution the two governments agreed on stays their agreement', e: event({ type: 'agreement', kind: 'agreement', topic: 'draft-resolution', actors: ['kerry', 'lavrov', 'unsc'] }), ar: 'اتفاق أميركي – روسي على مشروع قرار في مجلس الأمن', en: 'US–Russia agreement on a draft UN Security Council resolution' },
  ])('$name', ({ e, ar, en }) => {
    expect(buildTitle(e)).toEqual({ ar, en });
  });

  test('no Arabic title joins a preposition to a name with a tatweel, or leaves a double space', () => {
    const namings = [[], ['kirby'], ['kerry', 'lavrov'], ['us', 'russia']];
    for (const titleKind of Object.keys(TITLE_TEMPLATES) as TitleKind[]) {
      // A resolution is the title of an agreement the Security Council alone is named in.
      const kind = titleKind === 'resolution' ? 'agreement' : titleKind;
      for (const status of ['held', 'planned'] as const) {
        for (const actors of titleKind === 'resolution' ? [['unsc']] : namings) {
          const type = kind === 'agreement' ? 'agreement' : kind === 'deadline' ? 'deadline' : kind.startsWith('ceasefire') ? 'ceasefire' : 'meeting';
          const { ar, en } = buildTitle(event({ type, kind, status, actors, places: ['geneva'] }));
          expect(ar, `${kind} ${status} ${actors}`).not.toMatch(/ـ|\s{2}|\{|\}/);
          expect(en, `${kind} ${status} ${actors}`).not.toMatch(/\s{2}|\{|\}/);
        }
      }
    }
  });
});
