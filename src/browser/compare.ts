// The compare page: reads the chosen reports from the address (?r=<id>,<id>&col=…&m=…), keeps the
// form and the address in step, and draws the side-by-side view. It fetches only what it shows: the
// chosen reports' own JSON (/data/reports/<id>.json), and the name index /data/compare.json once the
// reader looks for a body. Everything happens in the browser; the CSV download is made here too.
import { compareCsv } from '../data/compareCsv.ts';
import { type CompareState, MEASURE_KEYS, type MeasureKey, compareQuery, parseCompareQuery } from '../data/compareState.ts';
import type { CompareIndexBody, CompareLabels } from '../data/compareTypes.ts';
import { type Selection, selectReports } from '../data/compareView.ts';
import { renderChart } from './compareChart.ts';
import { saveText } from './compareDownload.ts';
import { MAX_CHOSEN_AT_ONCE, MAX_LISTED_BODIES, bodyItems, chosenItems, matchBodies } from './comparePicker.ts';
import { CompareSource } from './compareSource.ts';
import { indexedId } from '../data/compareIndexIds.ts';
import { applicationsTable, missingTableNote, ratesTable, reviewTable } from './compareTables.ts';
import type { PeersYearJson } from '../data/peersJson.ts';

const root = document.getElementById('compare');
if (root) start(root);

function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`#${id} is missing`);
  return node as T;
}

/** The labels of tables 3 and 4 the page carries (data-labels); null when they cannot be read. */
function labelsOf(app: HTMLElement): CompareLabels | null {
  try {
    const labels = JSON.parse(app.dataset['labels'] ?? '') as Partial<CompareLabels> | null;
    const lists = [labels?.applicationRows, labels?.applicationColumns, labels?.reviewGroups, labels?.reviewColumns];
    return lists.every(Array.isArray) ? (labels as CompareLabels) : null;
  } catch {
    return null;
  }
}

