/**
 * The standing negotiation formats: talks named by their city ("محادثات جنيف") are between their
 * known parties, unless the text names others; the UN envoy and the opposition's body the article
 * names join the talks between the two Syrian sides. Sentences written for this test.
 */
import { describe, expect, test } from 'vitest';
import { foldWithOffsets } from '../../src/lib/arabic.ts';
import { extractEvents } from '../../scripts/pipeline/extract.ts';
import { findGazetteerHits } from '../../scripts/pipeline/gazetteer.ts';
import { withStandingParties } from '../../scripts/pipeline/talks-formats.ts';
import type { LoadedArticle } from '../../scripts/pipeline/types.ts';

/** Sorted actors of each meeting, in the file's order. */
function meetingActors(body: string, published: string): string[][] {
  const article: LoadedArticle = { id: 'a', file: 'a.txt', body, meta: { published }, published, publishedFrom: 'metadata' };
  return extractEvents([article]).file.events.filter((e) => e.type === 'meeting').map((e) => [...e.actors].sort());
}

describe('parties of the standing negotiation formats', () => {
  test.for([
    {
      name: 'Geneva talks named by their city are between the government and the opposition',
      body: 'تستأنف محادثات جنيف يوم الاثنين المقبل بعد توقف دام أسبوعين.',
      published: '2016-03-10',
      expected: [['syria', 'syrian-opposition']],
    },
    {
      name: 'a numbered Geneva round with both sides named only by their common words',
      body: 'انطلقت أمس جولة محادثات جنيف 3 بين الحكومة والمعارضة السوريتين.',
      published: '2016-01-30',
      expected: [['syria', 'syrian-opposition']],
    },
    {
      name: 'the envoy the article names joins the talks, though he is only the one announcing them',
      body: 'أعلن المبعوث الدولي ستيفان دي ميستورا أن المفاوضات السورية ستستأنف في جنيف يوم 14 آذار.',
      published: '2016-03-05',
      expected: [['de-mistura', 'syria', 'syrian-opposition']],
    },
    {
      name: 'the opposition body named earlier in the article joins talks between the two sides',
      body: 'وصل وفد الهيئة العليا للمفاوضات إلى جنيف مساء أمس.\nوتبدأ المحادثات السورية غدا الاثنين بحضور الوفد الحكومي.',
      published: '2016-04-10',
      expected: [['hnc', 'syria', 'syrian-opposition']],
    },
    {
      name: 'talks in Geneva between others are their own meeting, not the Syrian talks',
      body: 'عقد كيري ولافروف محادثات جنيف الماراثونية أمس الجمعة.',
      published: '2016-08-27',
      expected: [['kerry', 'lavrov']],
    },
    {
      name: 'talks in Geneva with no one named stay without parties: Geneva hosts more than one process',
      body: 'وستعقد محادثات في جنيف يوم الخميس المقبل.',
      published: '2016-08-22',
      expected: [[]],
    },
    {
      name: 'talks in Astana that name no one are the Astana format',
      body: 'وأوضح أن هذه المفاوضات ستجري في العاصمة الكازاخستانية أستانا في 23 كانون الثاني.',
      published: '2016-12-30',
      expected: [['iran', 'russia', 'syria', 'syrian-opposition', 'turkey']],
    },
    {
      name: 'a meeting in Astana between two named ministers keeps its own parties',
      body: 'التقى لافروف ونظيره الكازاخستاني في أستانا أمس لبحث العلاقات الثنائية.',
      published: '2016-11-02',
      expected: [['kazakhstan-state', 'lavrov']],
    },
  ])('$name', ({ body, published, expected }) => {
    expect(meetingActors(body, published)).toEqual(expected);
  });
});

describe('who joins the talks between the two Syrian sides', () => {
  const article = 'قال المبعوث الأممي دي ميستورا إن وفد الهيئة العليا للمفاوضات سيصل غدا.';
  const hits = findGazetteerHits(foldWithOffsets(article));
  test.for([
    { name: 'the two sides alone: the envoy and the body join', actors: ['syria', 'syrian-opposition'], expected: ['syria', 'syrian-opposition', 'de-mistura', 'hnc'] },
    { name: 'a delegate stands for his side', actors: ['jaafari', 'syrian-opposition'], expected: ['jaafari', 'syrian-opposition', 'de-mistura', 'hnc'] },
    { name: 'the Astana sponsors sit at the talks too', actors: ['russia', 'turkey', 'iran', 'syria', 'syrian-opposition'], expected: ['russia', 'turkey', 'iran', 'syria', 'syrian-opposition', 'de-mistura', 'hnc'] },
    { name: 'a meeting of others that names both sides is not their talks', actors: ['kerry', 'putin', 'syria', 'syrian-opposition'], expected: ['kerry', 'putin', 'syria', 'syrian-opposition'] },
    { name: 'one side alone is not the talks', actors: ['syria'], expected: ['syria'] },
  ])('$name', ({ actors, expected }) => {
    expect(withStandingParties({ type: 'meeting', actors, places: [] }, hits)).toEqual(expected);
  });

  test('an agreement between the two sides is not talks: no one joins it', () => {
    expect(withStandingParties({ type: 'agreement', actors: ['syria', 'syrian-opposition'], places: [] }, hits)).toEqual(['syria', 'syrian-opposition']);
  });
});
