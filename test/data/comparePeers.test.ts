// The compare view's peer figures: the note beside a rate from a year's peers file, and fetching
// those files once per year (a year without one is absent, not an error).
import { describe, expect, it } from 'vitest';
import { peerNote } from '../../src/data/comparePeers.ts';
import type { PeersYearJson } from '../../src/data/peersJson.ts';
import { CompareSource } from '../../src/browser/compareSource.ts';

const doc: PeersYearJson = {
  year: 2022,
  method: '',
  groups: {
    county: { disclosure: { count: 4, quartiles: { q1: 0.4, median: 0.5, q3: 0.6 } } },
    city: { disclosure: { count: 2, quartiles: null } },
  },
  reports: {
    a: { level: 'county', ranks: { disclosure: 2 } },
    g: { level: 'city', ranks: { disclosure: 1 } },
  },
};
const peers = new Map([[2022, doc]]);

describe('peerNote', () => {
  it('gives the rank of the level and year and their quartiles', () => {
    expect(peerNote(peers, { id: 'a', year: 2022 }, 'disclosure')).toBe('县级第 2 名 / 共 4 个；四分位数 40.0% · 50.0% · 60.0%');
  });

  it('says when fewer than 4 bodies give no quartiles', () => {
    expect(peerNote(peers, { id: 'g', year: 2022 }, 'disclosure')).toBe('市级第 1 名 / 共 2 个；同级不足 4 个，无四分位数');
  });

  it('is null for a report not ranked by the rate, of another year, or of no year', () => {
    expect(peerNote(peers, { id: 'a', year: 2022 }, 'reviewCorrection')).toBeNull();
    expect(peerNote(peers, { id: 'x', year: 2022 }, 'disclosure')).toBeNull();
    expect(peerNote(peers, { id: 'a', year: 2021 }, 'disclosure')).toBeNull();
    expect(peerNote(peers, { id: 'a', year: null }, 'disclosure')).toBeNull();
  });
});

describe('CompareSource.peersFor', () => {
  it('fetches each year’s file once, skips unknown years, and leaves out a year the site has none for', async () => {
    const fetched: string[] = [];
    const source = new CompareSource('/data/compare.json', '/nianbao/', async (src) => {
      fetched.push(src);
      return src === '/nianbao/data/peers-2022.json' ? new Response(JSON.stringify(doc)) : new Response('', { status: 404 });
    });
    const got = await source.peersFor([2022, 2021, null, 2022]);
    expect([...got.keys()]).toEqual([2022]);
    expect(got.get(2022)?.reports['a']?.ranks.disclosure).toBe(2);
    await source.peersFor([2022]);
    expect(fetched).toEqual(['/nianbao/data/peers-2022.json', '/nianbao/data/peers-2021.json']);
  });

  it('rejects on a failed fetch, and tries again next time', async () => {
    let down = true;
    const source = new CompareSource('', '/', async () => (down ? new Response('', { status: 503 }) : new Response(JSON.stringify(doc))));
    await expect(source.peersFor([2022])).rejects.toThrow('HTTP 503');
    down = false;
    expect((await source.peersFor([2022])).size).toBe(1);
  });
});
