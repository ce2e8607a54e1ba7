import { describe, expect, test } from 'vitest';
import { DEFAULT_VIEW, fromURL, type ViewParams } from '../../src/lib/url-state.ts';
import { DEFAULT_EMBED_HEIGHT, embedUrl, iframeSnippet, pymSnippet, snippetView, STRIP_HEIGHT, stripSnippet } from '../../src/embed/snippet.ts';

const view = (search: string): ViewParams => fromURL(new URLSearchParams(search));
const APP = 'https://tl.example/syria/index.html?lang=en#top';
const TITLE = 'Timeline of the US–Russia talks on Syria';

describe('embedUrl', () => {
  test.for([
    { search: '', height: null, expected: 'https://tl.example/syria/index.html?embed=1' },
    { search: 'lang=ar&event=ev-1', height: null, expected: 'https://tl.example/syria/index.html?embed=1&lang=ar&event=ev-1' },
    { search: 'mode=present&event=ev-1', height: null, expected: 'https://tl.example/syria/index.html?embed=1&event=ev-1', why: 'presenter mode is not embedded' },
    { search: 'types=agreement&from=2016-01-01&to=2016-03-01&theme=dark', height: 480, expected: 'https://tl.example/syria/index.html?embed=1&theme=dark&types=agreement&from=2016-01-01&to=2016-03-01&height=480' },
  ])('$search → $expected', ({ search, height, expected }) => {
    expect(embedUrl(APP, view(search), height)).toBe(expected);
  });
});

describe('iframeSnippet', () => {
  const html = iframeSnippet({ appUrl: APP, view: view('lang=ar&event=ev-1'), title: TITLE });

  test('is one iframe with an absolute, escaped URL that fixes the height it is given', () => {
    expect(html).toMatch(/^<iframe [^<]*><\/iframe>$/);
    expect(html).toContain('src="https://tl.example/syria/index.html?embed=1&amp;lang=ar&amp;height=760&amp;event=ev-1"');
    expect(html).toContain('height="760"');
  });

  test.for(['title="Timeline of the US–Russia talks on Syria"', 'loading="lazy"', 'allow="fullscreen"', 'width="100%"'])('has %s', (part) => {
    expect(html).toContain(part);
  });

  test('grants fullscreen once (both attributes together make the browser warn)', () => expect(html).not.toMatch(/\sallowfullscreen/));

  test('uses the view height when the view has one', () => {
    expect(iframeSnippet({ appUrl: APP, view: view('height=900'), title: TITLE })).toContain('height="900"');
  });

  test('escapes the title', () => {
    expect(iframeSnippet({ appUrl: APP, view: DEFAULT_VIEW, title: 'A "quoted" <b>' })).toContain('title="A &quot;quoted&quot; &lt;b&gt;"');
  });
});

describe('stripSnippet', () => {
  const html = stripSnippet({ appUrl: APP, view: view('lang=en&layout=list&height=900'), title: TITLE });

  test('is one plain iframe of the strip layout at the strip height, whatever the page showed', () => {
    expect(html).toMatch(/^<iframe [^<]*><\/iframe>$/);
    expect(html).toContain('src="https://tl.example/syria/index.html?embed=1&amp;lang=en&amp;layout=strip&amp;height=520"');
    expect(html).toContain(`height="${STRIP_HEIGHT}"`);
    expect(STRIP_HEIGHT).toBeLessThan(DEFAULT_EMBED_HEIGHT);
  });

  test('grants fullscreen once', () => expect(html.match(/fullscreen/g)).toHaveLength(1));
});

describe('snippetView', () => {
  test.for([
    { search: 'event=ev-1&lang=en', lang: 'ar', withEvent: false, expected: { event: null, lang: 'ar' }, why: 'the open event stays out unless asked for' },
    { search: 'event=ev-1', lang: 'en', withEvent: true, expected: { event: 'ev-1', lang: 'en' }, why: 'asked for: the open event goes in' },
    { search: '', lang: 'en', withEvent: true, expected: { event: null, lang: 'en' }, why: 'nothing open: nothing to include' },
  ] as const)('$why', ({ search, lang, withEvent, expected }) => {
    const before = view(search);
    const copy = structuredClone(before);
    expect(snippetView(before, lang, withEvent)).toMatchObject(expected);
    expect(before, 'does not modify its input').toEqual(copy);
  });
});

