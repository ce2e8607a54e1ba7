/**
 * `{name}` placeholders in a UI template, filled from `vars`. One rule for every string table (the
 * app's in `i18n.ts`, the presenter's and the embed's): values arrive already formatted for the
 * language, and a placeholder with no value stays visible, so a missing one shows up in review
 * instead of vanishing from the sentence.
 */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}
