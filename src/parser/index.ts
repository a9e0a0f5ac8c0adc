// The parser library: pure TypeScript, no Astro. Everything else in nianbao reads reports through here
// (test/parser/boundary.test.ts fails on an import that reaches past it).
export { parseReport, type ParseOptions, type ParseOverrides } from './parseReport.ts';
export { decodeReport, type DecodedText } from './decode.ts';
export { reportChecks, type CheckedFields } from './reportChecks.ts';
export { equationCheck } from './rules/check.ts';
export * from './statutoryTables.ts';
export type * from './types.ts';
