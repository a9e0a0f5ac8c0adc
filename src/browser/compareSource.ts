// Fetching the compare data in the browser: the name index once, when the reader first looks for a
// body, and a report's own JSON (/data/reports/<id>.json) only when the report is shown — each once
// per page, a few at a time.
import type { CompareIndex, CompareReport } from '../data/compareTypes.ts';
import { type ReportJson, compareReportOf, reportJsonPath } from '../data/compareReports.ts';
import type { PeersYearJson } from '../data/peersJson.ts';
import { dataUrls } from '../data/dataUrls.ts';

/** At most this many report files are fetched at once. */
export const PARALLEL_FETCHES = 4;

type Fetch = (src: string) => Promise<Response>;

async function getJson<T>(response: Response, src: string): Promise<T> {
  if (!response.ok) throw new Error(`${src}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

export class CompareSource {
  private index: Promise<CompareIndex> | undefined;
  private readonly reports = new Map<string, Promise<CompareReport | null>>();
  private readonly peers = new Map<number, Promise<PeersYearJson | null>>();
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  private readonly indexSrc: string;
  /** The site's base path, ending in `/`. */
  private readonly base: string;
  private readonly fetch: Fetch;

  constructor(indexSrc: string, base: string, fetcher: Fetch = (src) => fetch(src)) {
    this.indexSrc = indexSrc;
    this.base = base;
    this.fetch = fetcher;
  }

  loadIndex(): Promise<CompareIndex> {
    this.index ??= this.fetch(this.indexSrc).then((r) => getJson<CompareIndex>(r, this.indexSrc));
    return this.index;
  }

  /** Runs `task` when fewer than PARALLEL_FETCHES others are running. */
  private async limited<T>(task: () => Promise<T>): Promise<T> {
    while (this.active >= PARALLEL_FETCHES) await new Promise<void>((wake) => this.waiting.push(wake));
    this.active++;
    try {
      return await task();
    } finally {
      this.active--;
      this.waiting.shift()?.();
    }
  }

  /** A report from its JSON; null when the site has no such report (404, or an id no file can have). */
  private report(id: string): Promise<CompareReport | null> {
    let report = this.reports.get(id);
    if (!report) {
      const path = reportJsonPath(id);
      const src = `${this.base}${path}`;
      report =
        path === null
          ? Promise.resolve(null)
          : this.limited(async () => {
              const response = await this.fetch(src);
              if (response.status === 404) return null;
              const doc = await getJson<ReportJson>(response, src);
              return doc.id === id ? compareReportOf(doc) : null;
            });
      // A failed fetch is not kept: the next view tries again.
      report.catch(() => this.reports.delete(id));
      this.reports.set(id, report);
    }
    return report;
  }

  /** The reports with these ids that the site has, in the order asked; a failed fetch rejects. */
  async reportsFor(ids: readonly string[]): Promise<CompareReport[]> {
    const found = await Promise.all([...new Set(ids)].map((id) => this.report(id)));
    return found.filter((r) => r !== null);
  }

  /** A year's peer figures; null when the site has none for the year (404). */
  private peersOfYear(year: number): Promise<PeersYearJson | null> {
    let doc = this.peers.get(year);
    if (!doc) {
      const src = `${this.base}${dataUrls.peers(year)}`;
      doc = this.limited(async () => {
        const response = await this.fetch(src);
        return response.status === 404 ? null : getJson<PeersYearJson>(response, src);
      });
      doc.catch(() => this.peers.delete(year));
      this.peers.set(year, doc);
    }
    return doc;
  }

  /** The peer figures of these years that the site has, by year; a failed fetch rejects. */
  async peersFor(years: readonly (number | null)[]): Promise<Map<number, PeersYearJson>> {
    const known = [...new Set(years)].filter((y): y is number => y !== null);
    const docs = await Promise.all(known.map((y) => this.peersOfYear(y)));
    return new Map(known.flatMap((y, i) => (docs[i] ? [[y, docs[i]] as const] : [])));
  }
}
