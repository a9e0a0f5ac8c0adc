// reviewLitigation.groupTotal: 维持 + 纠正 + 其他 + 尚未审结 = 总计 — per group.
import type { Check, ReviewLitigation } from '../types.ts';
import { sumOf } from '../tables/applicationsArithmetic.ts';
import { REVIEW_GROUPS, REVIEW_GROUP_LABELS } from '../tables/reviewLitigationTable.ts';
import { equationCheck } from './check.ts';

export function groupTotalRule(table: ReviewLitigation): Check[] {
  return REVIEW_GROUPS.map((g) => {
    const group = table[g];
    const parts = ['upheld', 'corrected', 'other', 'pending'];
    return equationCheck(
      'reviewLitigation.groupTotal',
      g,
      sumOf(parts.map((p) => group[p] ?? null)),
      group.total ?? null,
      [...parts, 'total'].map((c) => `reviewLitigation.${g}.${c}`),
      `表四“${REVIEW_GROUP_LABELS[g]}”：维持、纠正、其他结果、尚未审结之和应等于总计`,
    );
  });
}
