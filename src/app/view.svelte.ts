/**
 * The view: every piece of state a link reproduces, as runes, in one place. Components read and
 * call methods here; `url-sync.svelte.ts` mirrors it to the address bar through `toURL`/`fromURL`.
 * The visible range is kept in milliseconds (`domain`) so zooming is smooth below a day; `from`/`to`
 * are its whole-day view for the URL. Embeds and the presenter drive the page through these same
 * methods (`select`, `selectNext`, `setRange`, …) rather than through the DOM.
 */
import { browserMonths } from '../lib/format.ts';
import { detectLang, isRtl } from '../lib/i18n.ts';
import { domainToIsoRange, isoRangeToDomain, type Domain } from '../lib/timeline/scales.ts';
import { DEFAULT_TYPES, type EventType, type IsoDate } from '../lib/types.ts';
import { canonicalTypes, DEFAULT_VIEW, MAX_QUERY, type Lang, type Layout, type Mode, type MonthNames, type Theme, type ViewParams } from '../lib/url-state.ts';

/** What arrow keys and the presenter step through: the filtered events in date order. */
export type EventSequence = () => readonly { id: string }[];

export class ViewState {
  lang = $state<Lang | null>(DEFAULT_VIEW.lang);
  theme = $state<Theme | null>(DEFAULT_VIEW.theme);
  months = $state<MonthNames | null>(DEFAULT_VIEW.months);
  /** The month set this reader chose on an earlier visit (kept by the page, not in the URL). */
  rememberedMonths = $state<MonthNames | null>(null);
  event = $state<string | null>(DEFAULT_VIEW.event);
  types = $state.raw<EventType[]>([...DEFAULT_VIEW.types]);
  actors = $state.raw<string[]>([]);
  places = $state.raw<string[]>([]);
  q = $state('');
  /** Visible range in UTC ms; null fits all events. */
  domain = $state.raw<Domain | null>(null);
  layout = $state<Layout>(DEFAULT_VIEW.layout);
  mode = $state<Mode>(DEFAULT_VIEW.mode);
  embed = $state(DEFAULT_VIEW.embed);
  height = $state<number | null>(DEFAULT_VIEW.height);
  data = $state<string | null>(DEFAULT_VIEW.data);

  /** Languages the browser prefers, for `lang === null`. */
  browserLanguages: readonly string[];
  /** Dark-mode preference, for `theme === null`; reactive when it reads reactive state (a MediaQuery). */
  private prefersDark: () => boolean;
  private sequence: EventSequence = () => [];
  /** Set by `selectAutomatically` until the URL mirror has seen the change. Not state: nothing draws it. */
  private automaticChange = false;

  constructor(
    params: ViewParams = { ...DEFAULT_VIEW, types: [...DEFAULT_VIEW.types] },
    browserLanguages: readonly string[] = [],
    prefersDark: () => boolean = () => false,
  ) {
    this.browserLanguages = browserLanguages;
    this.prefersDark = prefersDark;
    this.apply(params);
  }

  /** The language in use. */
  uiLang: Lang = $derived.by(() => detectLang(this.lang, this.browserLanguages));
  rtl = $derived(isRtl(this.uiLang));
  uiTheme: Theme = $derived.by(() => this.theme ?? (this.prefersDark() ? 'dark' : 'light'));
  /** The Arabic month names in use: the link's, else the reader's earlier choice, else the browser region's. */
  uiMonths: MonthNames = $derived.by(() => this.months ?? this.rememberedMonths ?? browserMonths(this.browserLanguages));

  get from(): IsoDate | null {
    return this.domain ? domainToIsoRange(this.domain).from : null;
  }
  get to(): IsoDate | null {
    return this.domain ? domainToIsoRange(this.domain).to : null;
  }

  /** A snapshot for `toURL`; reading it tracks every field. */
  get params(): ViewParams {
    return {
      lang: this.lang,
      theme: this.theme,
      months: this.months,
      event: this.event,
      types: [...this.types],
      actors: [...this.actors],
      places: [...this.places],
      q: this.q,
      from: this.from,
      to: this.to,
      layout: this.layout,
      mode: this.mode,
      embed: this.embed,
      height: this.height,
      data: this.data,
    };
  }

