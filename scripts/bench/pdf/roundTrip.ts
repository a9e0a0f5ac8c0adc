// Text → PDF → text for each bundled report: does the PDF, read back by pdfToText and parsed, give the
// same table cells as the text it was made from? Prints one line per report and each differing cell.
import { pdfToText } from '../../../src/import/pdf/pdfToText.ts';
import { parseReport } from '../../../src/parser/index.ts';
import type { BundledReport } from './pdfSite.ts';
import { cellDifferences, rowLabels, tableCells } from './tableCells.ts';

const shown = (v: unknown) => (v === undefined ? '（无此格）' : String(v));

/** How many reports gave other cells (or could not be read) from their PDF. */
export async function roundTrip(reports: BundledReport[]): Promise<number> {
  let differing = 0;
  for (const report of reports) {
    const converted = await pdfToText(report.pdf);
    if (!converted.ok) {
      differing++;
      console.log(`${report.name}: PDF 读取失败 [${converted.code}] ${converted.message}`);
      continue;
    }
    const parsedText = parseReport(report.text);
    const parsedPdf = parseReport(converted.text);
    const fromText = tableCells(parsedText);
    const differences = cellDifferences(fromText, tableCells(parsedPdf));
    if (differences.length > 0) differing++;
    const verdict = differences.length === 0 ? '相同' : `${differences.length} 格不同`;
    console.log(`${report.name}: ${fromText.size} 格，经 PDF 往返后${verdict}`);
    for (const d of differences) console.log(`  ${d.path}: 文本 ${shown(d.text)}，PDF ${shown(d.pdf)}`);
    const pdfLabels = rowLabels(parsedPdf);
    for (const [row, label] of rowLabels(parsedText))
      if (pdfLabels.get(row) !== label) console.log(`  ${row} 行名不同: 文本「${label}」，PDF「${shown(pdfLabels.get(row))}」`);
  }
  return differing;
}
