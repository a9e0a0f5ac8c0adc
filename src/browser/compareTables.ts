// The compare page's side-by-side tables (rates, table 3, table 4), built from the pure view model.
import type { Cell } from '../parser/index.ts';
import { cellText } from '../lib/displayText.ts';
import { urls } from '../portal/urls.ts';
import type { CompareLabels, CompareReport } from '../data/compareTypes.ts';
import { applicationsComparison, rateParts, ratesComparison, reportLabel, reviewComparison } from '../data/compareView.ts';
import { RATE_KEYS, RATE_LABELS, RATE_STATUS_TEXT, type Rate, percentText } from '../data/rates.ts';
import { type PeersByYear, peerNote } from '../data/comparePeers.ts';
import { el, tableRegion } from './compareDom.ts';

/** `base` is the site's base path (`/` or `/nianbao/`). */
function reportHeader(r: CompareReport, base: string): HTMLTableCellElement {
  return el(
    'th',
    { scope: 'col' },
    el('a', { href: `${base}${urls.report(r.id)}` }, r.body),
    el('br'),
    r.year === null ? '年度不详' : `${r.year} 年`,
  );
}

function valueCell(value: Cell | undefined): HTMLTableCellElement {
  if (value === undefined)
    return el(
      'td',
      { class: 'absent' },
      el('span', { 'aria-hidden': 'true' }, '—'),
      el('span', { class: 'visually-hidden' }, '本报告无此项'),
    );
  return el('td', { class: value === null ? 'num unknown' : 'num' }, cellText(value));
}

/**
 * `peer`: the rank and quartiles among the body's peers (comparePeers.ts), shown under a computed rate;
 * `legacy`: the rate is made of a legacy 统计表's figures (its 实质公开率), said beside its parts.
 */
function rateCell(rate: Rate, peer: string | null, legacy: boolean): HTMLTableCellElement {
  const parts = rateParts(rate, legacy);
  if (rate.value !== null)
    return el(
      'td',
      { class: 'num' },
      el('strong', {}, percentText(rate.value)),
      el('span', { class: 'rate-parts' }, parts),
      peer !== null && el('span', { class: 'rate-peers' }, peer),
    );
  if (rate.status === 'noTable') return el('td', { class: 'absent' }, RATE_STATUS_TEXT.noTable);
  return el('td', { class: 'num' }, el('span', {}, '—'), el('span', { class: 'rate-parts' }, parts));
}

export function ratesTable(reports: readonly CompareReport[], base: string, peers: PeersByYear = new Map()): HTMLElement {
  const rates = ratesComparison(reports);
  const table = el(
    'table',
    { class: 'compare-rates' },
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', { scope: 'col' }, '报告'),
        ...RATE_KEYS.map((k) =>
          el('th', { scope: 'col' }, RATE_LABELS[k], el('span', { class: 'rate-parts' }, '比率（分子 / 分母）；同级同年名次与四分位数')),
        ),
      ),
    ),
    el(
      'tbody',
      {},
      ...reports.map((r, i) =>
        el(
          'tr',
          {},
          el('th', { scope: 'row' }, el('a', { href: `${base}${urls.report(r.id)}` }, reportLabel(r))),
          ...RATE_KEYS.map((k) => rateCell(rates[i]![k], peerNote(peers, r, k), r.format === 'legacy')),
        ),
      ),
    ),
  );
  return tableRegion('各报告的主要比率', table);
}

export function applicationsTable(labels: CompareLabels, reports: readonly CompareReport[], column: string, base: string): HTMLElement {
  const columnLabel = labels.applicationColumns.find(([k]) => k === column)?.[1] ?? column;
  const rows = applicationsComparison(labels, reports, column);
  const table = el(
    'table',
    { class: 'compare-applications' },
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, '项目'), ...reports.map((r) => reportHeader(r, base)))),
    el(
      'tbody',
      {},
      ...rows.map((row) => el('tr', { 'data-row': row.key }, el('th', { scope: 'row' }, row.label), ...row.values.map(valueCell))),
    ),
  );
  return tableRegion(`表三：收到和处理政府信息公开申请情况（“${columnLabel}”栏）`, table);
}

export function reviewTable(labels: CompareLabels, reports: readonly CompareReport[], base: string): HTMLElement {
  const groups = reviewComparison(labels, reports);
  const table = el(
    'table',
    { class: 'compare-review' },
    el(
      'thead',
      {},
      el('tr', {}, el('th', { scope: 'col' }, '类别'), el('th', { scope: 'col' }, '结果'), ...reports.map((r) => reportHeader(r, base))),
    ),
    ...groups.map((g) =>
      el(
        'tbody',
        {},
        ...g.rows.map((row, i) =>
          el(
            'tr',
            { 'data-row': `${g.key}.${row.key}` },
            i === 0 && el('th', { scope: 'rowgroup', rowspan: String(g.rows.length) }, g.label),
            el('th', { scope: 'row' }, row.label),
            ...row.values.map(valueCell),
          ),
        ),
      ),
    ),
  );
  return tableRegion('表四：政府信息公开行政复议、行政诉讼情况', table);
}

/** “A、B 没有表三（旧版格式，或原文中未能读出）。” — or null when every report has the table. */
export function missingTableNote(
  reports: readonly CompareReport[],
  table: 'applications' | 'reviewLitigation',
  name: string,
): HTMLElement | null {
  const without = reports.filter((r) => r[table] === null).map(reportLabel);
  return without.length === 0
    ? null
    : el('p', { class: 'compare-note' }, `${without.join('、')}没有${name}（旧版格式，或原文中未能读出）。`);
}
