import type { QueryClient } from '@tanstack/react-query';
import { useSuspenseQuery } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { useLocation, useParams } from 'react-router';
import { ArticleBody } from '../components/ArticleBody';
import { ArticleMeta } from '../components/ArticleMeta';
import { HeroFigure } from '../components/HeroFigure';
import { QuotedText } from '../components/QuotedText';
import { QuoteList } from '../components/QuoteList';
import { ReadAloud } from '../components/ReadAloud';
import { ReadingPosition } from '../components/ReadingPosition';
import { ReadingProgress } from '../components/ReadingProgress';
import { ShareButton } from '../components/ShareButton';
import { SummaryBox } from '../components/SummaryBox';
import { useHydrated } from '../components/useHydrated';
import { OfflineSaveContainer } from '../containers/OfflineSaveContainer';
import { articleQueries } from '../data/articleQueries';
import styles from './articleRoute.module.css';
import { routeParams } from '../site/paths';
import { documentTitles } from '../site/titles';
import { useDocumentTitle } from './documentTitle';
import { notFound, orNotFound } from './notFound';

export function articleLoader(queryClient: QueryClient) {
  return async ({ params }: LoaderFunctionArgs) => {
    const slug = params[routeParams.slug] ?? notFound();
    await orNotFound(queryClient.ensureQueryData(articleQueries.detail(slug)));
    return null;
  };
}

/** The reader view of one article. */
export function ArticleRoute() {
  const slug = useParams()[routeParams.slug] ?? '';
  const { hash } = useLocation();
  const { data: article } = useSuspenseQuery(articleQueries.detail(slug));
  // A link to the summary box opens it. The server never sees the hash, so only once hydrated.
  const openSummary = useHydrated() && hash === '#zusammenfassung';
  useDocumentTitle(documentTitles.article(article.title));

  return (
    <article className={styles.article}>
      <ReadingProgress />
      <header className={styles.header}>
        <ArticleMeta
          source={article.source}
          date={article.date}
          readingMinutes={article.readingMinutes}
          dateLinksToArchive
        />
        <h1 className={styles.title} tabIndex={-1} data-part="title">
          {article.title}
        </h1>
        <p className={styles.lead} data-part="lead">
          <QuotedText text={article.lead} quotes={article.quotes} part="lead" index={0} />
        </p>
        <div className={styles.actions}>
          <ShareButton title={article.title} text={article.lead} />
          <OfflineSaveContainer slug={article.slug} />
          {/* Keyed: another article stops the reading. */}
          <ReadAloud key={article.slug} article={article} />
        </div>
      </header>
      <HeroFigure article={article} />
      {article.summary && (
        <SummaryBox summary={article.summary} quotes={article.quotes} expanded={openSummary} />
      )}
      <ArticleBody blocks={article.body} quotes={article.quotes} />
      <QuoteList quotes={article.quotes} title={article.title} />
      <ReadingPosition
        key={article.slug}
        slug={article.slug}
        title={article.title}
        body={article.body}
      />
    </article>
  );
}
