// Column names shared by the CSV downloads (the public data contract): each file starts with the
// report's columns and ends with where its figures come from, so a row always leads back to its file.

/** The report a row belongs to. */
export const REPORT_COLUMNS = ['report_id', 'body', 'body_slug', 'year'] as const;

/** One cell of an official table. */
export const CELL_COLUMNS = ['format', 'table', 'row_key', 'row_label', 'column_key', 'column_label', 'value'] as const;

/** The file the figures were read from. */
export const SOURCE_COLUMNS = ['source_path', 'source_sha256'] as const;
