// Which file of the compare data holds a report: /data/compare/<n>.json, n from a hash of the report's
// id, so that the page's script finds a report's shard from the id in the address alone, and a view
// fetches only the shards of the reports it shows. Pure: used by the build and by the page's script.

/** About this many reports per shard (some 200 KB of JSON): a view of a few reports stays light. */
export const REPORTS_PER_SHARD = 64;

/** How many shards the compare data is cut into for a portal of `reportCount` reports. */
export function compareShardCount(reportCount: number): number {
  return Math.max(1, Math.ceil(reportCount / REPORTS_PER_SHARD));
}

/** FNV-1a (32 bits) over the id's UTF-16 code units: the same in Node and every browser. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The shard (0 … count − 1) holding the report with this id. */
export function compareShardOf(id: string, count: number): number {
  return hash(id) % Math.max(1, count);
}
