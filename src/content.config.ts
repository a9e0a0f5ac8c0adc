// Content collections: the report files (through the parser) and the registry of bodies (content/agencies.yaml).
import { defineCollection } from 'astro:content';
import { parse as parseYaml } from 'yaml';
import { file } from 'astro/loaders';
import { reportsLoader } from './portal/reportsLoader.ts';
import { reportEntrySchema } from './schema/report.ts';
import { bodySchema } from './schema/body.ts';
import { siteConfig } from './site.config.ts';

const reports = defineCollection({
  loader: reportsLoader({ base: siteConfig.reportsDir }),
  schema: reportEntrySchema,
});

const bodies = defineCollection({
  loader: file(siteConfig.bodiesFile, {
    // Entries are keyed by slug so that a page can look a body up directly.
    parser: (text) => Object.fromEntries((parseYaml(text) as { slug: string }[]).map((a) => [a.slug, a])),
  }),
  schema: bodySchema,
});

export const collections = { reports, bodies };
