/** The dev server's message that the events file was written again (see scripts/live-events.ts). */
export const LIVE_EVENTS_MESSAGE = 'timeline:events-changed';
