import type { QueryClient } from '@tanstack/react-query';
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { articleQueries } from '../data/articleQueries';

export function homeLoader(queryClient: QueryClient) {
  return async () => {
    await queryClient.ensureQueryData(articleQueries.list(1));
    return null;
  };
}

export function HomeRoute() {
  const { data } = useSuspenseQuery(articleQueries.list(1));
  return (
    <main>
      <h1>Lesezeit</h1>
      <ul>
        {data.items.map((item) => (
          <li key={item.slug}>
            <Link to={`/artikel/${item.slug}`}>{item.title}</Link>
          </li>
        ))}
      </ul>
    </main>
  );
}