function start(app: HTMLElement): void {
  const notice = byId('compare-nojs');
  const status = byId('compare-status');
  const form = byId<HTMLFormElement>('compare-form');
  const results = byId('compare-results');
  const column = byId<HTMLSelectElement>('compare-column');
  const measure = byId<HTMLSelectElement>('compare-measure');
  const filter = byId<HTMLInputElement>('compare-filter');
  const found = byId('compare-found');
  const bodies = byId('compare-bodies');
  const chosen = byId('compare-chosen');
  const link = byId<HTMLInputElement>('compare-link');
  const slot = (name: string): HTMLElement => results.querySelector<HTMLElement>(`[data-slot="${name}"]`) ?? results;
  const base = app.dataset['base'] ?? '/';
  const source = new CompareSource(app.dataset['index'] ?? '', base);
  const columns = [...column.options].map((o) => o.value);
  const labels = labelsOf(app);
  // Without the labels the page cannot show a table: it stays as it is without JavaScript.
  if (!labels) return;

  notice.hidden = true;
  app.hidden = false;

  // The ids are not known before their files are fetched: a value whose commas were encoded
  // (r=a%2Cb, as URLSearchParams writes it) is split, as for any id the site lacks.
  let state: CompareState = parseCompareQuery(location.search, columns, new Set());
  let selection: Selection = { reports: [], missing: [] };
  let listed: CompareIndexBody[] = [];
  let drawn = 0;

  const failed = (): void => {
    app.hidden = true;
    notice.hidden = false;
    if (!notice.querySelector('.compare-failed'))
      notice.prepend(
        Object.assign(document.createElement('p'), {
          className: 'compare-failed',
          textContent: '比较所需的数据未能载入，请稍后刷新重试。',
        }),
      );
  };

  const tickListed = (): void => {
    for (const box of bodies.querySelectorAll<HTMLInputElement>('input[name="r"]')) box.checked = state.ids.includes(box.value);
  };

  const show = async (): Promise<void> => {
    const turn = ++drawn;
    column.value = state.column;
    measure.value = state.measure;
    tickListed();
    if (state.ids.length > 0) status.textContent = '正在载入比较数据…';
    let reports;
    try {
      reports = await source.reportsFor(state.ids);
    } catch {
      if (turn === drawn) failed();
      return;
    }
    // The peer figures of the reports' years: without them (a failed fetch) the rates stand alone.
    const peers = await source.peersFor(reports.map((r) => r.year)).catch(() => new Map<number, PeersYearJson>());
    if (turn !== drawn) return;
    selection = selectReports(reports, state.ids);
    chosen.replaceChildren(...chosenItems(selection.reports));
    const query = compareQuery({ ...state, ids: [...selection.reports.map((r) => r.id), ...selection.missing] });
    history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
    link.value = location.href;

    const missing =
      selection.missing.length > 0 ? `链接中的 ${selection.missing.length} 份报告在本站找不到：${selection.missing.join('、')}。` : '';
    const n = selection.reports.length;
    status.textContent = `${n === 0 ? '尚未选择报告：请在上方查找机关并勾选至少一份报告。' : `正在比较 ${n} 份报告。`}${missing}`;
    results.hidden = n === 0;
    if (n === 0) return;
    slot('rates').replaceChildren(ratesTable(selection.reports, base, peers));
    slot('applications').replaceChildren(
      ...[
        missingTableNote(selection.reports, 'applications', '表三'),
        applicationsTable(labels, selection.reports, state.column, base),
      ].filter((x) => x !== null),
    );
    slot('review').replaceChildren(
      ...[missingTableNote(selection.reports, 'reviewLitigation', '表四'), reviewTable(labels, selection.reports, base)].filter(
        (x) => x !== null,
      ),
    );
    void renderChart(slot('chart'), selection.reports, state.measure);
  };

  const update = (ids: string[]): void => {
    const m = (MEASURE_KEYS as readonly string[]).includes(measure.value) ? (measure.value as MeasureKey) : state.measure;
    state = { ids: [...new Set(ids)], column: columns.includes(column.value) ? column.value : state.column, measure: m };
    void show();
  };

  const list = async (): Promise<void> => {
    const typed = filter.value;
    if (typed.trim() === '') {
      listed = [];
      bodies.replaceChildren();
      found.textContent = '';
      return;
    }
    found.textContent = '正在查找…';
    let index;
    try {
      index = await source.loadIndex();
    } catch {
      failed();
      return;
    }
    if (filter.value !== typed) return;
    const matches = matchBodies(index.bodies, typed);
    listed = matches.slice(0, MAX_LISTED_BODIES);
    bodies.replaceChildren(...bodyItems(listed, new Set(state.ids)));
    found.textContent =
      matches.length === 0
        ? '没有名称含这些字词的机关。'
        : matches.length > listed.length
          ? `找到 ${matches.length} 个机关，列出前 ${listed.length} 个；再输入些字词可以缩小范围。`
          : `找到 ${matches.length} 个机关。`;
  };

  /** A year's reports of the bodies listed, or of every body when none is listed and they are few. */
  const chooseYear = async (year: string): Promise<void> => {
    let from = listed;
    if (filter.value.trim() === '') {
      try {
        from = (await source.loadIndex()).bodies;
      } catch {
        failed();
        return;
      }
    }
    const ofYear = from.flatMap((b) => b.reports.filter(([, y]) => String(y) === year).map((r) => indexedId(b, r)));
    if (ofYear.length === 0) {
      found.textContent = `所列机关没有 ${year} 年的报告。`;
      return;
    }
    if (ofYear.length > MAX_CHOSEN_AT_ONCE) {
      found.textContent = `${year} 年共有 ${ofYear.length} 份报告，一次最多选 ${MAX_CHOSEN_AT_ONCE} 份：请先在上方查找机关，缩小范围。`;
      return;
    }
    update([...state.ids, ...ofYear]);
  };

  form.addEventListener('change', (event) => {
    const target = event.target as HTMLInputElement;
    if (target === filter) return;
    if (target.name === 'r') update(target.checked ? [...state.ids, target.value] : state.ids.filter((id) => id !== target.value));
    else update(state.ids);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update(state.ids);
  });
  form.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-year], button[data-clear]');
    if (!button) return;
    const year = button.dataset['year'];
    if (year === undefined) return update([]);
    void chooseYear(year);
  });
  filter.addEventListener('input', () => void list());
  // The index is fetched when the reader comes to the box, so the first words find bodies at once.
  filter.addEventListener('focus', () => void source.loadIndex().catch(() => undefined), { once: true });

  byId('compare-copy').addEventListener('click', () => {
    const copied = navigator.clipboard?.writeText(link.value);
    if (!copied) {
      link.select();
      status.textContent = '请按 Ctrl+C（或 ⌘+C）复制已选中的链接。';
      return;
    }
    copied.then(
      () => (status.textContent = '已复制本视图的链接。'),
      () => {
        link.select();
        status.textContent = '请按 Ctrl+C（或 ⌘+C）复制已选中的链接。';
      },
    );
  });
  byId('compare-download').addEventListener('click', () => {
    saveText(compareCsv(labels, selection.reports), 'nianbao-compare.csv', 'text/csv;charset=utf-8');
  });

  void show();
}
