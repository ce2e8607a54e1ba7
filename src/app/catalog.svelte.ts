/**
 * The loaded events file and everything derived from it that more than one component needs: events
 * in date order with their numbers precomputed, lookups by id, the full time extent, and the
 * filtered list with per-type counts (recomputed only when the file or a filter changes — never on
 * zoom or pan). A place filter, and a search naming a place, take in the places within it (see
 * `places-within.ts`). The text search's code arrives with the first query (`loadSearch`); until
 * then a query filters nothing out.
 */
import { filterEvents, type FilterResult } from '../lib/filters.ts';
import { renamedId } from '../lib/renamed-id.ts';
import type { EventSearch } from '../lib/search.ts';
import type { PreparedEvent } from '../lib/timeline/prepare.ts';
import { coreExtent, fullExtent, type Domain } from '../lib/timeline/scales.ts';
import { DEFAULT_TYPES, type ArticleMeta, type EventsFile } from '../lib/types.ts';
import { expandPlaces, PLACE_WITHIN, type FacetEntry } from './places-within.ts';
import type { PreparedFile } from './prepared-file.ts';
import type { ViewState } from './view.svelte.ts';

export class Catalog {
  file = $state.raw<EventsFile | null>(null);
  /** Events in date order with their numbers precomputed (by the loading worker). */
  events = $state.raw<PreparedEvent[]>([]);
  actorFacets = $state.raw<FacetEntry[]>([]);
  /** The place filter's entries, venues nested under their cities. */
  placeFacets = $state.raw<FacetEntry[]>([]);
  private readonly view: ViewState;

  constructor(view: ViewState) {
    this.view = view;
    view.setSequence(() => this.filtered);
  }

  /** Fetches the text search, once (again after a failed fetch): call when there is a query. */
  loadSearch(): void {
    this.searchLoading ??= import('../lib/search.ts').then(
      (code) => (this.searchCode = code),
      () => (this.searchLoading = null),
    );
  }

  /** Show a newly loaded file. */
  take(prepared: PreparedFile): void {
    this.file = prepared.file;
    this.events = prepared.events;
    this.actorFacets = prepared.actorFacets;
    this.placeFacets = prepared.placeFacets;
    // A link to an event a rebuild renamed opens it under its new name.
    const open = this.view.event;
    const renamed = open && !this.events.some((e) => e.id === open) ? renamedId(open, this.events.map((e) => e.id)) : null;
    if (renamed) this.view.selectAutomatically(renamed);
  }

  byId: Map<string, PreparedEvent> = $derived(new Map(this.events.map((e) => [e.id, e])));
  articles: Map<string, ArticleMeta> = $derived(new Map((this.file?.articles ?? []).map((a) => [a.id, a])));
  /** Everything that can be scrolled to; null without events. */
  full: Domain | null = $derived(fullExtent(this.events));
  /** What "show all" shows: the extent without far-off stragglers (see `coreExtent`). */
  core: Domain | null = $derived(coreExtent(this.events));
  /** `search.ts`, once the first query has fetched it. */
  private searchCode = $state.raw<typeof import('../lib/search.ts') | null>(null);
  private searchLoading: Promise<unknown> | null = null;
  /** A search for a place finds events at the places within it, as the place filter does. */
  search: EventSearch | null = $derived(
    this.file && this.searchCode ? new this.searchCode.EventSearch(this.file, (places) => expandPlaces(places, Object.keys(PLACE_WITHIN))) : null,
  );
  /** The chosen places and every place within them ("Moscow" takes in the Kremlin). */
  private matchedPlaces: string[] = $derived.by(() => expandPlaces(this.view.places, Object.keys(this.file?.places ?? {})));
  /** True when a filter or search chose what is shown (the default types are no choice). */
  filtering: boolean = $derived.by(
    () => this.view.q !== '' || this.view.actors.length > 0 || this.view.places.length > 0 || this.view.types.join() !== DEFAULT_TYPES.join(),
  );

  private result: FilterResult<PreparedEvent> = $derived.by(() =>
    filterEvents(this.events, { types: this.view.types, actors: this.view.actors, places: this.matchedPlaces, q: this.view.q }, this.search),
  );
  /** Events passing all filters, in date order. */
  filtered: PreparedEvent[] = $derived(this.result.items);
  typeCounts = $derived(this.result.typeCounts);

  selected: PreparedEvent | null = $derived.by(() => this.view.event ? (this.byId.get(this.view.event) ?? null) : null);
}
