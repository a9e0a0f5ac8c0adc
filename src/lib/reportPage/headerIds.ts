// Short ids for the header cells of the official tables, and the `headers` list of each figure.
// Every figure names all its headers explicitly (spanning headers defeat `scope`). Table 3 alone has
// 182 figures, so the ids are a few letters: the table (a = 表三, p = 表二, r = 表四), the kind of
// header (g group, c column, s subgroup, r row, i 信息内容) and an index.
import { APPLICANT_COLUMNS, APPLICATION_COLUMNS, REVIEW_COLUMNS, REVIEW_GROUPS } from '../../parser/index.ts';
import { APPLICATION_LAYOUT, type ApplicationRowLayout, SUBGROUP_LABELS, type Subgroup } from './applicationsLayout.ts';

const SUBGROUPS = Object.keys(SUBGROUP_LABELS) as Subgroup[];

/** Table 3's header ids: 申请人情况, 法人或其他组织, 三、本年度办理结果, each column, subgroup and row. */
export const applicationHeader = {
  applicants: 'ag',
  organisations: 'af',
  outcomes: 'ao',
  column: (column: string): string => `ac${APPLICATION_COLUMNS.indexOf(column as (typeof APPLICATION_COLUMNS)[number])}`,
  subgroup: (subgroup: Subgroup): string => `as${SUBGROUPS.indexOf(subgroup)}`,
  row: (key: string): string => `ar${APPLICATION_LAYOUT.findIndex((r) => r.key === key)}`,
};

const isOrganisation = (column: string): boolean => column !== 'naturalPerson' && (APPLICANT_COLUMNS as readonly string[]).includes(column);

/** The headers of a table-3 figure: its column's (with the groups above it), then its row's. */
export function applicationCellHeaders(row: ApplicationRowLayout, column: string): string {
  const h = applicationHeader;
  return [
    h.applicants,
    ...(isOrganisation(column) ? [h.organisations] : []),
    h.column(column),
    ...(row.outcome ? [h.outcomes] : []),
    ...(row.subgroup ? [h.subgroup(row.subgroup)] : []),
    h.row(row.key),
  ].join(' ');
}

/** Table 2's header ids, per block (one clause of 第二十条): the clause, 信息内容, each column and row. */
export const proactiveHeader = {
  clause: (block: number): string => `p${block}`,
  item: (block: number): string => `p${block}i`,
  column: (block: number, column: number): string => `p${block}c${column}`,
  row: (block: number, row: number): string => `p${block}r${row}`,
};

export function proactiveCellHeaders(block: number, column: number, row: number): string {
  const h = proactiveHeader;
  return `${h.clause(block)} ${h.column(block, column)} ${h.row(block, row)}`;
}

type ReviewGroup = (typeof REVIEW_GROUPS)[number];
const groupIndex = (group: ReviewGroup): number => REVIEW_GROUPS.indexOf(group);

/** Table 4's header ids: 行政复议 and 行政诉讼, the two kinds of 诉讼, and each group's columns. */
export const reviewHeader = {
  review: 'rg0',
  litigation: 'rg1',
  kind: (group: ReviewGroup): string => `rs${groupIndex(group)}`,
  column: (group: ReviewGroup, column: string): string =>
    `r${groupIndex(group)}c${REVIEW_COLUMNS.indexOf(column as (typeof REVIEW_COLUMNS)[number])}`,
};

export function reviewCellHeaders(group: ReviewGroup, column: string): string {
  const h = reviewHeader;
  return group === 'review' ? `${h.review} ${h.column(group, column)}` : `${h.litigation} ${h.kind(group)} ${h.column(group, column)}`;
}
