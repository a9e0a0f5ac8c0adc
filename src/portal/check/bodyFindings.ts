// What the check command says about a report's body: where it came from when the report names none
// (its folder, or nowhere: an error with the fix), and, for a name the registry does not know, the
// registered body or other report's body it may be (with the command that suggests the entry).
import type { Body } from '../../schema/body.ts';
import { type BodyName, mayNameSameBody, readBodyName } from '../../registry/bodyName.ts';
import type { Catalog, CatalogBody, CatalogReport } from '../catalog.ts';
import { folderOf } from '../folderBody.ts';
import type { Finding } from './findings.ts';

const SUGGEST = '运行 npm run agencies -- suggest 查看建议';

/** Names read once per run: a portal's registry is compared with every unregistered report. */
const read = new Map<string, BodyName>();
function readName(name: string): BodyName {
  let r = read.get(name);
  if (!r) {
    r = readBodyName(name);
    read.set(name, r);
  }
  return r;
}

/** A few report ids, then how many more. */
function someIds(ids: string[]): string {
  return ids.length <= 3 ? ids.join('、') : `${ids.slice(0, 3).join('、')} 等 ${ids.length} 份报告`;
}

/** The finding that takes the place of the parser's agency.missing, once the catalog has placed the report. */
export function missingBodyFinding(r: CatalogReport, parsed: Finding): Finding {
  if (r.bodyFrom === 'folder')
    return {
      line: parsed.line,
      severity: 'info',
      code: 'agency.fromFolder',
      message: `报告的标题、落款和正文都没有写明发布机关；同一文件夹（${folderOf(r.id) || '报告文件夹顶层'}）中其他报告的机关都是已登记的「${r.body.name}」，本报告归入该机关。如不正确，请在 front matter 中写明 body（机关名称）。`,
    };
  return {
    ...parsed,
    message: `无法识别报告的发布机关：标题、落款和正文中都没有机关名称，同一文件夹中也没有唯一的已登记机关，网站上只能显示为“未知机关”。请在文件最前面加上 front matter（以“---”行开始和结束），写明 body（机关名称），例如 body: 某县人民政府。`,
  };
}

function yearsOf(body: CatalogBody): Set<number> {
  return new Set(body.reports.map((x) => x.year).filter((y): y is number => y !== null));
}

/** Registered bodies and other reports' bodies the report's unregistered name may be, whose years leave room for it. */
function lookAlikes(r: CatalogReport, named: BodyName, catalog: Catalog, registry: Body[]): string[] {
  const free = (b: CatalogBody | undefined) => r.year === null || !b || !yearsOf(b).has(r.year);
  const out: string[] = [];
  for (const b of registry) {
    if (![b.name, ...b.aliases].some((n) => mayNameSameBody(readName(n), named))) continue;
    if (free(catalog.bodies.find((x) => x.registered && x.slug === b.slug))) out.push(`已登记的「${b.name}」`);
  }
  for (const b of catalog.bodies) {
    if (b.registered || b === r.body || b.reports.length === 0 || !b.reports[0]?.data.agency) continue;
    if (mayNameSameBody(readName(b.name), named) && free(b)) out.push(`${someIds(b.reports.map((x) => x.id))} 的「${b.name}」`);
  }
  return out;
}

/** The warning for a name the registry does not know: what it may be, or that it is new. */
export function unregisteredFinding(
  r: CatalogReport,
  named: string,
  line: number | null,
  catalog: Catalog,
  registry: Body[],
  registryPath: string,
): Finding {
  const alike = lookAlikes(r, readName(named), catalog, registry);
  if (alike.length > 0)
    return {
      line,
      severity: 'warning',
      code: 'agency.similar',
      message: `「${named}」未登记，可能与${alike.join('、')}为同一机关；${SUGGEST}（机关名录：${registryPath}）。`,
    };
  return {
    line,
    severity: 'warning',
    code: 'agency.unregistered',
    message: `机关“${named}”不在机关名录（${registryPath}）中：请核对机关名称，或在名录中登记该机关（可把这个名称列为别名）；${SUGGEST}。`,
  };
}
