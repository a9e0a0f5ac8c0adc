// Pagefind is asked for each query word as an exact phrase of its pairs, and the reports that hold
// every word are the candidates: a report with the pairs apart (信访…访举…举报) is never a candidate,
// so its record is never downloaded.
import { describe, expect, it } from 'vitest';
import { type PagefindApi, findCandidates } from '../../src/search/findReports.ts';
import { indexText } from '../../src/search/searchText.ts';

/** Pagefind over a few texts, with its exact-phrase search: the phrase's words next to each other. */
function fakePagefind(texts: Record<string, string>): PagefindApi & { terms: string[] } {
  const words = Object.entries(texts).map(([id, text]) => [id, indexText(text).split(' ')] as const);
  const api = {
    terms: [] as string[],
    filters: async () => ({}),
    search: async (term: string) => {
      api.terms.push(term);
      const phrase = term.replace(/^"|"$/g, '').split(' ');
      const holds = (w: readonly string[]) => w.some((_, i) => phrase.every((p, k) => w[i + k] === p));
      return {
        results: words.filter(([, w]) => holds(w)).map(([id]) => ({ id, data: async () => ({ url: id, content: '', meta: {} }) })),
      };
    },
  };
  return api;
}

describe('findCandidates', () => {
  const pagefind = fakePagefind({
    together: '受理信访举报十件',
    apart: '信访工作，访举之后，举报',
    both: '2021年行政复议两件',
    yearOnly: '2021年',
    twice: '2020年',
  });

  it('asks for each word as an exact phrase of its pairs', async () => {
    pagefind.terms.length = 0;
    await findCandidates(pagefind, '行政复议 2021');
    expect(pagefind.terms).toEqual(['"行政 政复 复议"', '"20 02 21"']);
  });

  it('gives only the reports that hold every word with its pairs together', async () => {
    expect((await findCandidates(pagefind, '信访举报')).results.map((r) => r.id)).toEqual(['together']);
    expect((await findCandidates(pagefind, '行政复议，2021')).results.map((r) => r.id)).toEqual(['both']);
    expect((await findCandidates(pagefind, '2021')).results.map((r) => r.id)).toEqual(['both', 'yearOnly']);
  });

  it('keeps a token that comes twice in a word where it stands', async () => {
    pagefind.terms.length = 0;
    expect((await findCandidates(pagefind, '2020年')).results.map((r) => r.id)).toEqual(['twice']);
    expect(pagefind.terms).toEqual(['"20 02 20 0年"']);
  });

  it('stops asking once a word has no report', async () => {
    pagefind.terms.length = 0;
    expect((await findCandidates(pagefind, '淼犇 行政复议')).results).toEqual([]);
    expect(pagefind.terms).toEqual(['"淼犇"']);
  });
});
