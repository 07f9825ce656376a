import { queryOptions } from '@tanstack/react-query';
import type {
  ArchiveItem,
  ArchiveMonthCount,
  ArchiveMonthPage,
  ArchiveYearPage,
} from '../content/archive';
import type { Briefing, BriefingItem } from '../content/briefing';
import type { SearchInfo } from '../content/searchRecord';
import { dataPaths, under } from '../site/paths';
import { fetchJson, isNotFound } from './articleQueries';
import { InvalidDataError, list, num, record, str, strOrNull } from './validate';

export type { SearchInfo };

/** The base URL the app is served under (`/` or a sub-path such as `/lesezeit/`). */
const base = import.meta.env.BASE_URL;

function bool(value: unknown, path: string): boolean {
  if (typeof value !== 'boolean') throw new InvalidDataError(path, 'ja oder nein');
  return value;
}

function archiveItem(value: unknown, path: string): ArchiveItem {
  const o = record(value, path);
  return {
    slug: str(o.slug, `${path}.slug`),
    title: str(o.title, `${path}.title`),
    date: str(o.date, `${path}.date`),
    source: strOrNull(o.source, `${path}.source`),
    readingMinutes: num(o.readingMinutes, `${path}.readingMinutes`),
  };
}

function monthCount(value: unknown, path: string): ArchiveMonthCount {
  const o = record(value, path);
  return {
    year: num(o.year, `${path}.year`),
    month: num(o.month, `${path}.month`),
    count: num(o.count, `${path}.count`),
  };
}

export function validateArchiveMonth(value: unknown): ArchiveMonthPage {
  const o = record(value, 'archive');
  return {
    year: num(o.year, 'archive.year'),
    month: num(o.month, 'archive.month'),
    items: list(o.items, 'archive.items', archiveItem),
  };
}

export function validateArchiveYear(value: unknown): ArchiveYearPage {
  const o = record(value, 'archive');
  return {
    year: num(o.year, 'archive.year'),
    count: num(o.count, 'archive.count'),
    months: list(o.months, 'archive.months', monthCount),
    years: list(o.years, 'archive.years', num),
  };
}

function briefingItem(value: unknown, path: string): BriefingItem {
  const o = record(value, path);
  return {
    slug: str(o.slug, `${path}.slug`),
    title: str(o.title, `${path}.title`),
    date: str(o.date, `${path}.date`),
    source: strOrNull(o.source, `${path}.source`),
    points: list(o.points, `${path}.points`, str),
    lead: strOrNull(o.lead, `${path}.lead`),
  };
}

export function validateBriefing(value: unknown): Briefing {
  const o = record(value, 'briefing');
  return {
    items: list(o.items, 'briefing.items', briefingItem),
    days: list(o.days, 'briefing.days', str),
  };
}

export function validateSearchInfo(value: unknown): SearchInfo {
  const o = record(value, 'search');
  return {
    total: num(o.total, 'search.total'),
    sources: list(o.sources, 'search.sources', str),
    years: list(o.years, 'search.years', num),
    offlineComplete: bool(o.offlineComplete, 'search.offlineComplete'),
  };
}

/** A data file of the site, keyed by its path, checked by `validate`. */
function siteData<T>(path: string, validate: (value: unknown) => T) {
  return queryOptions({
    queryKey: ['browse', path] as const,
    queryFn: async () => validate(await fetchJson(under(base, path))),
    staleTime: Infinity,
    retry: (count, error) => !isNotFound(error) && count < 2,
  });
}

/**
 * The data of the search page, the briefing and the archive, checked at the boundary. A factory of
 * its own, next to articleQueries, so that it loads with those pages only and the article route's
 * JavaScript does not grow.
 */
export const browseQueries = {
  archiveYear: (year: number) => siteData(dataPaths.archiveYear(year), validateArchiveYear),
  archiveMonth: (year: number, month: number) =>
    siteData(dataPaths.archiveMonth(year, month), validateArchiveMonth),
  briefing: () => siteData(dataPaths.briefing, validateBriefing),
  searchInfo: () => siteData(dataPaths.searchInfo, validateSearchInfo),
};