  /** Take every field from params (a link, or back/forward). Keeps a finer domain that rounds to the same days. */
  apply(p: ViewParams): void {
    this.lang = p.lang;
    this.theme = p.theme;
    this.months = p.months;
    this.event = p.event;
    this.setFilters(p);
    if (!p.from || !p.to) this.domain = null;
    else if (p.from !== this.from || p.to !== this.to) this.domain = isoRangeToDomain(p.from, p.to);
    this.layout = p.layout;
    this.mode = p.mode;
    this.embed = p.embed;
    this.height = p.height;
    this.data = p.data;
  }

  /** Tell the view which events arrow keys step through (the catalog's filtered, date-ordered list). */
  setSequence(sequence: EventSequence): void {
    this.sequence = sequence;
  }

  select(id: string | null): void {
    this.event = id;
  }

  /**
   * A selection the page makes itself, not the reader (the presenter's first slide): the URL mirror
   * replaces the history entry instead of adding one, so Back does not land where it happens again.
   */
  selectAutomatically(id: string | null): void {
    if (id === this.event) return;
    this.automaticChange = true;
    this.event = id;
  }

  /** For the URL mirror: whether the change it is writing was automatic. Reading it clears it. */
  takeAutomaticChange(): boolean {
    const automatic = this.automaticChange;
    this.automaticChange = false;
    return automatic;
  }

  /**
   * Step through the filtered events in date order; from nothing, start at the first. Returns the new
   * id. `from`: the event to step from; the keyboard passes the focused mark's, which need not be the
   * selected one.
   */
  selectNext(from: string | null = this.event): string | null {
    return this.step(from, 1);
  }
  selectPrevious(from: string | null = this.event): string | null {
    return this.step(from, -1);
  }
  selectFirst(): string | null {
    const seq = this.sequence();
    return (this.event = seq[0]?.id ?? null);
  }
  selectLast(): string | null {
    const seq = this.sequence();
    return (this.event = seq[seq.length - 1]?.id ?? null);
  }

  private step(from: string | null, delta: 1 | -1): string | null {
    const seq = this.sequence();
    if (!seq.length) return null;
    const i = from === null ? -1 : seq.findIndex((e) => e.id === from);
    const next = i < 0 ? (delta > 0 ? 0 : seq.length - 1) : Math.min(seq.length - 1, Math.max(0, i + delta));
    this.event = seq[next].id;
    return this.event;
  }

  /** Show a range: ISO dates (inclusive days) or ms [start, end). Null fits everything. */
  setRange(from: IsoDate | null, to: IsoDate | null): void;
  setRange(from: number | null, to: number | null): void;
  setRange(from: IsoDate | number | null, to: IsoDate | number | null): void {
    if (from === null || to === null) {
      this.domain = null;
      return;
    }
    const [a, b] = typeof from === 'string' ? isoRangeToDomain(from, to as IsoDate) : [from, to as number];
    if (Number.isFinite(a) && Number.isFinite(b)) this.domain = a <= b ? [a, b] : [b, a];
  }

  fit(): void {
    this.domain = null;
  }

  setFilters(f: { types?: readonly EventType[]; actors?: readonly string[]; places?: readonly string[]; q?: string }): void {
    if (f.types) this.types = canonicalTypes(f.types);
    if (f.actors) this.actors = [...new Set(f.actors)].sort();
    if (f.places) this.places = [...new Set(f.places)].sort();
    if (f.q !== undefined) this.q = f.q.slice(0, MAX_QUERY);
  }

  toggleType(type: EventType): void {
    this.setFilters({ types: this.types.includes(type) ? this.types.filter((t) => t !== type) : [...this.types, type] });
  }

  toggleIn(field: 'actors' | 'places', key: string): void {
    const list = this[field];
    this.setFilters({ [field]: list.includes(key) ? list.filter((k) => k !== key) : [...list, key] });
  }

  clearFilters(): void {
    this.setFilters({ types: DEFAULT_TYPES, actors: [], places: [], q: '' });
  }

  setLang(lang: Lang | null): void {
    this.lang = lang;
  }
  setTheme(theme: Theme | null): void {
    this.theme = theme;
  }
  setMonths(months: MonthNames | null): void {
    this.months = months;
  }
  setLayout(layout: Layout): void {
    this.layout = layout;
  }
}
