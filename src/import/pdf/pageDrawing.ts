// What a page draws besides text, from pdf.js's operator list: its ruled lines (stroked straight
// edges, and filled rectangles thin enough to be a line, as Word and WPS draw cell borders) in page
// space, and the area its images cover (a scanned page is one image).
import { OPS, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Segment } from './layout.ts';

type Matrix = [number, number, number, number, number, number];

// pdf.js's path codes inside constructPath (its DrawOPS).
const MOVE_TO = 0;
const LINE_TO = 1;
const CURVE_TO = 2;
const QUADRATIC_CURVE_TO = 3;
const CLOSE_PATH = 4;

const STROKES = new Set<number>([
  OPS.stroke,
  OPS.closeStroke,
  OPS.fillStroke,
  OPS.eoFillStroke,
  OPS.closeFillStroke,
  OPS.closeEOFillStroke,
]);
const FILLS = new Set<number>([OPS.fill, OPS.eoFill]);

/** A filled rectangle thinner than this (points) is a line. */
const THIN = 3;
/** An edge shorter than this is no ruling (a tick, a bullet). */
const SHORT = 3;
/** How far from straight an edge may be. */
const SLANT = 0.5;

const IMAGES = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject]);

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

export interface Drawing {
  segments: Segment[];
  /** The area (square points) the page's images cover: each is drawn on the unit square the matrix maps. */
  imageArea: number;
}

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

function asMatrix(value: unknown): Matrix | null {
  if (!value || typeof value !== 'object' || !('length' in value) || (value as ArrayLike<number>).length !== 6) return null;
  const m = Array.from(value as ArrayLike<number>) as Matrix;
  return m.every(Number.isFinite) ? m : null;
}

/** The straight sides of each subpath, as polylines in page space. */
function subpaths(data: ArrayLike<number>, ctm: Matrix): [number, number][][] {
  const paths: [number, number][][] = [];
  let current: [number, number][] = [];
  let start: [number, number] | null = null;
  for (let i = 0; i < data.length;) {
    const op = data[i] as number;
    if (op === MOVE_TO) {
      if (current.length > 1) paths.push(current);
      start = apply(ctm, data[i + 1] as number, data[i + 2] as number);
      current = [start];
      i += 3;
    } else if (op === LINE_TO) {
      current.push(apply(ctm, data[i + 1] as number, data[i + 2] as number));
      i += 3;
    } else if (op === CURVE_TO) {
      // A curve ends the straight run: keep what came before, start again at its end.
      if (current.length > 1) paths.push(current);
      current = [apply(ctm, data[i + 5] as number, data[i + 6] as number)];
      i += 7;
    } else if (op === QUADRATIC_CURVE_TO) {
      if (current.length > 1) paths.push(current);
      current = [apply(ctm, data[i + 3] as number, data[i + 4] as number)];
      i += 5;
    } else if (op === CLOSE_PATH) {
      if (start && current.length > 1) current.push(start);
      if (current.length > 1) paths.push(current);
      current = start ? [start] : [];
      i += 1;
    } else {
      break;
    }
  }
  if (current.length > 1) paths.push(current);
  return paths;
}

function edgeSegment([x1, y1]: [number, number], [x2, y2]: [number, number]): Segment | null {
  if (Math.abs(y1 - y2) <= SLANT && Math.abs(x1 - x2) >= SHORT)
    return { horizontal: true, at: (y1 + y2) / 2, from: Math.min(x1, x2), to: Math.max(x1, x2) };
  if (Math.abs(x1 - x2) <= SLANT && Math.abs(y1 - y2) >= SHORT)
    return { horizontal: false, at: (x1 + x2) / 2, from: Math.min(y1, y2), to: Math.max(y1, y2) };
  return null;
}

/** A filled subpath that is a thin axis-aligned rectangle, as the line it draws. */
function thinRectangle(points: [number, number][]): Segment | null {
  for (let k = 1; k < points.length; k++) {
    const [ax, ay] = points[k - 1] as [number, number];
    const [bx, by] = points[k] as [number, number];
    if (Math.abs(ax - bx) > SLANT && Math.abs(ay - by) > SLANT) return null;
  }
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  if (y1 - y0 <= THIN && x1 - x0 >= SHORT) return { horizontal: true, at: (y0 + y1) / 2, from: x0, to: x1 };
  if (x1 - x0 <= THIN && y1 - y0 >= SHORT) return { horizontal: false, at: (x0 + x1) / 2, from: y0, to: y1 };
  return null;
}

export async function pageDrawing(page: PDFPageProxy): Promise<Drawing> {
  const list = await page.getOperatorList();
  const segments: Segment[] = [];
  let imageArea = 0;
  const stack: Matrix[] = [];
  let ctm: Matrix = IDENTITY;
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i] as number;
    const args = list.argsArray[i] as unknown[] | null;
    if (fn === OPS.save || fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      const form = fn === OPS.paintFormXObjectBegin ? asMatrix(args?.[0]) : null;
      if (form) ctm = multiply(form, ctm);
    } else if (fn === OPS.restore || fn === OPS.paintFormXObjectEnd) {
      ctm = stack.pop() ?? IDENTITY;
    } else if (fn === OPS.transform) {
      const m = asMatrix(args);
      if (m) ctm = multiply(m, ctm);
    } else if (IMAGES.has(fn)) {
      imageArea += Math.abs(ctm[0] * ctm[3] - ctm[1] * ctm[2]);
    } else if (fn === OPS.constructPath && args) {
      const paint = args[0] as number;
      const data = (args[1] as ArrayLike<number>[] | undefined)?.[0];
      if (!data) continue;
      if (STROKES.has(paint)) {
        for (const path of subpaths(data, ctm))
          for (let k = 1; k < path.length; k++) {
            const s = edgeSegment(path[k - 1] as [number, number], path[k] as [number, number]);
            if (s) segments.push(s);
          }
      } else if (FILLS.has(paint)) {
        for (const path of subpaths(data, ctm)) {
          const s = thinRectangle(path);
          if (s) segments.push(s);
        }
      }
    }
  }
  return { segments, imageArea };
}
