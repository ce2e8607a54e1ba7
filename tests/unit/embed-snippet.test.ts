import { describe, expect, test } from 'vitest';
import { DEFAULT_VIEW, fromURL, type ViewParams } from '../../src/lib/url-state.ts';
import { embedUrl, iframeSnippet, pymSnippet } from '../../src/embed/snippet.ts';

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
    expect(html).toContain('src="https://tl.example/syria/index.html?embed=1&amp;lang=ar&amp;height=600&amp;event=ev-1"');
    expect(html).toContain('height="600"');
  });

  test.for(['title="Timeline of the US–Russia talks on Syria"', 'loading="lazy"', 'allowfullscreen', 'width="100%"'])('has %s', (part) => {
    expect(html).toContain(part);
  });

  test('uses the view height when the view has one', () => {
    expect(iframeSnippet({ appUrl: APP, view: view('height=900'), title: TITLE })).toContain('height="900"');
  });

  test('escapes the title', () => {
    expect(iframeSnippet({ appUrl: APP, view: DEFAULT_VIEW, title: 'A "quoted" <b>' })).toContain('title="A &quot;quoted&quot; &lt;b&gt;"');
  });
});

describe('pymSnippet', () => {
  const html = pymSnippet({ appUrl: APP, view: view('lang=ar&event=ev-1'), title: TITLE });

  test('loads pym from the app origin, never a CDN', () => {
    const scripts = [...html.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts).toEqual(['https://tl.example/syria/pym.v1.min.js']);
    expect(html).not.toMatch(/nprapps|cdn|unpkg|jsdelivr/i);
  });

  test('auto height: no fixed height in the embed URL, a placeholder height until pym reports one', () => {
    expect(html).toContain('new URL("https://tl.example/syria/index.html?embed=1&lang=ar&event=ev-1")');
    expect(html).toMatch(/<div id="timeline-[0-9a-z]+" style="min-height:600px"><\/div>/);
  });

  test('names the iframe and only trusts messages from the app origin', () => {
    expect(html).toContain(`title: "${TITLE}"`);
    expect(html).toContain(String.raw`xdomain: "^(?:https://tl\\.example)"`);
  });

  test('mirrors the selection into the host URL and reads it back', () => {
    expect(html).toContain('var key = "timeline-event"');
    expect(html).toContain("onMessage('timeline:selection'");
    expect(html).toContain('history.replaceState');
    expect(html).toContain("src.searchParams.set('event', linked)");
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
