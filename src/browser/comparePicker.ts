// The compare page's picker lists: the bodies whose names hold the words typed (a checkbox per
// report) and the reports chosen so far. Elements only, built with el(): names are never markup.
import type { CompareIndexBody, CompareReport } from '../data/compareTypes.ts';
import { reportLabel } from '../data/compareView.ts';
import { indexedId } from '../data/compareIndexIds.ts';
import { el } from './compareDom.ts';

/** At most this many bodies are listed for the words typed; more words narrow the list. */
export const MAX_LISTED_BODIES = 30;

/** A year button chooses at most this many reports: a view stays readable and its fetches small. */
export const MAX_CHOSEN_AT_ONCE = 60;

/** The bodies whose name holds every word (separated by spaces) typed; none for no words. */
export function matchBodies(bodies: readonly CompareIndexBody[], typed: string): CompareIndexBody[] {
  const words = typed
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '');
  if (words.length === 0) return [];
  return bodies.filter((b) => words.every((w) => b.name.includes(w)));
}

const withTables = (format: string): boolean => format === '2021' || format === '2019';

function choice(id: string, text: string, checked: boolean, year: number | null, extra?: string): HTMLLabelElement {
  const box = el('input', { type: 'checkbox', name: 'r', value: id, 'data-year': year === null ? '' : String(year) });
  box.checked = checked;
  return el('label', { class: 'compare-choice' }, box, text, extra ? el('span', { class: 'muted' }, extra) : null);
}

/** One item per body: a group of checkboxes, one per report, those chosen ticked. */
export function bodyItems(bodies: readonly CompareIndexBody[], chosen: ReadonlySet<string>): HTMLLIElement[] {
  return bodies.map((body) =>
    el(
      'li',
      { 'data-body': body.name },
      el(
        'fieldset',
        {},
        el('legend', {}, body.name),
        ...body.reports.map((report) => {
          const [, year, format] = report;
          const id = indexedId(body, report);
          return choice(
            id,
            year === null ? '年度不详' : `${year} 年`,
            chosen.has(id),
            year,
            withTables(format) ? undefined : '（无表三、表四）',
          );
        }),
      ),
    ),
  );
}

/** The chosen reports, ticked; unticking one drops it from the view. */
export function chosenItems(reports: readonly CompareReport[]): HTMLLIElement[] {
  return reports.map((r) => el('li', {}, choice(r.id, reportLabel(r), true, r.year)));
}
