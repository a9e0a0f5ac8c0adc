// The search page in the browser: reads the query and filters from the address, asks the static
// Pagefind index, confirms each hit and shows it with the sections that contain the words.
// Everything is built with DOM calls and textContent: report text is untrusted.
import { type ReportHit, confirm } from '../search/findReports.ts';
import { type ShardedIndex, candidateStream } from '../search/candidateStream.ts';
import { type PagefindModule, loadShardedIndex } from '../search/shardedIndex.ts';
import { rankHits } from '../search/rankHits.ts';
import { queryWords } from '../search/searchText.ts';
import { fillWhenOpened } from './filterLists.ts';

const FILTER_LABELS: [string, string, 'checkbox' | 'select'][] = [
  ['year', '年度', 'checkbox'],
  ['level', '层级', 'checkbox'],
  ['format', '格式', 'checkbox'],
  ['region', '地区', 'select'],
  ['body', '机关', 'select'],
];
const PAGE = 10;
/**
 * Candidates confirmed and ranked together (see src/search/rankHits.ts): the order holds within each
 * window. One page's worth: each candidate costs its record's download (a window of 30 made a first
 * one-word search at 10,000 reports 386 KiB instead of about 230).
 */
const WINDOW = PAGE;

const form = document.getElementById('search-form') as HTMLFormElement;
const input = document.getElementById('q') as HTMLInputElement;
const status = document.getElementById('search-status') as HTMLElement;
const list = document.getElementById('search-results') as HTMLOListElement;
const more = document.getElementById('search-more') as HTMLButtonElement;
const filterBox = document.getElementById('search-filters') as HTMLElement;
const base = form.dataset.base ?? '/';

// Values and counts of the short filters come with the page (src/pages/search.astro).
const counts = JSON.parse(form.dataset.filters ?? '{}') as Record<string, Record<string, number>>;

