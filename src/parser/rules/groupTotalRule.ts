// reviewLitigation.groupTotal: 维持 + 纠正 + 其他 + 尚未审结 = 总计 — per group.
import type { Check, ReviewLitigation } from '../types.ts';
import { sumOf } from '../tables/applicationsArithmetic.ts';
import { REVIEW_GROUPS, REVIEW_GROUP_LABELS } from '../tables/reviewLitigationSpec.ts';
import { wordedCheck, wordingOf } from './check.ts';

const rule = 'reviewLitigation.groupTotal';
// Cell paths and wording are the same for every report (callers must not mutate the paths).
const GROUPS = REVIEW_GROUPS.map((g) => ({
  key: g,
  cells: ['upheld', 'corrected', 'other', 'pending', 'total'].map((c) => `reviewLitigation.${g}.${c}`),
  wording: wordingOf(`表四“${REVIEW_GROUP_LABELS[g]}”：维持、纠正、其他结果、尚未审结之和应等于总计`),
}));

export function groupTotalRule(table: ReviewLitigation): Check[] {
  const checks: Check[] = [];
  for (const g of GROUPS) {
    const group = table[g.key];
    const parts = sumOf([group.upheld ?? null, group.corrected ?? null, group.other ?? null, group.pending ?? null]);
    checks.push(wordedCheck(rule, g.key, parts, group.total ?? null, g.cells, g.wording));
  }
  return checks;
}
