// The compare page: reads the chosen reports from the address (?r=<id>,<id>&col=…&m=…), keeps the
// form and the address in step, and draws the side-by-side view from /data/compare.json. Everything
// happens in the browser; the CSV download is made here too.
import { compareCsv } from '../data/compareCsv.ts';
import { type CompareState, MEASURE_KEYS, type MeasureKey, compareQuery, parseCompareQuery } from '../data/compareState.ts';
import type { CompareData } from '../data/compareTypes.ts';
import { type Selection, selectReports } from '../data/compareView.ts';
import { renderChart } from './compareChart.ts';
import { saveText } from './compareDownload.ts';
import { applicationsTable, missingTableNote, ratesTable, reviewTable } from './compareTables.ts';

const root = document.getElementById('compare');
if (root) void start(root);

function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`#${id} is missing`);
  return node as T;
}

async function loadData(src: string): Promise<CompareData> {
  const response = await fetch(src);
  if (!response.ok) throw new Error(`${src}: HTTP ${response.status}`);
  return (await response.json()) as CompareData;
}

async function start(app: HTMLElement): Promise<void> {
  const notice = byId('compare-nojs');
  const status = byId('compare-status');
  const form = byId<HTMLFormElement>('compare-form');
  const results = byId('compare-results');
  const column = byId<HTMLSelectElement>('compare-column');
  const measure = byId<HTMLSelectElement>('compare-measure');
  const filter = byId<HTMLInputElement>('compare-filter');
  const link = byId<HTMLInputElement>('compare-link');
  const slot = (name: string): HTMLElement => results.querySelector<HTMLElement>(`[data-slot="${name}"]`) ?? results;
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="r"]')];
  const base = app.dataset['base'] ?? '/';

  notice.hidden = true;
  app.hidden = false;
  status.textContent = '正在载入比较数据…';
  let data: CompareData;
  try {
    data = await loadData(app.dataset['src'] ?? '');
  } catch {
    app.hidden = true;
    notice.hidden = false;
    notice.prepend(Object.assign(document.createElement('p'), { textContent: '比较所需的数据未能载入，请稍后刷新重试。' }));
    return;
  }
  const known = new Set(data.reports.map((r) => r.id));
  const columns = data.labels.applicationColumns.map(([key]) => key);

  let selection: Selection = { reports: [], missing: [] };
  let state: CompareState = parseCompareQuery(location.search, columns, known);

  const show = (): void => {
    selection = selectReports(data.reports, state.ids);
    for (const box of boxes) box.checked = state.ids.includes(box.value);
    column.value = state.column;
    measure.value = state.measure;
    const query = compareQuery({ ...state, ids: [...selection.reports.map((r) => r.id), ...selection.missing] });
    history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
    link.value = location.href;

    const missing = selection.missing.length > 0 ? `链接中的 ${selection.missing.length} 份报告在本站找不到：${selection.missing.join('、')}。` : '';
    const n = selection.reports.length;
    status.textContent = `${n === 0 ? '尚未选择报告：请在上方勾选至少一份报告。' : `正在比较 ${n} 份报告。`}${missing}`;
    results.hidden = n === 0;
    if (n === 0) return;
    slot('rates').replaceChildren(ratesTable(selection.reports, base));
    slot('applications').replaceChildren(
      ...[missingTableNote(selection.reports, 'applications', '表三'), applicationsTable(data.labels, selection.reports, state.column, base)].filter((x) => x !== null),
    );
    slot('review').replaceChildren(
      ...[missingTableNote(selection.reports, 'reviewLitigation', '表四'), reviewTable(data.labels, selection.reports, base)].filter((x) => x !== null),
    );
    void renderChart(slot('chart'), selection.reports, state.measure);
  };

  const fromForm = (): void => {
    const checked = boxes.filter((b) => b.checked).map((b) => b.value);
    const m = (MEASURE_KEYS as readonly string[]).includes(measure.value) ? (measure.value as MeasureKey) : state.measure;
    state = { ids: checked, column: columns.includes(column.value) ? column.value : state.column, measure: m };
    show();
  };

  form.addEventListener('change', (event) => {
    if (event.target !== filter) fromForm();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    fromForm();
  });
  form.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-year], button[data-clear]');
    if (!button) return;
    const year = button.dataset['year'];
    for (const box of boxes) {
      if (year === undefined) box.checked = false;
      else if (box.dataset['year'] === year) box.checked = true;
    }
    fromForm();
  });
  filter.addEventListener('input', () => {
    const words = filter.value.trim();
    for (const item of form.querySelectorAll<HTMLElement>('#compare-bodies > li')) item.hidden = words !== '' && !(item.dataset['body'] ?? '').includes(words);
  });

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
    saveText(compareCsv(data.labels, selection.reports), 'nianbao-compare.csv', 'text/csv;charset=utf-8');
  });

  show();
}
