// The site's settings as one cache key part (see src/portal/cacheKeys.ts).
import { settingsKeyOf } from '../portal/cacheKeys.ts';
import { siteConfig } from '../site.config.ts';

export const SITE_KEY = settingsKeyOf(siteConfig);
