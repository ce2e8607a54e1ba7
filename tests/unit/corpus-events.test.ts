/**
 * The pipeline against the hand-annotated events of the five founding articles: the bar is
 * recall ≥ 0.9 (core annotations) and precision ≥ 0.85. Prints both, with what was missed and what
 * was spurious, so a regression says where it is.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { runPipeline } from '../../scripts/pipeline/run.ts';
import { serialiseEventsFile } from '../../scripts/pipeline/write.ts';
import { scoreEvents, type AnnotatedEvent } from '../support/score-events.ts';

const annotated: { events: AnnotatedEvent[] } = JSON.parse(
  readFileSync(new URL('../fixtures/annotated-events.json', import.meta.url), 'utf8'),
);

describe('events of the five founding articles', () => {
  const run = runPipeline('data/articles');
  const score = scoreEvents(run.events.events, annotated.events);

  test('reads every article without an error', () => {
    expect(run.diagnostics.filter((d) => d.level === 'error')).toEqual([]);
    expect(run.articles).toHaveLength(5);
  });

  test('recall ≥ 0.9 and precision ≥ 0.85 against the hand-annotated list', () => {
    console.log(
      `corpus events: precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)} ` +
        `(${run.events.events.length} events, ${score.matched.length} matched)\n` +
        `  missed: ${score.missed.join(', ') || 'none'}\n  spurious: ${score.spurious.join(', ') || 'none'}`,
    );
    expect(score.recall).toBeGreaterThanOrEqual(0.9);
    expect(score.precision).toBeGreaterThanOrEqual(0.85);
  });

  test('the committed data/events.json is what the pipeline makes of data/articles', () => {
    const committed = readFileSync('data/events.json', 'utf8');
    expect(committed).toBe(serialiseEventsFile(run.events));
  });
});
