// Site-relative addresses of every page kind (no leading slash; the Astro layer adds the base path).

export const urls = {
  home: (): string => '',
  report: (id: string): string => `reports/${id}/`,
  /** The report's text: the file itself, or the text a web page, Word file or PDF was converted to. */
  source: (id: string): string => `sources/${id}.txt`,
  /**
   * A converted report's original, byte for byte. A web page is served as text (`.html.txt`): its
   * scripts and styles are the agency site's, not to be run on the portal.
   */
  original: (id: string, format: 'html' | 'docx' | 'pdf'): string => `sources/${id}.${format === 'html' ? 'html.txt' : format}`,
  /** A body's page, and the list of all. The addresses keep their old word, agencies, for the links people have. */
  body: (slug: string): string => `agencies/${slug}/`,
  bodies: (): string => 'agencies/',
  year: (year: number): string => `years/${year}/`,
  years: (): string => 'years/',
  region: (slugPath: string[]): string => (slugPath.length === 0 ? 'regions/' : `regions/${slugPath.join('/')}/`),
  level: (level: string): string => `levels/${level}/`,
  about: (): string => 'about/',
  /** The data-quality pages: `quality/`, `quality/only-failing/by-fail/`, `quality/2021/`. */
  quality: (path = ''): string => `quality/${path}`,
  publish: (): string => 'publish/',
};