let index: ShardedIndex | null = null;
/** Pagefind with the first shard of the index; shard k (k ≥ 1, at pagefind/shard-k/) is merged when needed. */
async function loadIndex(): Promise<ShardedIndex> {
  if (index) return index;
  const module = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as PagefindModule;
  index = await loadShardedIndex(module, `${base}pagefind/`, base, Number(form.dataset.shards ?? 1), Number(form.dataset.buckets ?? 1));
  return index;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function siteUrl(url: string): string {
  // Pagefind returns the record's URL below baseUrl; make sure it is below the site's base path.
  return url.startsWith(base) ? url : `${base}${url.replace(/^\//, '')}`;
}

/** The excerpt with the query's words marked. */
function excerptNode(excerpt: string, words: string[]): HTMLElement {
  const p = el('p', undefined, 'excerpt');
  const pattern = words.filter((w) => w !== '').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const parts = pattern.length > 0 ? excerpt.split(new RegExp(`(${pattern.join('|')})`)) : [excerpt];
  for (const part of parts) p.append(words.includes(part) ? el('mark', part) : document.createTextNode(part));
  return p;
}

function renderHit(hit: ReportHit, words: string[]): HTMLLIElement {
  const li = el('li');
  const h = el('h2');
  const a = el('a', hit.meta.title ?? hit.url);
  a.href = siteUrl(hit.url);
  h.append(a);
  li.append(h);
  if (hit.onlyInTables) li.append(el('p', '仅见于统计表', 'table-only'));
  const sections = el('ul', undefined, 'sub-results');
  for (const s of hit.sections.slice(0, 3)) {
    const item = el('li');
    const link = el('a', s.heading === '' ? '标题与导言' : s.heading);
    link.href = `${siteUrl(hit.url)}${s.anchor ? `#${s.anchor}` : ''}`;
    item.append(link, excerptNode(s.excerpt, words));
    sections.append(item);
  }
  li.append(sections);
  return li;
}

function readState(): { q: string; filters: Record<string, string[]>; sort: boolean } {
  const params = new URLSearchParams(location.search);
  const filters: Record<string, string[]> = {};
  for (const [key] of FILTER_LABELS) {
    const values = params.getAll(key).filter((v) => v !== '');
    if (values.length > 0) filters[key] = values;
  }
  return { q: params.get('q') ?? '', filters, sort: params.get('sort') === 'year' };
}

function writeState(q: string, filters: Record<string, string[]>, sort: boolean): void {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  for (const [key, values] of Object.entries(filters)) for (const v of values) params.append(key, v);
  if (sort) params.set('sort', 'year');
  history.replaceState(null, '', `${location.pathname}${params.size > 0 ? `?${params}` : ''}`);
}

function renderFilters(selected: Record<string, string[]>, sort: boolean): void {
  filterBox.replaceChildren();
  for (const [key, label, kind] of FILTER_LABELS) {
    // A long list (region, body) starts with what the address selects and loads the rest when opened.
    const values =
      kind === 'select'
        ? (selected[key] ?? [])
        : Object.keys(counts[key] ?? {}).sort((a, b) => (key === 'year' ? Number(b) - Number(a) : a.localeCompare(b, 'zh-CN')));
    if (kind === 'checkbox' && values.length === 0) continue;
    const fieldset = el('fieldset');
    fieldset.append(el('legend', label));
    if (kind === 'checkbox') {
      for (const value of values) {
        const id = `f-${key}-${value}`;
        const box = el('input');
        box.type = 'checkbox';
        box.name = key;
        box.value = value;
        box.id = id;
        box.checked = selected[key]?.includes(value) ?? false;
        const lab = el('label', `${value}（${counts[key]?.[value] ?? 0}）`);
        lab.htmlFor = id;
        const wrap = el('span', undefined, 'filter-option');
        wrap.append(box, lab);
        fieldset.append(wrap);
      }
    } else {
      const id = `f-${key}`;
      const lab = el('label', `选择${label}`, 'visually-hidden');
      lab.htmlFor = id;
      const select = el('select');
      select.name = key;
      select.id = id;
      select.append(new Option('全部', ''));
      for (const value of values) select.append(new Option(value, value, false, selected[key]?.includes(value) ?? false));
      fillWhenOpened(select, form.dataset.filterLists ?? `${base}search/filters.json`, key);
      fieldset.append(lab, select);
    }
    filterBox.append(fieldset);
  }
  const sortSet = el('fieldset');
  sortSet.append(el('legend', '排序'));
  for (const [value, text] of [
    ['', '按相关度'],
    ['year', '按年度（新到旧）'],
  ] as const) {
    const radio = el('input');
    radio.type = 'radio';
    radio.name = 'sort';
    radio.value = value;
    radio.id = `sort-${value || 'relevance'}`;
    radio.checked = (value === 'year') === sort;
    const lab = el('label', text);
    lab.htmlFor = radio.id;
    const wrap = el('span', undefined, 'filter-option');
    wrap.append(radio, lab);
    sortSet.append(wrap);
  }
  filterBox.append(sortSet);
  filterBox.hidden = false;
}

let run = 0;
async function search(): Promise<void> {
  const { q, filters, sort } = readState();
  input.value = q;
  const mine = ++run;
  list.replaceChildren();
  more.hidden = true;
  if (queryWords(q).length === 0) {
    status.textContent = Object.keys(filters).length > 0 ? '请输入搜索词。' : '';
    return;
  }
  status.textContent = '正在搜索…';
  const stream = candidateStream(await loadIndex(), { text: q, filters, sortByYear: sort, years: Object.keys(counts.year ?? {}) });
  if (mine !== run) return;
  const words = queryWords(q);
  let shown = 0;
  const ready: ReportHit[] = [];
  const showMore = async (): Promise<void> => {
    more.hidden = true;
    while (ready.length < PAGE) {
      const batch = await stream.take(WINDOW);
      if (batch.length === 0) break;
      const records = await Promise.all(batch.map((r) => r.data()));
      if (mine !== run) return;
      const hits = records.map((record) => confirm(record, q)).filter((hit): hit is ReportHit => hit !== null);
      ready.push(...rankHits(hits, sort));
    }
    for (const hit of ready.splice(0, PAGE)) {
      list.append(renderHit(hit, words));
      shown++;
    }
    const remaining = stream.pending();
    const earlier = stream.moreShards();
    status.textContent =
      shown === 0 && remaining === 0 && ready.length === 0 && !earlier
        ? `没有找到包含“${words.join(' ')}”的报告。`
        : `找到 ${shown + ready.length}${remaining > 0 || earlier ? '+' : ''} 份包含“${words.join(' ')}”的报告${remaining > 0 ? `，还有 ${remaining} 份待核实` : ''}${earlier ? '，较早的报告还可继续搜索' : ''}。`;
    more.hidden = remaining === 0 && ready.length === 0 && !earlier;
  };
  await showMore();
  more.onclick = () => void showMore();
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const data = new FormData(form);
  const filters: Record<string, string[]> = {};
  for (const [key] of FILTER_LABELS) {
    const values = data
      .getAll(key)
      .map(String)
      .filter((v) => v !== '');
    if (values.length > 0) filters[key] = values;
  }
  writeState(String(data.get('q') ?? ''), filters, data.get('sort') === 'year');
  void search();
});
filterBox.addEventListener('change', () => form.requestSubmit());

const initial = readState();
renderFilters(initial.filters, initial.sort);
void search();
