/**
 * How a regex's matches can begin: its first characters, as one small regex that matches wherever
 * the regex may match (and perhaps elsewhere), so a scanner can look for the cheap openings and
 * run the costly regex only where one is.
 *
 * Takes a regex source (no flags but `g`, none that change what a character is) and a length;
 * gives the source of an alternation of every way a match can begin over that many characters
 * (fewer where a match may end sooner), or undefined when a match may begin with any character or
 * match nothing at all, where no opening can rule a place out.
 *
 * Reads what the trigger table is written with: literals, escapes, classes, groups, alternation,
 * the quantifiers `? * + {m,n}` (greedy or lazy) and lookarounds. A lookaround, an anchor or a word
 * boundary matches no character, so it is skipped: that only widens the openings. Anything that
 * stands for many characters (a negated or wide class, `.`, `\S`, a back-reference) opens with any.
 *
 * Deliberately not done: matching itself, or telling which alternative an opening belongs to.
 */
import { escapeRegExp } from './words.ts';

/** One character the regex may read there, or `ANY` where it may read many. */
const ANY = '\uffff';
/** A class of more characters than this is read as any character: it rules out too little to be worth its openings. */
const MOST_CLASS_CHARACTERS = 8;
type Node =
  | { kind: 'characters'; characters: string[] }
  | { kind: 'empty' }
  | { kind: 'sequence'; items: { node: Node; min: number; max: number }[] }
  | { kind: 'alternation'; options: Node[] };

export function openingsSource(source: string, length: number): string | undefined {
  const openings = [...openingsOf(parse(source), length)];
  if (openings.some((o) => o.length === 0 || o[0] === ANY)) return undefined;
  return openings.map((o) => [...o].map((c) => (c === ANY ? '[^]' : escapeRegExp(c))).join('')).join('|');
}

/** Every way a match of `node` can begin, as strings of up to `length` characters; one shorter than `length` is a whole match. */
function openingsOf(node: Node, length: number): Set<string> {
  switch (node.kind) {
    case 'characters':
      return new Set(node.characters);
    case 'empty':
      return new Set(['']);
    case 'alternation':
      return new Set(node.options.flatMap((option) => [...openingsOf(option, length)]));
    case 'sequence': {
      let before = new Set(['']);
      for (const item of node.items) {
        // Once every opening is long enough, what follows cannot change them.
        if ([...before].every((o) => o.length >= length)) break;
        before = followedBy(before, repeated(openingsOf(item.node, length), item.min, item.max, length), length);
      }
      return before;
    }
  }
}

/** Openings of `min` to `max` repetitions: past `length` characters more repetitions add nothing. */
function repeated(once: Set<string>, min: number, max: number, length: number): Set<string> {
  const out = new Set(min === 0 ? [''] : []);
  let current = new Set(['']);
  for (let count = 1; count <= Math.min(max, Math.max(min, length)); count++) {
    current = followedBy(current, once, length);
    if (count >= min) for (const o of current) out.add(o);
  }
  return out;
}

function followedBy(before: Set<string>, after: Set<string>, length: number): Set<string> {
  const out = new Set<string>();
  for (const a of before) {
    if (a.length >= length) out.add(a);
    else for (const b of after) out.add((a + b).slice(0, length));
  }
  return out;
}

/**
 * The character an escape at `at` stands for (`ANY` for a class escape such as `\\s`, a property or
 * a back-reference), and where the source goes on.
 */
function escaped(source: string, at: number): [string, number] {
  const c = source[at + 1];
  if (c === 'u' && /^[0-9a-fA-F]{4}$/.test(source.slice(at + 2, at + 6))) return [String.fromCharCode(parseInt(source.slice(at + 2, at + 6), 16)), at + 6];
  const control = CONTROL_ESCAPES[c];
  if (control !== undefined) return [control, at + 2];
  return [/[A-Za-z0-9]/.test(c) ? ANY : c, at + 2];
}
const CONTROL_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', 0: '\0' };

