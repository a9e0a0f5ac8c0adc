// How the build hands the search records to the search index: the integration registers a sink for
// the length of a build, and the catalog, once built, offers every report's record to it. The records
// then go to Pagefind while the pages are still being rendered (on the other core), instead of after.
// Outside a build (astro dev) no sink is registered and nothing happens.
import type { SearchRecord } from './searchRecords.ts';

export interface RecordSink {
  /** `recordAt(i)` makes the i-th record when the index needs it, so that not all are held at once. */
  offer(count: number, recordAt: (i: number) => SearchRecord): void;
}

const KEY = Symbol.for('nianbao.searchRecordSink');
type Holder = { [KEY]?: RecordSink };

export function setRecordSink(sink: RecordSink | undefined): void {
  (globalThis as Holder)[KEY] = sink;
}

export function recordSink(): RecordSink | undefined {
  return (globalThis as Holder)[KEY];
}
