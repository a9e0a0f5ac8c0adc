// The resident memory of a process and all its descendants, read from /proc (Linux). The tree is
// walked from the parent links of every process, so children started after the build began (the
// Pagefind binary, worker threads' processes) are counted as soon as they exist.
import { readFileSync, readdirSync } from 'node:fs';

export interface ProcEntry {
  pid: number;
  ppid: number;
  rssBytes: number;
}

const PAGE = 4096;

/** Parses /proc/<pid>/stat: the command may hold spaces and parentheses, so fields are read after its last ')'. */
export function parseStat(text: string): { pid: number; ppid: number; rssPages: number } | null {
  const close = text.lastIndexOf(')');
  if (close < 0) return null;
  const pid = Number(text.slice(0, text.indexOf(' ')));
  // After ") ": state(3) ppid(4) … rss is field 24; fields here start at field 3.
  const fields = text.slice(close + 2).split(' ');
  const ppid = Number(fields[1]);
  const rssPages = Number(fields[21]);
  return Number.isFinite(pid) && Number.isFinite(ppid) && Number.isFinite(rssPages) ? { pid, ppid, rssPages } : null;
}

export function readProcTable(): ProcEntry[] {
  const out: ProcEntry[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const s = parseStat(readFileSync(`/proc/${name}/stat`, 'utf8'));
      if (s) out.push({ pid: s.pid, ppid: s.ppid, rssBytes: s.rssPages * PAGE });
    } catch {
      // The process ended between listing and reading.
    }
  }
  return out;
}

/** RSS of `root` and everything below it. */
export function treeRss(table: ProcEntry[], root: number): number {
  const children = new Map<number, ProcEntry[]>();
  for (const p of table) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  let total = 0;
  const stack = table.filter((p) => p.pid === root);
  while (stack.length > 0) {
    const p = stack.pop() as ProcEntry;
    total += p.rssBytes;
    stack.push(...(children.get(p.pid) ?? []));
  }
  return total;
}
