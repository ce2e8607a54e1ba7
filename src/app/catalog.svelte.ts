/**
 * The loaded events file and everything derived from it that more than one component needs: events
 * in date order with their numbers precomputed, lookups by id, the full time extent, and the
 * filtered list with per-type counts (recomputed only when the file or a filter changes — never on
 * zoom or pan).
 */
import { EventSearch, facetCounts, filterEvents, type FilterResult } from '../lib/search.ts';
import { prepareEvents, type PreparedEvent } from '../lib/timeline/prepare.ts';
import { coreExtent, fullExtent, type Domain } from '../lib/timeline/scales.ts';
import type { ArticleMeta, EventsFile } from '../lib/types.ts';
import type { ViewState } from './view.svelte.ts';

export class Catalog {
  file = $state.raw<EventsFile | null>(null);
  private readonly view: ViewState;

  constructor(view: ViewState) {
    this.view = view;
    view.setSequence(() => this.filtered);
  }

  events: PreparedEvent[] = $derived(this.file ? prepareEvents(this.file.events) : []);
  byId: Map<string, PreparedEvent> = $derived(new Map(this.events.map((e) => [e.id, e])));
  articles: Map<string, ArticleMeta> = $derived(new Map((this.file?.articles ?? []).map((a) => [a.id, a])));
  /** Everything that can be scrolled to; null without events. */
  full: Domain | null = $derived(fullExtent(this.events));
  /** What "show all" shows: the extent without far-off stragglers (see `coreExtent`). */
  core: Domain | null = $derived(coreExtent(this.events));
  search: EventSearch | null = $derived(this.file ? new EventSearch(this.file) : null);

  private result: FilterResult<PreparedEvent> = $derived.by(() =>
    filterEvents(this.events, { types: this.view.types, actors: this.view.actors, places: this.view.places, q: this.view.q }, this.search),
  );
  /** Events passing all filters, in date order. */
  filtered: PreparedEvent[] = $derived(this.result.items);
  typeCounts = $derived(this.result.typeCounts);
  actorCounts = $derived(facetCounts(this.file?.events ?? [], 'actors'));
  placeCounts = $derived(facetCounts(this.file?.events ?? [], 'places'));

  selected: PreparedEvent | null = $derived.by(() => this.view.event ? (this.byId.get(this.view.event) ?? null) : null);
}
