// A report's folder, and the name shown for a body nothing names: a report whose text, front matter
// and folder all leave its body open is published under 未知机关, never under its path.

/** What the portal shows for a body no report, front matter or folder names. */
export const UNKNOWN_BODY = '未知机关';

/** The folder of a report's id or path: everything before its last slash ('' at the top). */
export function folderOf(id: string): string {
  const at = id.lastIndexOf('/');
  return at < 0 ? '' : id.slice(0, at);
}
