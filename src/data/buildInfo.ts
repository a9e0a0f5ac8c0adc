// The provenance of the downloads: nianbao's version and one timestamp per build. The time is taken
// once, when the build loads this module; SOURCE_DATE_EPOCH (seconds) fixes it for reproducible
// builds. Only the files about the whole build (reports.json, provenance.json, the data page) carry
// the time; a report's own JSON carries the version alone (reportProvenance).
import pkg from '../../package.json' with { type: 'json' };
import type { ReportProvenance } from './schema.ts';
import type { Provenance } from './types.ts';

/** ISO 8601 in UTC to the second: SOURCE_DATE_EPOCH when set and valid, otherwise `now`. */
export function buildTimestamp(sourceDateEpoch: string | undefined, now: Date = new Date()): string {
  const seconds = sourceDateEpoch !== undefined && /^\d+$/.test(sourceDateEpoch.trim()) ? Number(sourceDateEpoch) : null;
  const date = seconds === null ? now : new Date(seconds * 1000);
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export const provenance: Provenance = {
  nianbaoVersion: pkg.version,
  builtAt: buildTimestamp(process.env.SOURCE_DATE_EPOCH),
};

export const reportProvenance: ReportProvenance = { nianbaoVersion: pkg.version };
