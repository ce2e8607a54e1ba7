/**
 * Synthetic `events.json` files of any size, for the UI benchmark and for browser tests that need
 * more events than the corpus has. Takes a count and a seed; gives an `EventsFile` that honours the
 * contract in `src/lib/types.ts` (excerpt spans are exact slices of their article bodies).
 *
 * Realistic where it matters for drawing: dates spread over 2015–2017 with bursts around the big
 * rounds of talks, all four types, ranges and approximate dates, a handful of actors and places,
 * short Arabic excerpts. Deliberately not realistic: the text is templated, not news.
 * Deterministic: the same (count, seed) always gives the same file.
 */
import { EVENT_TYPES, type ArticleMeta, type DatePrecision, type EventType, type EventsFile, type GazetteerEntry, type TimelineEvent } from '../src/lib/types.ts';

const SYNTHETIC_ACTORS: Record<string, GazetteerEntry> = {
  kerry: { ar: 'جون كيري', en: 'John Kerry', variants: ['كيري', 'كيرى'], role: { ar: 'وزير الخارجية الأميركي', en: 'US Secretary of State' } },
  lavrov: { ar: 'سيرغي لافروف', en: 'Sergei Lavrov', variants: ['لافروف', 'سيرجي لافروف'], role: { ar: 'وزير الخارجية الروسي', en: 'Russian Foreign Minister' } },
  putin: { ar: 'فلاديمير بوتين', en: 'Vladimir Putin', variants: ['بوتين'] },
  obama: { ar: 'باراك أوباما', en: 'Barack Obama', variants: ['أوباما', 'اوباما'] },
  'de-mistura': { ar: 'ستافان دي ميستورا', en: 'Staffan de Mistura', variants: ['دي ميستورا'] },
};

const SYNTHETIC_PLACES: Record<string, GazetteerEntry> = {
  geneva: { ar: 'جنيف', en: 'Geneva' },
  vienna: { ar: 'فيينا', en: 'Vienna' },
  moscow: { ar: 'موسكو', en: 'Moscow' },
  munich: { ar: 'ميونيخ', en: 'Munich' },
  lausanne: { ar: 'لوزان', en: 'Lausanne' },
  aleppo: { ar: 'حلب', en: 'Aleppo' },
};

/** Rounds of talks that drew bursts of coverage: events cluster around them. */
const PEAKS = ['2015-10-30', '2015-12-18', '2016-02-12', '2016-02-27', '2016-03-24', '2016-05-17', '2016-07-15', '2016-09-09', '2016-10-15', '2016-12-20'];
const RANGE_START = Date.UTC(2015, 0, 1);
const RANGE_END = Date.UTC(2017, 11, 31);
const DAY = 86_400_000;

const TYPE_WORDS: Record<EventType, { ar: string; en: string }> = {
  meeting: { ar: 'اجتماع', en: 'Meeting' },
  agreement: { ar: 'اتفاق', en: 'Agreement' },
  ceasefire: { ar: 'هدنة', en: 'Ceasefire' },
  deadline: { ar: 'مهلة', en: 'Deadline' },
  call: { ar: 'اتصال هاتفي', en: 'Phone call' },
  statement: { ar: 'تصريح', en: 'Statement' },
};

/** mulberry32: small, fast, good enough to spread dates; the seed makes files reproducible. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function iso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function clampDay(ms: number): number {
  return Math.min(RANGE_END, Math.max(RANGE_START, Math.round(ms / DAY) * DAY));
}

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)]!;
}

/** Box–Muller: a normal deviate, for dates bunched around a peak. */
function normal(rand: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
}

