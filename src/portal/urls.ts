// Site-relative addresses of every page kind (no leading slash; the Astro layer adds the base path).

export const urls = {
  home: (): string => '',
  report: (id: string): string => `reports/${id}/`,
  source: (id: string): string => `sources/${id}.txt`,
  agency: (slug: string): string => `agencies/${slug}/`,
  agencies: (): string => 'agencies/',
  year: (year: number): string => `years/${year}/`,
  years: (): string => 'years/',
  region: (slugPath: string[]): string => (slugPath.length === 0 ? 'regions/' : `regions/${slugPath.join('/')}/`),
  level: (level: string): string => `levels/${level}/`,
  about: (): string => 'about/',
  /** The data-quality pages: `quality/`, `quality/only-failing/by-fail/`, `quality/2021/`. */
  quality: (path = ''): string => `quality/${path}`,
  publish: (): string => 'publish/',
};
