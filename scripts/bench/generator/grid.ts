// A printed table as lines of cells, before it is laid out as text in one of the styles real reports
// come in (tab-separated, markdown, PDF text, run together).

export interface GridLine {
  /** caption: a line above a sub-table (第二十条第（一）项); header: column labels; data: a row of figures. */
  kind: 'caption' | 'header' | 'data';
  /** Label cells first, then figures; '' for a cell merged into the one above or before it. */
  cells: string[];
  /** How many leading cells are row labels (a converter may merge them into one). */
  labels: number;
}

export const caption = (text: string): GridLine => ({ kind: 'caption', cells: [text], labels: 1 });
/** Column labels; the first `labels` cells stand above the row labels. */
export const header = (labels: number, ...cells: string[]): GridLine => ({ kind: 'header', cells, labels });
export const data = (labels: string[], values: (number | string)[]): GridLine => ({
  kind: 'data',
  cells: [...labels, ...values.map(String)],
  labels: labels.length,
});
