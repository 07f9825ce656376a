import { dehydrate, QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { toListItem } from '../../src/content/collection';
import { articleQueries } from '../../src/data/articleQueries';
import { validateDehydratedQueries } from '../../src/data/dehydratedQueries';
import { InvalidDataError, validateArticle } from '../../src/data/validate';
import reference from '../fixtures/reference.json';

const article = validateArticle(reference);
const indexPage = { page: 1, pageCount: 1, total: 1, items: [toListItem(article)] };

/** What the prerenderer hands over: the query client's cache, dehydrated. */
function handedOver(entries: Array<[readonly unknown[], unknown]>) {
  const client = new QueryClient();
  for (const [key, data] of entries) client.setQueryData(key, data);
  return JSON.parse(JSON.stringify(dehydrate(client))) as unknown;
}

describe('validateDehydratedQueries', () => {
  it('passes the articles and index pages the prerenderer wrote', () => {
    const state = validateDehydratedQueries(
      handedOver([
        [articleQueries.detail(article.slug).queryKey, article],
        [articleQueries.list(1).queryKey, indexPage],
      ]),
    );
    expect(state.queries.map((q) => q.state.data)).toEqual([article, indexPage]);
  });

  it.each([
    [
      'an article without its body',
      articleQueries.detail('x').queryKey,
      { ...article, body: null },
    ],
    [
      'an index page whose items are no list',
      articleQueries.list(1).queryKey,
      { ...indexPage, items: 'x' },
    ],
  ])('refuses %s before it reaches the cache', (_name, key, data) => {
    expect(() => validateDehydratedQueries(handedOver([[key, data]]))).toThrow(InvalidDataError);
  });

  it('leaves out queries the app does not know', () => {
    const state = validateDehydratedQueries(handedOver([[['unbekannt'], { a: 1 }]]));
    expect(state.queries).toEqual([]);
  });

  it.each([null, 'text', { queries: 'x' }, { queries: [{ state: {} }] }])(
    'refuses %j as a whole',
    (value) => {
      expect(() => validateDehydratedQueries(value)).toThrow(InvalidDataError);
    },
  );
});
