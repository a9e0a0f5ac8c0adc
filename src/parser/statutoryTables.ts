// The statutory tables of the annual report, as the portal may read them: each table's row and column
// keys, in order, and how their labels read (tables 2, 3 and 4 of the 2021 and 2019 formats).
export { APPLICANT_COLUMNS, APPLICATION_COLUMNS, APPLICATION_COLUMN_LABELS, APPLICATION_ROWS } from './tables/applicationsSpec.ts';
export { PROACTIVE_COLUMN_LABELS, proactiveRowsOf, type ProactiveRow } from './tables/proactiveSpec.ts';
export { REVIEW_COLUMNS, REVIEW_COLUMN_LABELS, REVIEW_GROUPS, REVIEW_GROUP_LABELS } from './tables/reviewLitigationSpec.ts';
