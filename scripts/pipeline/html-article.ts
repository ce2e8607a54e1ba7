/**
 * A saved web page (or a CMS export) → the article's text and what the page says about it. The
 * page is parsed by jsdom and the main content chosen by Mozilla's Readability, the reader-mode
 * library Firefox uses, so navigation, share bars and related-story lists stay out without any
 * regular expression over tags. Nothing is fetched: jsdom loads no scripts, styles or images.
 *
 * The text keeps the page's paragraphs (one blank line between blocks); metadata comes from the
 * tags publishers use for it, each with where it was found: Open Graph and article:* meta tags,
 * schema.org JSON-LD, the canonical link, <title>, and a <time datetime> in the article.
 *
 * Deliberately not done: guessing a date from the text (the pipeline does that from the dateline,
 * for every article alike) or translating anything.
 */
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';

export interface Found {
  value: string;
  /** Where on the page it was found, for the report. */
  from: string;
}

export interface PageArticle {
  text: string;
  title?: Found;
  outlet?: Found;
  url?: Found;
  /** `YYYY-MM-DD` as the page gives it (the date part of a timestamp, not moved to any time zone). */
  published?: Found;
  language?: string;
}

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td';
const ISO_DAY = /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/;

export function articleFromHtml(html: string, pageUrl?: string): PageArticle | { problem: string } {
  const dom = new JSDOM(html, pageUrl ? { url: pageUrl } : {});
  const document = dom.window.document;
  // Metadata first: Readability changes the document it reads.
  const meta = (selector: string, from: string): Found | undefined => {
    const value = document.querySelector<HTMLMetaElement>(selector)?.content?.trim();
    return value ? { value, from } : undefined;
  };
  const jsonLd = readJsonLd(document);
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.getAttribute('href')?.trim();
  const timeTag = document.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime')?.trim();
  const language = document.documentElement.getAttribute('lang')?.trim().toLowerCase().split('-')[0] || undefined;

  const parsed = new Readability(document).parse();
  if (!parsed?.content) return { problem: 'no article text found on the page (reader mode found no main content)' };
  const text = paragraphs(parsed.content);
  if (!text) return { problem: 'no article text found on the page (the main content is empty)' };

  const title = meta('meta[property="og:title"]', 'og:title')
    ?? (jsonLd.headline ? { value: jsonLd.headline, from: 'JSON-LD headline' } : undefined)
    ?? (parsed.title ? { value: parsed.title.trim(), from: '<title>' } : undefined);
  const outlet = meta('meta[property="og:site_name"]', 'og:site_name')
    ?? (jsonLd.publisher ? { value: jsonLd.publisher, from: 'JSON-LD publisher' } : undefined)
    ?? meta('meta[name="application-name"]', 'application-name');
  const url = (canonical ? { value: absolute(canonical, pageUrl), from: 'canonical link' } : undefined)
    ?? meta('meta[property="og:url"]', 'og:url');
  const published = day(meta('meta[property="article:published_time"]', 'article:published_time'))
    ?? day(jsonLd.datePublished ? { value: jsonLd.datePublished, from: 'JSON-LD datePublished' } : undefined)
    ?? day(meta('meta[name="pubdate"], meta[name="publishdate"], meta[name="date"], meta[name="DC.date.issued"]', 'date meta tag'))
    ?? day(parsed.publishedTime ? { value: parsed.publishedTime, from: 'page metadata' } : undefined)
    ?? day(timeTag ? { value: timeTag, from: '<time datetime>' } : undefined);
  return { text, title, outlet, url, published, language };
}

/** The text of each block of Readability's article HTML, one paragraph each, blank lines between. */
function paragraphs(articleHtml: string): string {
  const document = new JSDOM(`<body>${articleHtml}</body>`).window.document;
  const blocks = [...document.querySelectorAll(BLOCKS)].filter((el) => !el.querySelector(BLOCKS));
  const texts = (blocks.length ? blocks : [document.body]).map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim());
  return texts.filter(Boolean).join('\n\n');
}

function day(found: Found | undefined): Found | undefined {
  const match = found && ISO_DAY.exec(found.value);
  return match ? { value: match[1], from: found.from } : undefined;
}

function absolute(href: string, base?: string): string {
  try {
    return new URL(href, base).href;
  } catch {
    return href;
  }
}

/** headline, datePublished and publisher name from schema.org JSON-LD (NewsArticle and kin), if any. */
function readJsonLd(document: Document): { headline?: string; datePublished?: string; publisher?: string } {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const items = (Array.isArray(data) ? data : [data, ...(((data as { '@graph'?: unknown[] })?.['@graph']) ?? [])]) as Record<string, unknown>[];
    for (const item of items) {
      if (!item || typeof item !== 'object' || typeof item.headline !== 'string') continue;
      const publisher = item.publisher as { name?: unknown } | undefined;
      return {
        headline: item.headline,
        datePublished: typeof item.datePublished === 'string' ? item.datePublished : undefined,
        publisher: typeof publisher?.name === 'string' ? publisher.name : undefined,
      };
    }
  }
  return {};
}
