// The resident memory of a process and all its descendants, read from /proc (Linux). The tree is
// walked from the parent links of every process, so children started after the build began (the
// Pagefind binary, worker threads' processes) are counted as soon as they exist.
import { readFileSync, readdirSync } from 'node:fs';

export interface ProcEntry {
  pid: number;
  ppid: number;
  /** The command name (comm), e.g. `node` or `pagefind_extend`. */
  name: string;
  rssBytes: number;
  /** CPU time used so far (user + system), in clock ticks. */
  cpuTicks: number;
}

const PAGE = 4096;

/** Parses /proc/<pid>/stat: the command may hold spaces and parentheses, so fields are read after its last ')'. */
export function parseStat(text: string): { pid: number; ppid: number; name: string; rssPages: number; cpuTicks: number } | null {
  const close = text.lastIndexOf(')');
  if (close < 0) return null;
  const pid = Number(text.slice(0, text.indexOf(' ')));
  const name = text.slice(text.indexOf('(') + 1, close);
  // After ") ": state(3) ppid(4) … rss is field 24; fields here start at field 3.
  const fields = text.slice(close + 2).split(' ');
  const ppid = Number(fields[1]);
  const rssPages = Number(fields[21]);
  // utime (field 14) + stime (field 15).
  const cpuTicks = Number(fields[11]) + Number(fields[12]);
  return Number.isFinite(pid) && Number.isFinite(ppid) && Number.isFinite(rssPages) && Number.isFinite(cpuTicks)
    ? { pid, ppid, name, rssPages, cpuTicks }
    : null;
}

export function readProcTable(): ProcEntry[] {
  const out: ProcEntry[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const s = parseStat(readFileSync(`/proc/${name}/stat`, 'utf8'));
      if (s) out.push({ pid: s.pid, ppid: s.ppid, name: s.name, rssBytes: s.rssPages * PAGE, cpuTicks: s.cpuTicks });
    } catch {
      // The process ended between listing and reading.
    }
  }
  return out;
}

/** `root` and every process below it. */
export function processTree(table: ProcEntry[], root: number): ProcEntry[] {
  const children = new Map<number, ProcEntry[]>();
  for (const p of table) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  const out: ProcEntry[] = [];
  const stack = table.filter((p) => p.pid === root);
  while (stack.length > 0) {
    const p = stack.pop() as ProcEntry;
    out.push(p);
    stack.push(...(children.get(p.pid) ?? []));
  }
  return out;
}

/** RSS of `root` and everything below it, in total and by command name. */
export function treeRss(table: ProcEntry[], root: number): { total: number; byName: Record<string, number> } {
  const byName: Record<string, number> = {};
  let total = 0;
  for (const p of processTree(table, root)) {
    total += p.rssBytes;
    byName[p.name] = (byName[p.name] ?? 0) + p.rssBytes;
  }
  return { total, byName };
}

/**
 * CPU time of a process tree as last seen: each process's latest reading, kept after it ends. A process
 * that ended between two readings is counted as of the last one (at most one interval short).
 */
export class TreeCpu {
  private readonly ticks = new Map<number, number>();
  private readonly root: number;

  constructor(root: number) {
    this.root = root;
  }

  /** Notes the tree's processes in a fresh /proc table. */
  read(table: ProcEntry[]): void {
    for (const p of processTree(table, this.root)) this.ticks.set(p.pid, p.cpuTicks);
  }

  /** Ticks of the root process alone and of the whole tree. */
  totals(): { root: number; tree: number } {
    let tree = 0;
    for (const t of this.ticks.values()) tree += t;
    return { root: this.ticks.get(this.root) ?? 0, tree };
  }
}
