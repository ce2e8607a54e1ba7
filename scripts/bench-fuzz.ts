/**
 * `npm run bench:fuzz [-- --seed N --texts N --sets N]`: the fuzz properties of
 * `tests/unit/fuzz.test.ts` on many more inputs and a new seed each run (printed, so a failure can be
 * replayed with `--seed`). Prints how many inputs ran, how many failed, how much the inputs
 * exercised (date mentions, events), and the time per input, with the slowest one per character:
 * a tagger that backtracks catastrophically shows up there long before it hangs.
 *
 * Exits 1 on any failing input, after printing the seed and the shrunk counterexample.
 */
import fc from 'fast-check';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { eventsFileProblems, fuzzArticles, fuzzText, mentionProblems, publishedDate } from '../tests/support/fuzz.ts';
import { tagDates } from './pipeline/dates.ts';
import { extractEvents } from './pipeline/extract.ts';

const { values } = parseArgs({ options: { seed: { type: 'string' }, texts: { type: 'string' }, sets: { type: 'string' } } });
const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);
const texts = Number(values.texts ?? 60_000);
const sets = Number(values.sets ?? 2_000);

interface Tally {
  inputs: number;
  chars: number;
  found: number;
  ms: number;
  slowest: { ms: number; chars: number; input: unknown };
}

const tally = (): Tally => ({ inputs: 0, chars: 0, found: 0, ms: 0, slowest: { ms: 0, chars: 0, input: null } });

function timed<T>(t: Tally, input: unknown, chars: number, run: () => T, count: (result: T) => number): T {
  const started = performance.now();
  const result = run();
  const ms = performance.now() - started;
  t.inputs++;
  t.chars += chars;
  t.ms += ms;
  t.found += count(result);
  if (ms > t.slowest.ms) t.slowest = { ms, chars, input };
  return result;
}

function check<Ts extends unknown[]>(name: string, property: fc.IProperty<Ts>, numRuns: number): boolean {
  const details = fc.check(property, { seed, numRuns });
  if (!details.failed) return true;
  console.error(`${name}: FAILED after ${details.numRuns} inputs (seed ${seed}, path ${details.counterexamplePath})`);
  console.error(`  counterexample: ${JSON.stringify(details.counterexample)}`);
  console.error(`  ${details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance)}`);
  return false;
}

const tagger = tally();
const extraction = tally();
console.log(`bench:fuzz seed ${seed}: ${texts.toLocaleString('en')} texts for the date tagger, ${sets.toLocaleString('en')} article sets for the extraction`);

const taggerOk = check('date tagger', fc.property(fuzzText(), publishedDate, (text, published) => {
  const mentions = timed(tagger, { text, published }, text.length, () => tagDates(text, { published }), (m) => m.length);
  const problems = mentionProblems(text, mentions);
  if (problems.length) throw new Error(problems.join('; '));
}), texts);

const extractionOk = check('extraction', fc.property(fuzzArticles(), (articles) => {
  const chars = articles.reduce((n, a) => n + a.body.length, 0);
  const { file } = timed(extraction, articles, chars, () => extractEvents(articles), (r) => r.file.events.length);
  const problems = eventsFileProblems(file, articles);
  if (problems.length) throw new Error(problems.join('; '));
}), sets);

for (const [name, t, unit] of [['date tagger', tagger, 'date mentions'], ['extraction', extraction, 'events']] as const) {
  console.log(`${name}: ${t.inputs.toLocaleString('en')} inputs (${(t.chars / 1e6).toFixed(1)} M characters), ${t.found.toLocaleString('en')} ${unit}; `
    + `${((t.ms * 1000) / t.inputs).toFixed(0)} µs per input, slowest ${t.slowest.ms.toFixed(1)} ms for ${t.slowest.chars} characters`);
}
// The slowest input, timed again: slow twice is the input, slow once was the machine (GC, JIT, a neighbour).
const again = tagger.slowest.input as { text: string; published: string };
const started = performance.now();
tagDates(again.text, { published: again.published });
console.log(`slowest tagger input again: ${(performance.now() - started).toFixed(1)} ms: ${JSON.stringify(again)}`);
process.exitCode = taggerOk && extractionOk ? 0 : 1;
