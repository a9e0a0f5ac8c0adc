// Ruled tables: ruled lines that touch each other make one table; the distinct heights of its
// horizontal lines and the distinct positions of its vertical lines make a grid, and two neighbouring
// grid cells with no line between them are one (merged) cell. Each run belongs to the cell holding its
// centre; a row lists the cells that start in it, as an HTML table lists a cell spanning rows once.
import { centreX, centreY, type Run, type Segment, type TableBlock, type TableRow } from './layout.ts';
import { groupLines, joinWrapped, lineText } from './textLines.ts';

/** How close (points) two lines must come to touch, or two positions to be one. */
const TOUCH = 2;

/** A table's grid: row boundaries top to bottom, column boundaries left to right, and its lines. */
export interface Grid {
  ys: number[];
  xs: number[];
  segments: Segment[];
}

function touches(a: Segment, b: Segment): boolean {
  if (a.horizontal !== b.horizontal) {
    const [h, v] = a.horizontal ? [a, b] : [b, a];
    return v.at >= h.from - TOUCH && v.at <= h.to + TOUCH && h.at >= v.from - TOUCH && h.at <= v.to + TOUCH;
  }
  return Math.abs(a.at - b.at) <= TOUCH && a.from <= b.to + TOUCH && b.from <= a.to + TOUCH;
}

/** Positions closer than TOUCH merged into one (their mean). */
function distinct(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const groups: number[][] = [];
  for (const v of sorted) {
    const last = groups[groups.length - 1];
    if (last && v - (last[last.length - 1] as number) <= TOUCH) last.push(v);
    else groups.push([v]);
  }
  return groups.map((g) => g.reduce((s, v) => s + v, 0) / g.length);
}

function clusters(segments: Segment[]): Segment[][] {
  const parent = segments.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  for (let i = 0; i < segments.length; i++)
    for (let j = i + 1; j < segments.length; j++) if (touches(segments[i] as Segment, segments[j] as Segment)) parent[find(i)] = find(j);
  const groups = new Map<number, Segment[]>();
  segments.forEach((s, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), s]));
  return [...groups.values()];
}

/** The ruled tables of a page: clusters of lines that make at least two cells. */
export function findGrids(segments: Segment[]): Grid[] {
  const grids: Grid[] = [];
  for (const group of clusters(segments)) {
    const hs = group.filter((s) => s.horizontal);
    const vs = group.filter((s) => !s.horizontal);
    if (hs.length < 2 || vs.length < 2) continue;
    const ys = distinct([...hs.map((s) => s.at), ...vs.flatMap((s) => [s.from, s.to])]).reverse();
    const xs = distinct([...vs.map((s) => s.at), ...hs.flatMap((s) => [s.from, s.to])]);
    if (ys.length < 2 || xs.length < 2) continue;
    const grid = { ys, xs, segments: group };
    if (new Set(cellIds(grid)).size >= 2) grids.push(grid);
  }
  return grids;
}

function hasVertical(grid: Grid, x: number, yTop: number, yBottom: number): boolean {
  const mid = (yTop + yBottom) / 2;
  return grid.segments.some((s) => !s.horizontal && Math.abs(s.at - x) <= TOUCH && s.from <= mid && s.to >= mid);
}

function hasHorizontal(grid: Grid, y: number, xLeft: number, xRight: number): boolean {
  const mid = (xLeft + xRight) / 2;
  return grid.segments.some((s) => s.horizontal && Math.abs(s.at - y) <= TOUCH && s.from <= mid && s.to >= mid);
}

/** For each grid cell (row-major), the id of the merged cell it belongs to: its top-left grid cell. */
function cellIds(grid: Grid): number[] {
  const rows = grid.ys.length - 1;
  const cols = grid.xs.length - 1;
  const parent = Array.from({ length: rows * cols }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  // Union keeping the smaller index (the upper or left cell) as the root.
  const union = (a: number, b: number) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) {
      const [top, bottom, left, right] = [grid.ys[r], grid.ys[r + 1], grid.xs[c], grid.xs[c + 1]] as number[];
      if (c + 1 < cols && !hasVertical(grid, right as number, top as number, bottom as number)) union(r * cols + c, r * cols + c + 1);
      if (r + 1 < rows && !hasHorizontal(grid, bottom as number, left as number, right as number)) union(r * cols + c, (r + 1) * cols + c);
    }
  return parent.map((_, i) => find(i));
}

/** Whether a run's centre lies within the grid. */
export function inGrid(grid: Grid, run: Run): boolean {
  const [x, y] = [centreX(run), centreY(run)];
  const ys = grid.ys;
  const xs = grid.xs;
  return (
    y <= (ys[0] as number) + TOUCH &&
    y >= (ys[ys.length - 1] as number) - TOUCH &&
    x >= (xs[0] as number) - TOUCH &&
    x <= (xs[xs.length - 1] as number) + TOUCH
  );
}

/** The index of the interval of `edges` (ascending or descending) holding `v`, clamped to the first and last. */
function interval(edges: number[], v: number, descending: boolean): number {
  for (let i = 0; i < edges.length - 2; i++) {
    const next = edges[i + 1] as number;
    if (descending ? v >= next : v <= next) return i;
  }
  return edges.length - 2;
}

/** The table a grid makes with the runs inside it. */
export function tableOf(grid: Grid, runs: Run[]): TableBlock {
  const cols = grid.xs.length - 1;
  const ids = cellIds(grid);
  const contents = new Map<number, Run[]>();
  for (const run of runs) {
    const id = ids[interval(grid.ys, centreY(run), true) * cols + interval(grid.xs, centreX(run), false)] as number;
    contents.set(id, [...(contents.get(id) ?? []), run]);
  }
  const rows: TableRow[] = [];
  for (let r = 0; r < grid.ys.length - 1; r++) {
    const row: TableRow = { cells: [], columns: [] };
    for (let c = 0; c < cols; c++) {
      const id = r * cols + c;
      if (ids[id] !== id) continue;
      row.cells.push(cellText(contents.get(id) ?? []));
      row.columns.push(c);
    }
    if (row.cells.some((cell) => cell !== '')) rows.push(row);
  }
  return { kind: 'table', top: grid.ys[0] as number, bottom: grid.ys[grid.ys.length - 1] as number, columnEdges: grid.xs, rows };
}

/** A cell's text: its lines top to bottom, joined into one. */
function cellText(runs: Run[]): string {
  return joinWrapped(groupLines(runs).map((line) => lineText(line, false)));
}
