import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatBytes, SavedRoute } from '../../src/routes/savedRoute';
import { installFakeCaches } from './pwaFakeCaches';

const article = (slug: string, title: string, date: string) =>
  JSON.stringify({
    id: slug,
    slug,
    date,
    title,
    source: null,
    hero: { caption: `${title}.`, credit: null },
    lead: 'Ein Lead.',
    summary: null,
    body: [],
    quotes: [],
    readingMinutes: 1,
  });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('formatBytes', () => {
  it.each([
    [850_000, '850 kB'],
    [1_234_567, '1.2 MB'],
    [12_000_000, '12 MB'],
  ])('%i bytes → %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});

describe('SavedRoute', () => {
  it('lists saved articles apart from the rest on the device, removes one, and shows the storage used', async () => {
    const user = userEvent.setup();
    const { storage } = installFakeCaches();
    const saved = await storage.open('lesezeit-gespeichert');
    await saved.put('/artikel/gespeichert', '<html>');
    await saved.put(
      '/data/artikel/gespeichert.json',
      article('gespeichert', 'Gespeichert und gelesen', '2026-01'),
    );
    const precache = await storage.open('workbox-precache-v2-http://localhost/');
    await precache.put(
      '/data/artikel/vorgeladen.json?__WB_REVISION__=1',
      article('vorgeladen', 'Vorgeladen', '2026-02'),
    );
    await precache.put('/data/index/1.json?__WB_REVISION__=1', '{}');

    render(
      <QueryClientProvider
        client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}
      >
        <MemoryRouter>
          <SavedRoute />
        </MemoryRouter>
      </QueryClientProvider>,
    );
    expect(
      screen.getByRole('heading', { level: 1, name: 'Gespeicherte Artikel' }),
    ).toBeInTheDocument();
    const mine = screen.getByRole('region', { name: 'Von dir gespeichert' });
    expect(
      await within(mine).findByRole('link', { name: 'Gespeichert und gelesen' }),
    ).toHaveAttribute('href', '/artikel/gespeichert');
    const others = screen.getByRole('region', { name: 'Ausserdem auf diesem Gerät' });
    expect(within(others).getByRole('link', { name: 'Vorgeladen' })).toBeInTheDocument();
    expect(
      await screen.findByText('Lesezeit belegt auf diesem Gerät 1.2 MB Speicher.'),
    ).toBeInTheDocument();

    await user.click(
      within(mine).getByRole('button', { name: 'Gespeichert und gelesen entfernen' }),
    );
    expect(await within(mine).findByText(/Noch nichts gespeichert/)).toBeInTheDocument();
    expect(within(mine).getByRole('status')).toHaveTextContent(
      '«Gespeichert und gelesen» entfernt.',
    );
    expect(within(mine).getByRole('heading', { level: 2 })).toHaveFocus();
    expect(saved.entries.size).toBe(0);
  });
});