function dateFor(rand: () => number): TimelineEvent['date'] {
  const centre =
    rand() < 0.55
      ? clampDay(Date.parse(pick(rand, PEAKS)) + normal(rand) * 12 * DAY)
      : clampDay(RANGE_START + rand() * (RANGE_END - RANGE_START));
  const roll = rand();
  let precision: DatePrecision;
  let start = centre;
  let end = centre;
  if (roll < 0.68) precision = 'day';
  else if (roll < 0.8) {
    precision = 'days';
    end = clampDay(centre + (1 + Math.floor(rand() * 4)) * DAY);
  } else if (roll < 0.86) {
    precision = 'week';
    end = clampDay(centre + 6 * DAY);
  } else if (roll < 0.91) {
    precision = 'part-of-month';
    const d = new Date(centre);
    start = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() <= 10 ? 1 : d.getUTCDate() <= 20 ? 11 : 21);
    end = d.getUTCDate() <= 20 ? start + 9 * DAY : Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0);
  } else if (roll < 0.98) {
    precision = 'month';
    const d = new Date(centre);
    start = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
    end = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0);
  } else {
    precision = 'part-of-year';
    const d = new Date(centre);
    const half = d.getUTCMonth() < 6 ? 0 : 6;
    start = Date.UTC(d.getUTCFullYear(), half, 1);
    end = Date.UTC(d.getUTCFullYear(), half + 6, 0);
  }
  return { start: iso(start), end: iso(end), precision, approximate: rand() < 0.15 };
}

export interface SyntheticOptions {
  count: number;
  seed?: number;
  /** Events per article; each article body holds its events' excerpts. */
  eventsPerArticle?: number;
}

/** An `EventsFile` with `count` events, ids `syn-000001`…, sorted by date. */
export function syntheticEvents({ count, seed = 2016, eventsPerArticle = 4 }: SyntheticOptions): EventsFile {
  const rand = random(seed);
  const actorKeys = Object.keys(SYNTHETIC_ACTORS);
  const placeKeys = Object.keys(SYNTHETIC_PLACES);
  const drafts = Array.from({ length: count }, () => {
    const type: EventType = pick(rand, EVENT_TYPES);
    const date = dateFor(rand);
    const actors = [...new Set([pick(rand, actorKeys), ...(rand() < 0.5 ? [pick(rand, actorKeys)] : [])])].sort();
    const places = rand() < 0.8 ? [pick(rand, placeKeys)] : [];
    return { type, date, actors, places };
  });
  drafts.sort((a, b) => a.date.start.localeCompare(b.date.start) || a.date.end.localeCompare(b.date.end));

  const articles: ArticleMeta[] = [];
  const events: TimelineEvent[] = [];
  for (let first = 0; first < drafts.length; first += eventsPerArticle) {
    const articleId = `syn-article-${String(articles.length + 1).padStart(6, '0')}`;
    const group = drafts.slice(first, first + eventsPerArticle);
    const published = group.reduce((latest, d) => (d.date.end > latest ? d.date.end : latest), group[0]!.date.end);
    let body = `تقرير رقم ${articles.length + 1} عن المحادثات الأميركية الروسية بشأن سوريا.\n\n`;
    group.forEach((draft, k) => {
      const n = first + k + 1;
      const id = `syn-${String(n).padStart(6, '0')}`;
      const who = draft.actors.map((a) => SYNTHETIC_ACTORS[a]!.ar).join(' و');
      const where = draft.places.length ? ` في ${SYNTHETIC_PLACES[draft.places[0]!]!.ar}` : '';
      const word = TYPE_WORDS[draft.type];
      const sentence = `${word.ar} ${who}${where} بشأن سوريا، الحدث رقم ${n}.`;
      body += `وقالت مصادر مطلعة إن المحادثات مستمرة. `;
      const start = body.length;
      body += sentence;
      const end = body.length;
      body += '\n\n';
      const whoEn = draft.actors.map((a) => SYNTHETIC_ACTORS[a]!.en).join(' and ');
      const whereEn = draft.places.length ? ` in ${SYNTHETIC_PLACES[draft.places[0]!]!.en}` : '';
      events.push({
        id,
        type: draft.type,
        status: draft.date.end <= published ? 'held' : 'planned',
        date: draft.date,
        title: { ar: `${word.ar} ${who}${where}`, en: `${word.en}: ${whoEn}${whereEn} (#${n})` },
        actors: draft.actors,
        places: draft.places,
        excerpts: [{ article: articleId, start, end, text: sentence }],
      });
    });
    articles.push({
      id: articleId,
      title: `تقرير ${articles.length + 1}`,
      outlet: 'Synthetic',
      published,
      publishedFrom: 'metadata',
      body,
    });
  }
  return { articles, events, actors: SYNTHETIC_ACTORS, places: SYNTHETIC_PLACES };
}
