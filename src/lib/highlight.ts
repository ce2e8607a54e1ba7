/**
 * Splits text into plain and marked pieces from UTF-16 offsets, so components can render `<mark>`
 * around date expressions and excerpts with text nodes only (never HTML strings). Spans are given in
 * the coordinates of the whole article body; `base` is where `text` starts in it. Overlapping or
 * out-of-range spans are clipped, not trusted.
 */

export interface MarkSpan {
  start: number;
  end: number;
  /** Class names for the piece, e.g. "excerpt" or "date". */
  kind: string;
  /** Optional id, e.g. which excerpt a piece belongs to, for scrolling to it. */
  ref?: number;
}

export interface TextPiece {
  text: string;
  /** Space-separated kinds of every span covering this piece; empty for plain text. */
  kind: string;
  ref?: number;
  /** True on the first piece of each span with a ref, so a caller can scroll to it. */
  first?: boolean;
}

export function highlightPieces(text: string, spans: readonly MarkSpan[], base = 0): TextPiece[] {
  const len = text.length;
  const clipped = spans
    .map((s) => ({ ...s, start: Math.max(0, s.start - base), end: Math.min(len, s.end - base) }))
    .filter((s) => s.end > s.start);
  const cuts = new Set<number>([0, len]);
  for (const s of clipped) cuts.add(s.start).add(s.end);
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: TextPiece[] = [];
  const seenRefs = new Set<number>();
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i];
    const b = points[i + 1];
    const covering = clipped.filter((s) => s.start <= a && s.end >= b);
    const kind = [...new Set(covering.map((s) => s.kind))].join(' ');
    const ref = covering.find((s) => s.ref !== undefined)?.ref;
    const piece: TextPiece = { text: text.slice(a, b), kind };
    if (ref !== undefined) {
      piece.ref = ref;
      if (!seenRefs.has(ref)) piece.first = true;
      seenRefs.add(ref);
    }
    const last = pieces[pieces.length - 1];
    if (last && last.kind === piece.kind && last.ref === piece.ref && !piece.first) last.text += piece.text;
    else pieces.push(piece);
  }
  return pieces;
}

/** Text inside one referenced span (an excerpt), or between such spans, with its own inner marks. */
export interface MarkedRun {
  /** Kinds of the referenced span covering the run; empty between spans. */
  kind: string;
  ref?: number;
  first?: boolean;
  /** The run's text split by the spans without a ref (date expressions). */
  pieces: TextPiece[];
}

/**
 * Two levels, for `<mark class="excerpt"><mark class="date">…</mark></mark>`: each span with a ref
 * (an excerpt) stays one outer mark, so an excerpt is one highlight even with a date expression
 * inside it, and is found whole by its text; spans without a ref are marked within.
 */
export function highlightRuns(text: string, spans: readonly MarkSpan[], base = 0): MarkedRun[] {
  const inner = spans.filter((s) => s.ref === undefined);
  let at = 0;
  return highlightPieces(text, spans.filter((s) => s.ref !== undefined), base).map((run) => {
    const pieces = highlightPieces(run.text, inner, base + at);
    at += run.text.length;
    return { kind: run.kind, ref: run.ref, first: run.first, pieces };
  });
}
