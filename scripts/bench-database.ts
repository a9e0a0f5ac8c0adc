// npm run bench:database [-- <corpus folder>] — data/nianbao.sqlite over a generated corpus, without
// Astro: parse every report file, build the catalog, then time and size the database. The corpus
// folder holds reports/ and agencies.yaml (npm run generate:reports makes one); the default is the
// 10,000-report corpus in the system's temporary folder.
import { writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_CORPUS, corpusCatalog } from './bench/corpusCatalog.ts';
import { DatabaseSync } from 'node:sqlite';
import { buildDatabase } from '../src/data/database/buildDatabase.ts';
import pkg from '../package.json' with { type: 'json' };

const corpus = process.argv[2] ?? DEFAULT_CORPUS;
const out = process.env.DATABASE_OUT ?? join(tmpdir(), 'nianbao-bench/nianbao.sqlite');
const MiB = 1024 * 1024;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

let started = performance.now();
const { reports, catalog } = corpusCatalog(corpus);
console.log(`parsed ${reports} reports and built the catalog in ${seconds(performance.now() - started)}`);

// Wall time depends on what else the machine runs; the process's CPU time much less.
started = performance.now();
const cpu = process.cpuUsage();
const bytes = buildDatabase(catalog.reports, { nianbaoVersion: pkg.version });
const buildMs = performance.now() - started;
const { user, system } = process.cpuUsage(cpu);
writeFileSync(out, bytes);
console.log(
  `database: ${(bytes.length / MiB).toFixed(2)} MiB (${bytes.length} bytes) in ${seconds(buildMs)} (CPU ${seconds((user + system) / 1000)}, load average ${loadavg()[0]?.toFixed(1)}) → ${out}`,
);
console.log(`limit 25 MiB: ${bytes.length <= 25 * MiB ? 'within' : 'OVER'}`);

// Where the bytes are: each table and index (SQLite's dbstat), largest first.
const db = new DatabaseSync(':memory:');
db.deserialize(bytes);
const counts = db
  .prepare("SELECT name FROM sqlite_schema WHERE type = 'table'")
  .all()
  .map((r) => String(r.name));
const rows = new Map(counts.map((name) => [name, Number(db.prepare(`SELECT count(*) AS n FROM "${name}"`).get()?.n)]));
for (const r of db.prepare('SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name ORDER BY bytes DESC').all()) {
  const n = rows.get(String(r.name));
  console.log(
    `  ${String(r.name).padEnd(32)} ${(Number(r.bytes) / MiB).toFixed(2).padStart(6)} MiB${n === undefined ? '' : `  ${n} rows`}`,
  );
}
db.close();
