/**
 * The day an article's main news happened and where, for its reports without a date of their own:
 * the first past, day-precise date of its lead sentences that tells the news, and the places of the
 * lead paragraph.
 *
 * Deliberately not done: dating any report (merge.ts does, first from the article's own events).
 */
import type { FoldedText } from '../../src/lib/arabic.ts';
import type { EventDate, Span } from '../../src/lib/types.ts';
import { within, type ArticleContext, type EventCandidate } from './candidates.ts';
import { inRelativeClause } from './dates.ts';
import { placesIn, toFolded } from './participants.ts';
import type { GazetteerHit } from './gazetteer.ts';
import type { DateMention, LoadedArticle } from './types.ts';

/** Sentences at the top of an article searched for the day of its main news (the lead's "أمس"). */
const LEAD_SENTENCES = 3;

/**
 * The day the article's main news happened: the first past, day-precise, non-deadline date in
 * the lead sentences (one of its main clause before one of a side clause of the same sentence);
 * otherwise the publication day (and merging may find better: the date of the meeting the lead
 * reports). Always approximate. Its places are the locations named in the lead paragraph (the
 * line holding that sentence, else the first line).
 */
export function findContext(
  article: Pick<LoadedArticle, 'id' | 'body' | 'published'>,
  sentences: readonly Span[],
  mentions: readonly DateMention[],
  hits: readonly GazetteerHit[],
  candidates: readonly EventCandidate[],
  folded: FoldedText,
): ArticleContext {
  const lead = sentences.slice(0, LEAD_SENTENCES);
  let date: EventDate = { start: article.published, end: article.published, precision: 'day', approximate: true };
  let dateFromLead = false;
  let leadSentence = lead[0];
  const datesAnEvent = new Set(candidates.flatMap((c) => (c.excerpt.date ? [c.excerpt.date.start] : [])));
  const newsDays = lead.flatMap((sentence) => within(mentions, sentence).map((mention) => ({ sentence, mention })))
    .filter(({ mention: { deadline, value } }) => !deadline && value && (value.precision === 'day' || value.precision === 'days') && value.end <= article.published);
  // A date in a relative clause that dates none of the article's events describes something
  // else, and gives way to a date of its sentence's main clause ("تحت وقع اعتداءات باريس التي
  // خلفت ليلة الجمعة …، اتفق ممثلو 17 دولة، أمس السبت، على …"); a relative clause may still tell
  // the news ("اجتماع لوزان الذي عقد أمس").
  const side = ({ mention }: { mention: DateMention }) => !datesAnEvent.has(mention.start) && inRelativeClause(folded.text, toFolded(folded, mention.start));
  const first = newsDays[0];
  const news = first && side(first) ? (newsDays.find((d) => d.sentence === first.sentence && !side(d)) ?? first) : first;
  if (news) {
    const value = news.mention.value!;
    date = { start: value.start, end: value.end, precision: value.precision, approximate: true };
    dateFromLead = true;
    leadSentence = news.sentence;
  }
  const paragraph = leadSentence ? lineAround(article.body, leadSentence) : { start: 0, end: 0 };
  return {
    article: article.id,
    published: article.published,
    date,
    dateFromLead,
    leadEnd: lead.at(-1)?.end ?? 0,
    places: placesIn(hits, paragraph.start, paragraph.end),
  };
}

/** The line (paragraph) of the body holding the span. */
function lineAround(body: string, span: Span): { start: number; end: number } {
  LINE_END.lastIndex = span.end;
  const end = LINE_END.exec(body)?.index ?? body.length;
  return { start: Math.max(body.lastIndexOf('\n', span.start), body.lastIndexOf('\r', span.start)) + 1, end };
}

const LINE_END = /[\r\n]/g;