describe('pymSnippet', () => {
  const html = pymSnippet({ appUrl: APP, view: view('lang=ar&event=ev-1'), title: TITLE });

  test('loads pym from the app origin, never a CDN', () => {
    const scripts = [...html.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts).toEqual(['https://tl.example/syria/pym.v1.min.js']);
    expect(html).not.toMatch(/nprapps|cdn|unpkg|jsdelivr/i);
  });

  test('auto height: a placeholder height until pym reports one', () => {
    expect(html).toMatch(/<div id="timeline-[0-9a-z]+" style="min-height:760px"><\/div>/);
  });

  test('names the iframe and only trusts messages from the app origin', () => {
    expect(html).toContain(`title: "${TITLE}"`);
    expect(html).toContain(String.raw`xdomain: "^(?:https://tl\\.example)"`);
  });

  test('two different views get two different containers', () => {
    const other = pymSnippet({ appUrl: APP, view: view('lang=en'), title: TITLE });
    const id = (s: string) => s.match(/id="([^"]+)"/)?.[1];
    expect(id(html)).not.toBe(id(other));
  });

  test('cannot be broken out of by a title', () => {
    const evil = pymSnippet({ appUrl: APP, view: DEFAULT_VIEW, title: '</script><script>alert(1)</script>' });
    expect(evil.match(/<\/script>/g)).toHaveLength(2);
  });

  test('the inline script parses', () => {
    const script = html.split('<script>')[1].split('</script>')[0];
    expect(() => new Function(script)).not.toThrow();
  });
});

/**
 * The snippet's script run against a stand-in for pym and the page: what it loads, what it writes
 * into the article's URL. (The real pym, in a real page, is tested in tests/browser/embed.spec.ts.)
 */
describe('pymSnippet, run', () => {
  const html = pymSnippet({ appUrl: APP, view: view('lang=ar&event=ev-1'), title: TITLE });
  function run(html: string, pageUrl: string) {
    const script = html.split('<script>')[1].split('</script>')[0];
    const handlers = new Map<string, (value: string) => void>();
    const made: { id: string; src: string; options: Record<string, unknown> }[] = [];
    const page = { href: pageUrl };
    class Parent {
      constructor(id: string, src: string, options: Record<string, unknown>) {
        made.push({ id, src, options });
      }
      onMessage(type: string, handler: (value: string) => void) {
        handlers.set(type, handler);
      }
    }
    const el = { id: html.match(/id="([^"]+)"/)![1], style: { minHeight: '760px' } };
    const document = { getElementById: (id: string) => (id === el.id ? el : null) };
    const history = { state: null, replaceState: (_s: unknown, _t: string, href: string) => void (page.href = href) };
    // No IntersectionObserver: the snippet starts at once.
    new Function('pym', 'document', 'location', 'history', 'window', script)({ Parent }, document, page, history, {});
    return { made, page, select: (id: string) => handlers.get('timeline:selection')!(id) };
  }

  const link = (src: string) => new URL(src).searchParams.get('link');

  test('opens the event its own key names in the article URL, and writes the selection under that key', () => {
    const html = pymSnippet({ appUrl: APP, view: view('lang=en'), title: TITLE });
    const key = link(run(html, 'https://news.example/story').made[0].src)!;
    expect(key).toMatch(/^timeline-event-[0-9a-z]+$/);

    const opened = run(html, `https://news.example/story?page=2&${key}=ev-7`);
    expect(new URL(opened.made[0].src).searchParams.get('event')).toBe('ev-7');
    opened.select('ev-9');
    expect(opened.page.href).toBe(`https://news.example/story?page=2&${key}=ev-9`);
    opened.select('');
    expect(opened.page.href).toBe('https://news.example/story?page=2');
  });

  test('two embeds in one article have different keys, and a link for one does not open the other', () => {
    const en = pymSnippet({ appUrl: APP, view: view('lang=en'), title: TITLE });
    const ar = pymSnippet({ appUrl: APP, view: view('lang=ar'), title: TITLE });
    const enKey = link(run(en, 'https://news.example/story').made[0].src)!;
    const arKey = link(run(ar, 'https://news.example/story').made[0].src)!;
    expect(enKey).not.toBe(arKey);
    const article = `https://news.example/story?${enKey}=ev-1`;
    expect(new URL(run(en, article).made[0].src).searchParams.get('event')).toBe('ev-1');
    expect(new URL(run(ar, article).made[0].src).searchParams.get('event')).toBeNull();
  });

  test('loads the embed URL of the view, with no fixed height', () => {
    const { made } = run(html, 'https://news.example/story');
    const src = new URL(made[0].src);
    src.searchParams.delete('link');
    expect(src.href).toBe('https://tl.example/syria/index.html?embed=1&lang=ar&event=ev-1');
    expect(made[0].options).toMatchObject({ title: TITLE, allowfullscreen: true });
  });
});
