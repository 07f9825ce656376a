import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { OfflinePage } from '../../src/components/OfflinePage';

const articles = [
  { slug: 'neu', title: 'Ein neuer Artikel', date: '2026-03-14', saved: true },
  { slug: 'alt', title: 'Ein älterer Artikel', date: '2025-04', saved: false },
];

describe('OfflinePage', () => {
  it('says the article is not saved and lists what can be read, with links', async () => {
    const onRetry = vi.fn();
    render(
      <MemoryRouter>
        <OfflinePage article articles={articles} onRetry={onRetry} />
      </MemoryRouter>,
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Dieser Artikel ist nicht offline gespeichert',
    );
    const list = screen.getByRole('region', { name: 'Offline lesbar' });
    expect(within(list).getByRole('link', { name: 'Ein neuer Artikel' })).toHaveAttribute(
      'href',
      '/artikel/neu',
    );
    expect(within(list).getByText('14. März 2026')).toBeInTheDocument();
    expect(within(list).getAllByRole('link')).toHaveLength(2);
    await userEvent.click(screen.getByRole('button', { name: 'Erneut versuchen' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it.each([
    [false, [], 'Diese Seite ist offline nicht verfügbar', 'Noch keine Artikel auf diesem Gerät.'],
  ] as const)(
    'for another page (article: %s) with nothing on the device',
    (article, list, title, empty) => {
      render(
        <MemoryRouter>
          <OfflinePage article={article} articles={[...list]} onRetry={() => {}} />
        </MemoryRouter>,
      );
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(title);
      expect(screen.getByText(empty)).toBeInTheDocument();
    },
  );
});
