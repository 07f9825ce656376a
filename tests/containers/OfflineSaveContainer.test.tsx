import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OfflineSaveContainer } from '../../src/containers/OfflineSaveContainer';
import { installFakeCaches } from '../components/pwaFakeCaches';

function wrap(children: ReactNode) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return (
    <QueryClientProvider client={client}>
      <MemoryRouter>{children}</MemoryRouter>
    </QueryClientProvider>
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('OfflineSaveContainer', () => {
  it('renders the unpressed button on the server, before any cache is asked', () => {
    const html = renderToString(wrap(<OfflineSaveContainer slug="a" />));
    expect(html).toContain('aria-pressed="false"');
    expect(html).toContain('Offline speichern');
  });

  it('saves page, data and share image, asks for persistent storage once, and removes them again', async () => {
    const user = userEvent.setup();
    const { storage, persist } = installFakeCaches();
    render(wrap(<OfflineSaveContainer slug="ein-artikel" />));

    await user.click(screen.getByRole('button', { name: 'Offline speichern' }));
    const saved = await screen.findByRole('button', { name: 'Offline gespeichert' });
    expect(saved).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('Jetzt auch ohne Internet lesbar.');
    expect(screen.getByRole('link', { name: 'Alle gespeicherten' })).toHaveAttribute(
      'href',
      '/gespeichert',
    );
    const cache = await storage.open('lesezeit-gespeichert');
    expect([...cache.entries.keys()].map((url) => new URL(url).pathname)).toEqual([
      '/artikel/ein-artikel',
      '/data/artikel/ein-artikel.json',
      '/og/ein-artikel.png',
    ]);
    expect(persist).toHaveBeenCalledOnce();

    await user.click(saved);
    expect(await screen.findByRole('button', { name: 'Offline speichern' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    expect(screen.getByRole('status')).toHaveTextContent('Nicht mehr offline gespeichert.');
    expect(cache.entries.size).toBe(0);
  });

  it('says so when saving fails', async () => {
    const user = userEvent.setup();
    const { storage } = installFakeCaches();
    const cache = await storage.open('lesezeit-gespeichert');
    vi.spyOn(cache, 'addAll').mockRejectedValue(new TypeError('Failed to fetch'));
    render(wrap(<OfflineSaveContainer slug="a" />));
    await user.click(screen.getByRole('button', { name: 'Offline speichern' }));
    expect(
      await screen.findByText('Speichern hat nicht geklappt. Bist du online?'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Offline speichern' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });

  it('shows nothing where the browser has no Cache API', async () => {
    vi.stubGlobal('caches', undefined);
    render(wrap(<OfflineSaveContainer slug="a" />));
    await vi.waitFor(() => expect(screen.queryByRole('button')).not.toBeInTheDocument());
  });
});
