/**
 * The `?origin=` setting: which host origins may command an embedded timeline, and where its replies
 * go. Takes the raw parameter; gives a list of origins, or null for "any". Fails closed: a parameter
 * that is present but names no usable origin allows nobody, rather than everybody.
 */

/** null: no restriction. An empty list: nobody. */
type AllowedOrigins = readonly string[] | null;

function toOrigin(entry: string): string | null {
  try {
    const url = new URL(entry);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : null;
  } catch {
    return null;
  }
}

/** `https://a.example, https://b.example/` → both origins; entries that are not http(s) URLs are dropped. */
export function parseAllowedOrigins(raw: string | null): AllowedOrigins {
  if (raw === null) return null;
  const origins = raw
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(toOrigin)
    .filter((o): o is string => o !== null);
  return [...new Set(origins)];
}

/** Exact comparison: `https://example.com` does not admit `https://evil-example.com` or `http://example.com`. */
export function isAllowedOrigin(origin: string, allowed: AllowedOrigins): boolean {
  return allowed === null || allowed.includes(origin);
}

/**
 * Where replies are posted. Without a restriction: `*`. With one: the parent's origin when the
 * browser tells us it (`location.ancestorOrigins`, or the referrer) and it is allowed, nothing when
 * it is known and not allowed, and each allowed origin when it is unknown (the browser then delivers
 * only to the one that matches). Knowing it first avoids posting at a window that will refuse.
 */
export function replyTargets(allowed: AllowedOrigins, parentOrigin: string | null): readonly string[] {
  if (allowed === null) return ['*'];
  if (parentOrigin === null) return allowed;
  return allowed.includes(parentOrigin) ? [parentOrigin] : [];
}

const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g;

/**
 * pym's `xdomain` setting for the same rule. pym tests `origin.match(new RegExp(xdomain + '$'))`,
 * so the alternatives are grouped and anchored at the start; `(?!)` never matches (allow nobody).
 */
export function pymXdomain(allowed: AllowedOrigins): string {
  if (allowed === null) return '*';
  if (allowed.length === 0) return '^(?!)';
  return `^(?:${allowed.map((o) => o.replace(REGEX_SPECIAL, '\\$&')).join('|')})`;
}
