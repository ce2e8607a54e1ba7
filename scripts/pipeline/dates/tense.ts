/**
 * The tense of the clause around a date expression: the sign nearest before it (a past verb of the
 * news, a word of plans, a future verb), else the nearest after it. It decides which occurrence of
 * a bare weekday, date, month or holiday the text means (resolve.ts).
 */
import { AHEAD_VERBS, DECLARED_TRUCE, FUTURE_WORDS, MAY_PARTICLE, PAST_WORDS, PLAN_BEFORE_THAT, PUT_OFF_UNTIL, SINCE_WORDS, START_WORDS } from '../../tables/tense.ts';
import { allMatches } from '../matches.ts';
import type { Tense } from './expression.ts';
import { alternation, foldedSet, FUTURE_LOOKALIKE_SET, GAP, isWordChar } from './patterns.ts';

const CLAUSE_BREAK = /[.!?؟\n،,؛;:«»"“”()]/g;
/** How far from an expression its clause is read for tense: a clause without punctuation ends here. */
const CLAUSE_REACH = 120;

/**
 * The clause around each of a series of spans given in ascending order: from the last break before
 * the span to the first break after it, with where it starts. One scan for the breaks, then a
 * pointer that only moves on.
 */
export function clausesOf(folded: string): (start: number, end: number) => { text: string; from: number; to: number } {
  const breaks: number[] = [];
  CLAUSE_BREAK.lastIndex = 0;
  for (let match = CLAUSE_BREAK.exec(folded); match; match = CLAUSE_BREAK.exec(folded)) breaks.push(match.index);
  breaks.push(folded.length);
  let before = 0;
  return (start, end) => {
    while (breaks[before] < start) before++;
    let after = before;
    while (breaks[after] < end) after++;
    const from = Math.max(before === 0 ? 0 : breaks[before - 1] + 1, start - CLAUSE_REACH);
    return { text: folded.slice(from, Math.min(breaks[after], end + CLAUSE_REACH)), from, to: breaks[after] };
  };
}

/** What the clause around `[start, end)` of the folded text says of time (`tenseOfClause`). */
export function tenseAt(folded: string, start: number, end: number): Tense | undefined {
  const clause = clausesOf(folded)(start, end);
  return tenseOfClause(clause.text, start - clause.from, end - clause.from);
}

const AHEAD_VERB_SET = foldedSet(AHEAD_VERBS);
/** "بعد أسبوع من الآن": counted from now, ahead. Folded. */
const FROM_NOW = /^\s+(?:الان|اليوم)(?![\p{L}])/u;
/** "أن" right before a verb, folded. */
const AFTER_AN = /(?:^|\s)ان\s$/;
/**
 * A sign of tense, after an optional و/ف. Future: a word of plans, سـ + the imperfective prefix
 * ي/ت/ن + a stem of at least three letters ("سيعقد", "ستستمران", "سنقدم"), or "قد" + a ي-verb
 * ("قد يجري"). Past: a perfective verb of the news or a past relation word.
 */
const TENSE_SIGN = new RegExp(
  `[وف]?(?:(?<future>${alternation([...FUTURE_WORDS, ...AHEAD_VERBS])}|س[يتن]\\p{L}{3,}|${alternation([MAY_PARTICLE])}${GAP}ي\\p{L}+)` +
    // A start phrase may open with a past verb ("أعلنت … هدنة"، "أرجئت … حتى"): it is tried first.
    `|(?<start>${alternation(START_WORDS)}|${PUT_OFF_UNTIL}|${DECLARED_TRUCE})|(?<since>${alternation(SINCE_WORDS)})|(?<past>${alternation(PAST_WORDS)}))(?![\\p{L}])`,
  'gu',
);

/**
 * What a clause says of time at the expression `[start, end)` (clause offsets): the sign nearest
 * before it, else the nearest after it, since a report can quote a plan ("قال إنه سيلتقي ... في 26 شباط"). A noun shaped like a
 * future verb ("سياسة") is no sign. The start of a word is checked here rather than with a
 * lookbehind, which would run at every position.
 */
export function tenseOfClause(clause: string, start: number, end: number, ofWhatWasSaid = false): Tense | undefined {
  // The year of a date in what was said ("أقر بأن استئناف المحادثات في 25 فبراير …") is not read
  // from the tense of the saying; a weekday is, the saying being the nearest time told.
  const said = ofWhatWasSaid ? lastComplementiser(clause, start) : -1;
  let best: { tense: Tense; distance: number } | undefined;
  let previous: { tense: Tense; phrase: boolean } | undefined;
  let startWord = Infinity;
  TENSE_SIGN.lastIndex = 0;
  for (let match = TENSE_SIGN.exec(clause); match; match = TENSE_SIGN.exec(clause)) {
    const signEnd = match.index + match[0].length;
    const inside = match.index >= start && signEnd <= end;
    if (match.groups?.start !== undefined) {
      if (!inside && signEnd <= start) startWord = Math.min(startWord, start - signEnd);
      // A day inside a start phrase ("أعلن الجيش يوم الخميس هدنة") is its opening verb's: past.
      else if (match.index < start && signEnd > end && match.index >= said && (!best || start - match.index < best.distance)) best = { tense: 'past', distance: start - match.index };
      TENSE_SIGN.lastIndex = signEnd;
      continue;
    }
    if (match.groups?.since !== undefined && (signEnd > start || FROM_NOW.test(clause.slice(signEnd)))) {
      TENSE_SIGN.lastIndex = signEnd;
      continue;
    }
    const word = match.groups?.future;
    const phrase = match[0].includes(' ');
    let tense: Tense = word === undefined ? 'past' : 'future';
    // "على أن يبدأ يوم السبت" looks ahead; "كان من المقرر أن تبدأ في 25 يناير" was an old plan.
    if (word !== undefined && AHEAD_VERB_SET.has(word) && AFTER_AN.test(clause.slice(Math.max(0, match.index - 4), match.index))
      && previous?.phrase && previous.tense === 'past') tense = 'past';
    if (!inside && signEnd > said && !isWordChar(clause, match.index - 1) && !(word !== undefined && FUTURE_LOOKALIKE_SET.has(word))) {
      // The verb a date belongs to comes before it ("أعلن ليل الجمعة خطة لهدنة تبدأ الاثنين"):
      // a sign after the expression speaks for it only when none stands before.
      const distance = signEnd <= start ? start - signEnd : CLAUSE_REACH + match.index - end;
      if (!best || distance < best.distance) best = { tense, distance };
      previous = { tense, phrase };
    }
    // A sign of several words is one sign: the plan word inside "كان من المقرر" is not read again.
    TENSE_SIGN.lastIndex = phrase ? signEnd : match.index + 1;
  }
  return best?.tense === 'past' && startWord < best.distance ? undefined : best?.tense;
}

/** The first word after the comma, maybe after a connective ("ثم"، "فقد"): the verb the phrase is fronted to. Folded. */
const FRONTED_VERB = /^\s*(?:ثم |فقد |قد )?([^\s،,.]+)/;
const FRONTED_REACH = 40;
/** A phrase of time opens its clause: "وفي …"، "ويوم …"، "ومساء …". Folded. */
const FRONTED_PHRASE = /^\s*[وف]?(?:في|يوم|خلال|صباح|مساء|ليل|ليله|فجر|ظهر|عشيه|غداه)\s/;
/** Verbs of saying after the comma are an attribution ("…، أكد دي ميستورا اليوم"), not what the phrase dates. Folded. */
const ATTRIBUTION = /^(?:قال|قالت|اكد|اكدت|افاد|افادت|ذكر|ذكرت|اوضح|اوضحت|اضاف|اضافت)$/;
/** `TENSE_SIGN` without the global flag: anywhere in a clause, and at the start of a word. */
const SIGN_ANYWHERE = new RegExp(TENSE_SIGN.source, 'u');
const SIGN_AT_START = new RegExp(`^(?:${TENSE_SIGN.source})`, 'u');

/**
 * A phrase of time put before its clause, set off by a comma ("وفي ساعة متأخرة من ليل ١١ إلى ١٢
 * شباط، اتفقت المجموعة"): with no sign of its own, it takes the tense of the verb that opens the
 * clause after the comma, unless that verb only says who said it. `clause` is the phrase's clause
 * and `to` the break that ends it.
 */
export function frontedTense(folded: string, clause: string, to: number): Tense | undefined {
  if ((folded[to] !== '،' && folded[to] !== ',') || !FRONTED_PHRASE.test(clause) || SIGN_ANYWHERE.test(clause)) return undefined;
  return tenseOfVerbAfter(folded, to, true);
}

/** The tense of the verb opening the clause after the break at `to`, if it is a sign; an attribution's ("، أكد دي ميستورا") is none when `notAttribution`. */
function tenseOfVerbAfter(folded: string, to: number, notAttribution: boolean): Tense | undefined {
  const verb = FRONTED_VERB.exec(folded.slice(to + 1, to + 1 + FRONTED_REACH))?.[1];
  const sign = verb === undefined || (notAttribution && ATTRIBUTION.test(verb)) ? null : SIGN_AT_START.exec(verb);
  return sign && sign.groups?.start === undefined ? (sign.groups?.future === undefined ? 'past' : 'future') : undefined;
}

/**
 * A phrase set off by commas in the middle of its sentence ("وجاء التفاهم بعد يوم من مناشدة دي
 * ميستورا، في مؤتمر صحافي في جنيف الخميس، موسكو وواشنطن …"): with no sign of its own, it takes
 * the tense of the verb its sentence goes on with right after it ("إن لقاءه مع كيري، الجمعة في
 * جنيف، سيركز على …"), else the tense its sentence told before it. `from` and `to` are the breaks
 * around the phrase's clause.
 */
export function insertedTense(folded: string, clause: string, from: number, to: number): Tense | undefined {
  if (!INSERT_BREAK.test(folded[from - 1] ?? '') || !INSERT_BREAK.test(folded[to] ?? '') || SIGN_ANYWHERE.test(clause)) return undefined;
  const after = tenseOfVerbAfter(folded, to, false);
  if (after) return after;
  const opens = Math.max(folded.lastIndexOf('.', from - 1), folded.lastIndexOf('\n', from - 1), from - 1 - INSERT_REACH);
  const before = folded.slice(opens + 1, from - 1);
  return tenseOfClause(before, before.length, before.length);
}
const INSERT_BREAK = /[،,]/;
/** Folded characters of its sentence read before an inserted phrase for its tense. */
const INSERT_REACH = 160;

/**
 * Where the last "أن"/"بأن"/"إن" before `start` opens what was said, or -1: not one of a plan
 * ("كان من المقرر أن تبدأ", "على أن يبدأ"), whose words are the tense of what follows. Folded.
 */
function lastComplementiser(clause: string, start: number): number {
  let at = -1;
  for (const m of allMatches(COMPLEMENTISER, clause.slice(0, start))) if (!PLAN_BEFORE.test(clause.slice(Math.max(0, m.index - 12), m.index))) at = m.index + m[0].length;
  return at;
}
const COMPLEMENTISER = /(?:^|\s)[وف]?(?:ب)?ان(?:ه|ها|هما|هم)?\s/g;
const PLAN_BEFORE = new RegExp(`(?:${PLAN_BEFORE_THAT})$`);
