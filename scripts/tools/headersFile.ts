// Reads a `_headers` file (the format Netlify and Cloudflare Pages use): a path pattern on a line of
// its own, then indented `Name: value` lines; `#` starts a comment. Only what the portal uses is
// understood: exact paths and patterns ending in `*`.

export interface HeaderRule {
  /** `/*`, `/data/*` or an exact path. */
  pattern: string;
  headers: [string, string][];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const raw of text.split(/\r?\n/)) {
    if (raw.trim() === '' || raw.trim().startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      rules.push({ pattern: raw.trim(), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const colon = raw.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers: a header line outside a path, or without a colon: ${raw.trim()}`);
    rule.headers.push([raw.slice(0, colon).trim(), raw.slice(colon + 1).trim()]);
  }
  return rules;
}

/** The headers for a path below the site's root (`/reports/x/`), in file order. */
export function headersFor(rules: HeaderRule[], path: string): [string, string][] {
  const matches = (pattern: string) => (pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern);
  return rules.filter((r) => matches(r.pattern)).flatMap((r) => r.headers);
}
