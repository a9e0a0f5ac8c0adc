// What a table figure carries besides its value: an id only where a link on the site points at it
// (the report's own check list and the quality page link to the cells of the checks that did not
// pass), and the failed checks that name it, to mark it and describe it.
import type { Cell } from '../../parser/index.ts';
import { cellId } from './cellPaths.ts';
import { type ChecksByCell, type ListedCheck, linksToCell } from './checkList.ts';

export interface CellMarks {
  /** `cell-applications-granted-naturalPerson`, or undefined when nothing links to the cell. */
  id: string | undefined;
  /** The failed checks that name the cell, in check order. */
  failed: ListedCheck[];
}

export function cellMarks(path: string, value: Cell | undefined, checksByCell: ChecksByCell): CellMarks {
  const named = checksByCell.get(path) ?? [];
  return {
    id: named.some((c) => linksToCell(c.check, value)) ? cellId(path) : undefined,
    failed: named.filter((c) => c.check.status === 'fail'),
  };
}
