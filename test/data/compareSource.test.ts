// The compare page's fetching, against a fake static host of the bundled reports' JSON: a view
// fetches its reports' own files and nothing else, each once per page, a few at a time; a report the
// site lacks is missing (not an error), a failed fetch fails the view and is tried again next time.
import { describe, expect, it } from 'vitest';
import { publishedReportJson } from '../../src/data/publishedReport.ts';
import { PARALLEL_FETCHES, CompareSource } from '../../src/browser/compareSource.ts';
import { bundledCatalog } from './bundledCatalog.ts';

const BASE = '/nianbao/';
const INDEX = `${BASE}data/compare.json`;

/** A host serving every bundled report's JSON, answering in the order asked after a tick; `down` fails with 503. */
function host(down: Set<string> = new Set()) {
  const files = new Map(
    bundledCatalog().reports.map((r) => [
      `${BASE}data/reports/${r.id}.json`,
      publishedReportJson(r, { nianbaoVersion: '0' }, 'https://example.org/nianbao/'),
    ]),
  );
  const fetched: string[] = [];
  let running = 0;
  let most = 0;
  const fetcher = async (src: string): Promise<Response> => {
    fetched.push(src);
    most = Math.max(most, ++running);
    await new Promise((resolve) => setTimeout(resolve, 5));
    running--;
    if (down.has(src)) return new Response('', { status: 503 });
    if (src === INDEX) return new Response('{"provenance":{},"bodies":[]}');
    const body = files.get(src);
    return body === undefined ? new Response('', { status: 404 }) : new Response(body, { headers: { 'Content-Type': 'application/json' } });
  };
  return { fetcher, fetched, most: () => most };
}

const ids = bundledCatalog().reports.map((r) => r.id);
const LITONG = 'ningxia/wuzhong/litong-2022';

describe('CompareSource', () => {
  it('fetches only the view’s reports, each once per page, and gives them with their tables', async () => {
    const h = host();
    const source = new CompareSource(INDEX, BASE, h.fetcher);
    const first = await source.reportsFor([LITONG, LITONG]);
    expect(first.map((r) => r.id)).toEqual([LITONG]);
    expect(first[0]?.applications?.['received']?.['total']).toBe(
      bundledCatalog().reports.find((r) => r.id === LITONG)?.data.applications?.['received']?.['total'],
    );
    expect(h.fetched).toEqual([`${BASE}data/reports/${LITONG}.json`]);
    // A later view fetches only what it adds; the name index only when asked for.
    const second = await source.reportsFor([ids[1]!, LITONG]);
    expect(second.map((r) => r.id).sort()).toEqual([ids[1]!, LITONG].sort());
    expect(h.fetched).toEqual([`${BASE}data/reports/${LITONG}.json`, `${BASE}data/reports/${ids[1]}.json`]);
    await source.loadIndex();
    await source.loadIndex();
    expect(h.fetched.filter((u) => u === INDEX)).toHaveLength(1);
  });

  it(`fetches at most ${PARALLEL_FETCHES} files at once`, async () => {
    expect(ids.length).toBeGreaterThan(PARALLEL_FETCHES);
    const h = host();
    const got = await new CompareSource(INDEX, BASE, h.fetcher).reportsFor(ids);
    expect(got.map((r) => r.id).sort()).toEqual([...ids].sort());
    expect(h.most()).toBe(PARALLEL_FETCHES);
  });

  it('leaves out a report the site does not have, and fetches nothing for an id no file can have', async () => {
    const h = host();
    const got = await new CompareSource(INDEX, BASE, h.fetcher).reportsFor([LITONG, 'ningxia/nowhere-2030', '../reports', 'a/../../index']);
    expect(got.map((r) => r.id)).toEqual([LITONG]);
    expect(h.fetched).toEqual([`${BASE}data/reports/${LITONG}.json`, `${BASE}data/reports/ningxia/nowhere-2030.json`]);
  });

  it('fails a view when a file cannot be fetched, and tries that file again for the next view', async () => {
    const down = new Set([`${BASE}data/reports/${LITONG}.json`]);
    const h = host(down);
    const source = new CompareSource(INDEX, BASE, h.fetcher);
    await expect(source.reportsFor([LITONG, ids[1]!])).rejects.toThrow('HTTP 503');
    down.clear();
    expect((await source.reportsFor([LITONG])).map((r) => r.id)).toEqual([LITONG]);
    expect(h.fetched.filter((u) => u.endsWith(`${LITONG}.json`))).toHaveLength(2);
  });
});
