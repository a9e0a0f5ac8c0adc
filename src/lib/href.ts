// Links that work from the domain root and from a sub-path (BASE_PATH).
const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** `reports/x/` → `/nianbao/reports/x/` under a base path. */
export function href(path: string): string {
  return `${base}${path.replace(/^\//, '')}`;
}