/** The characters of a class body (no `^`), or undefined when they are too many to list. */
function classCharacters(body: string): string[] | undefined {
  const characters = new Set<string>();
  for (let at = 0; at < body.length;) {
    let first: string;
    [first, at] = body[at] === '\\' ? escaped(body, at) : [body[at], at + 1];
    let last = first;
    if (body[at] === '-' && at + 1 < body.length) [last, at] = body[at + 1] === '\\' ? escaped(body, at + 1) : [body[at + 1], at + 2];
    if (first === ANY || last === ANY || last.charCodeAt(0) - first.charCodeAt(0) >= MOST_CLASS_CHARACTERS) return undefined;
    for (let code = first.charCodeAt(0); code <= last.charCodeAt(0); code++) characters.add(String.fromCharCode(code));
    if (characters.size > MOST_CLASS_CHARACTERS) return undefined;
  }
  return [...characters];
}

/** A node that reads one known string. */
function single(node: Node | undefined): node is { kind: 'characters'; characters: [string] } {
  return node?.kind === 'characters' && node.characters.length === 1 && !node.characters[0].includes(ANY);
}

/** The source as a tree of the constructs above. */
function parse(source: string): Node {
  let at = 0;
  const alternation = (): Node => {
    const options = [sequence()];
    while (source[at] === '|') {
      at++;
      options.push(sequence());
    }
    return options.length === 1 ? options[0] : { kind: 'alternation', options };
  };
  const sequence = (): Node => {
    const items: { node: Node; min: number; max: number }[] = [];
    while (at < source.length && source[at] !== '|' && source[at] !== ')') {
      const node = term();
      const bounds = quantifier();
      const last = items.at(-1);
      // A run of single characters is one string: "موجز" is one step, not four.
      if (single(node) && single(last?.node) && bounds.min === 1 && bounds.max === 1 && last!.min === 1 && last!.max === 1) {
        last!.node = { kind: 'characters', characters: [last!.node.characters[0] + node.characters[0]] };
      } else items.push({ node, ...bounds });
    }
    return { kind: 'sequence', items };
  };
  const term = (): Node => {
    const c = source[at];
    if (c === '(') {
      const lookaround = /^\(\?<?[=!]/.exec(source.slice(at, at + 4));
      at += lookaround ? lookaround[0].length : source.startsWith('(?:', at) ? 3 : source.startsWith('(?<', at) ? source.indexOf('>', at) + 1 : 1;
      const inside = alternation();
      at++; // the closing parenthesis
      return lookaround ? { kind: 'empty' } : inside;
    }
    if (c === '[') {
      let end = at + 1;
      while (source[end] !== ']') end += source[end] === '\\' ? 2 : 1;
      const characters = source[at + 1] === '^' ? undefined : classCharacters(source.slice(at + 1, end));
      at = end + 1;
      return { kind: 'characters', characters: characters ?? [ANY] };
    }
    if (c === '\\') return escape();
    at++;
    if (c === '^' || c === '$') return { kind: 'empty' };
    return { kind: 'characters', characters: [c === '.' ? ANY : c] };
  };
  const escape = (): Node => {
    const c = source[at + 1];
    const [character, next] = escaped(source, at);
    at = next;
    if (c === 'b' || c === 'B') return { kind: 'empty' };
    return { kind: 'characters', characters: [character] };
  };
  const quantifier = (): { min: number; max: number } => {
    const c = source[at];
    const braces = c === '{' ? /^\{(\d+)(,(\d*))?\}/.exec(source.slice(at)) : null;
    let bounds = { min: 1, max: 1 };
    if (c === '?' || c === '*' || c === '+') {
      at++;
      bounds = { min: c === '+' ? 1 : 0, max: c === '?' ? 1 : Infinity };
    } else if (braces) {
      at += braces[0].length;
      bounds = { min: Number(braces[1]), max: braces[2] === undefined ? Number(braces[1]) : braces[3] === '' ? Infinity : Number(braces[3]) };
    } else return bounds;
    // Lazy or greedy, the same characters can be read.
    if (source[at] === '?') at++;
    return bounds;
  };
  const tree = alternation();
  if (at !== source.length) throw new SyntaxError(`unbalanced parenthesis at ${at} in ${source}`);
  return tree;
}
