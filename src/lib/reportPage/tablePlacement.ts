// Where each official table is shown: at the first place the text puts it. A table the text never
// places (but whose data was read) is shown after the text, so no figure goes missing from the page.
import type { Block, Report, TableName } from '../../parser/index.ts';

export const TABLE_ORDER: TableName[] = ['proactive', 'applications', 'reviewLitigation', 'legacyStatistics'];

/** `preamble:2` or `3:0` (section index, block index). */
export function blockKey(section: number | 'preamble', block: number): string {
  return `${section}:${block}`;
}

export interface TablePlacement {
  /** Keys of the blocks where a table is drawn. */
  hosts: Set<string>;
  /** Tables with data that no block places. */
  unplaced: TableName[];
}

export function hasTableData(report: Pick<Report, TableName>, table: TableName): boolean {
  return report[table] !== null;
}

export function placeTables(report: Pick<Report, 'preamble' | 'sections' | TableName>): TablePlacement {
  const hosts = new Set<string>();
  const placed = new Set<TableName>();
  const visit = (blocks: Block[], section: number | 'preamble'): void => {
    blocks.forEach((b, i) => {
      if (b.type !== 'table' || placed.has(b.table)) return;
      placed.add(b.table);
      hosts.add(blockKey(section, i));
    });
  };
  visit(report.preamble, 'preamble');
  report.sections.forEach((s, i) => visit(s.blocks, i));
  return { hosts, unplaced: TABLE_ORDER.filter((t) => !placed.has(t) && hasTableData(report, t)) };
}
