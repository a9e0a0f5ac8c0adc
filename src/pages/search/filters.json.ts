// /search/filters.json: the long filter lists of the search page (地区, 机关) with their counts,
// loaded when the reader opens one of them.
import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/getCatalog.ts';
import { LISTED_FILTERS, filterCounts } from '../../search/filterCounts.ts';
import { jsonResponse } from '../../data/responses.ts';

export const GET: APIRoute = async () => jsonResponse(filterCounts((await getCatalog()).reports, LISTED_FILTERS));
