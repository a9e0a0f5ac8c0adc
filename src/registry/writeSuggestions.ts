// Suggestions as YAML: added to the registry's text keeping everything already there (comments,
// order, layout; the yaml package's Document API), or shown alone for the operator to read.
import { isMap, isScalar, isSeq, parseDocument, type Document, type YAMLMap, YAMLSeq } from 'yaml';
import type { AliasSuggestion, NewBodySuggestion, Suggestion } from './suggest.ts';

const HOW = '建议（npm run agencies -- suggest）';
const PRINT = { flowCollectionPadding: false, lineWidth: 0 } as const;

function comment(lines: string[]): string {
  return lines.map((l) => ` ${l}`).join('\n');
}

function entryNode(doc: Document, s: NewBodySuggestion): YAMLMap {
  const node = doc.createNode(s.body) as YAMLMap;
  for (const key of ['aliases', 'region']) {
    const seq: unknown = node.get(key, true);
    if (isSeq(seq)) seq.flow = true;
  }
  for (const key of s.unsure) {
    const value: unknown = node.get(key, true);
    if (isScalar(value) || isSeq(value)) value.comment = ' 待核实';
  }
  node.commentBefore = comment([`${HOW}：新机关「${s.body.name}」，请核实后保留、修改或删除。`, ...s.evidence.map((e) => `- ${e}`)]);
  node.spaceBefore = true;
  return node;
}

function aliasComment(s: AliasSuggestion): string[] {
  return [`${HOW}：已登记的「${s.name}」（${s.slug}）增加别名 ${s.aliases.join('、')}。`, ...s.evidence.map((e) => `- ${e}`)];
}

export type WriteResult = { ok: true; text: string } | { ok: false; message: string };

/** The registry's text with the suggestions added: new entries at the end, aliases in their entries. */
export function addSuggestions(text: string, suggestions: Suggestion[]): WriteResult {
  const parsed = parseDocument(text);
  const doc = parsed as unknown as Document;
  if (parsed.errors.length > 0) return { ok: false, message: `机关名录的 YAML 写法有误：${parsed.errors[0]?.message.split('\n')[0]}` };
  if (doc.contents === null) doc.contents = new YAMLSeq();
  const seq: unknown = doc.contents;
  if (!isSeq(seq)) return { ok: false, message: '机关名录应是一个列表（每个机关以“- ”开头）。' };
  for (const s of suggestions) {
    if (s.kind === 'new') {
      seq.add(entryNode(doc, s));
      continue;
    }
    const entry = seq.items.find((item) => isMap(item) && item.get('slug') === s.slug) as YAMLMap | undefined;
    if (!entry) return { ok: false, message: `机关名录中没有 slug 为 ${s.slug} 的机关。` };
    const found: unknown = entry.get('aliases', true);
    let aliases: YAMLSeq;
    if (isSeq(found)) aliases = found;
    else {
      aliases = new YAMLSeq();
      aliases.flow = true;
      entry.set('aliases', aliases);
    }
    for (const a of s.aliases) aliases.add(doc.createNode(a));
    const before = entry.commentBefore ? `${entry.commentBefore}\n` : '';
    entry.commentBefore = `${before}${comment(aliasComment(s))}`;
  }
  return { ok: true, text: doc.toString(PRINT) };
}

/** The suggestions alone, as the operator reads them before writing them. */
export function showSuggestions(suggestions: Suggestion[]): string {
  const doc = parseDocument('[]');
  const seq = doc.contents as unknown as YAMLSeq;
  seq.flow = false;
  const aliasLines = suggestions
    .filter((s): s is AliasSuggestion => s.kind === 'aliases')
    .flatMap((s) => ['', ...aliasComment(s).map((l) => `# ${l}`)]);
  for (const s of suggestions) if (s.kind === 'new') seq.add(entryNode(doc, s));
  const entries = seq.items.length > 0 ? doc.toString(PRINT) : '';
  return [...aliasLines.slice(1), ...(aliasLines.length > 0 && entries ? [''] : []), entries.trimEnd()].join('\n').trim();
}
