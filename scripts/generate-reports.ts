// npm run generate:reports -- --reports N [--seed S] [--out DIR] — writes a benchmark corpus of N
// realistic reports (a province over ten years, all three formats, real kinds of damage) and its
// registry of bodies: DIR/reports/**.txt, DIR/agencies.yaml, DIR/manifest.tsv. Same seed, same bytes.
//   REPORTS_DIR=DIR/reports AGENCIES_FILE=DIR/agencies.yaml PORTAL_ROOT_REGION=东岭省 npm run build
import { parseArgs } from 'node:util';
import { generateCorpus } from './bench/generator/corpus.ts';
import { writeCorpus } from './bench/generator/writeCorpus.ts';
import { readSources } from './bench/generator/sources.ts';
import { corpusStamp } from './bench/generator/fingerprint.ts';

const { values } = parseArgs({
  options: { reports: { type: 'string', default: '1000' }, seed: { type: 'string', default: 'nianbao' }, out: { type: 'string' } },
});
const reports = Number(values.reports);
if (!Number.isInteger(reports) || reports < 1) {
  console.error('用法：npm run generate:reports -- --reports <份数> [--seed <种子>] [--out <目录>]');
  process.exit(2);
}
const out = values.out ?? `bench-corpus-${reports}`;
const sources = readSources();
const corpus = generateCorpus({ reports, seed: values.seed, sources });
const started = performance.now();
const written = writeCorpus(out, corpus, corpusStamp(reports, values.seed, sources));
console.log(
  `${written.reports} reports (${(written.bytes / 1048576).toFixed(1)} MiB) and ${corpus.registry.length} bodies of ${corpus.province} in ${out}/ (${((performance.now() - started) / 1000).toFixed(1)} s)`,
);
console.log(`REPORTS_DIR=${out}/reports AGENCIES_FILE=${out}/agencies.yaml PORTAL_ROOT_REGION=${corpus.province}`);
