// The parser library: pure TypeScript, no Astro. Everything else in nianbao reads reports through here.
export { parseReport, type ParseOptions, type ParseOverrides } from './parseReport.ts';
export { decodeReport, type DecodedText } from './decode.ts';
export { reportChecks, type CheckedFields } from './reportChecks.ts';
export type * from './types.ts';
