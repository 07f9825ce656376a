import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRoutes } from '../../src/app/routes';
import type { SearchInfo } from '../../src/content/searchRecord';
import { dataPaths, under } from '../../src/site/paths';

// The lazy search route and the pause in typing take longer than a second on a busy machine.
configure({ asyncUtilTimeout: 5000 });

const info: SearchInfo = { total: 3, sources: ['Talpost'], years: [2025], offlineComplete: true };

afterEach(() => {
  vi.unstubAllGlobals();
});

/** The search page, with its navigations held until the test lets each of them land. */
async function renderSearchPage(hold = true) {
  vi.stubGlobal('scrollTo', vi.fn());
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) =>
      String(input) === under('/', dataPaths.searchInfo)
        ? new Response(JSON.stringify(info))
        : new Response('Fehler', { status: 404 }),
    ),
  );
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: ['/suche'] });
  const held: (() => Promise<void>)[] = [];
  const navigate = router.navigate.bind(router);
  if (hold)
    router.navigate = ((...args: Parameters<typeof navigate>) => {
      held.push(() => navigate(...args));
      return Promise.resolve();
    }) as typeof navigate;
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  const field = await screen.findByRole('searchbox', { name: 'Suchbegriff' });
  return { router, field, held };
}

describe('the search field', () => {
  it('keeps what the reader typed while the address of earlier words lands late', async () => {
    const { router, field, held } = await renderSearchPage();
    fireEvent.change(field, { target: { value: 'Wochenmarkt' } });
    // After the pause in typing the field goes to `?q=Wochenmarkt`; the reader types on before
    // that address lands (a slow phone).
    await waitFor(() => expect(held).toHaveLength(1));
    fireEvent.change(field, { target: { value: 'Schulhau' } });
    await act(() => held[0]!());
    expect(router.state.location.search).toBe('?q=Wochenmarkt');
    expect(field).toHaveValue('Schulhau');
    await waitFor(() => expect(held).toHaveLength(2));
    await act(() => held[1]!());
    expect(router.state.location.search).toBe('?q=Schulhau');
    expect(field).toHaveValue('Schulhau');
  });

  it.each([
    ['two pauses in typing', ['Woc', 'Wochenmarkt'], false],
    ['a pause, then Enter', ['Wochenmarkt', 'Schulhaus'], true],
  ])(
    'keeps the newest words while two of its addresses land late: %s',
    async (_, [first, second], enter) => {
      const { router, field, held } = await renderSearchPage();
      fireEvent.change(field, { target: { value: first } });
      await waitFor(() => expect(held).toHaveLength(1));
      fireEvent.change(field, { target: { value: second } });
      if (enter) fireEvent.submit(field.closest('form')!);
      await waitFor(() => expect(held).toHaveLength(2));
      await act(() => held[0]!());
      expect(field).toHaveValue(second);
      await act(() => held[1]!());
      expect(router.state.location.search).toBe(`?q=${second}`);
      expect(field).toHaveValue(second);
    },
  );

  it('shows the words of its own earlier addresses again on back and forward', async () => {
    const { router, field } = await renderSearchPage(false);
    fireEvent.change(field, { target: { value: 'Velo' } });
    fireEvent.submit(field.closest('form')!);
    await waitFor(() => expect(router.state.location.search).toBe('?q=Velo'));
    // The page has rendered the address too (its title follows it), not only the router: on a
    // busy machine the next step could otherwise start before React caught up.
    await waitFor(() => expect(document.title).toMatch(/^«Velo»/u));
    fireEvent.change(field, { target: { value: 'Tram' } });
    await waitFor(() => expect(router.state.location.search).toBe('?q=Tram'));
    await waitFor(() => expect(document.title).toMatch(/^«Tram»/u));
    await act(() => router.navigate(-1));
    expect(field).toHaveValue('Velo');
    await act(() => router.navigate(1));
    expect(router.state.location.search).toBe('?q=Tram');
    expect(field).toHaveValue('Tram');
  });

  it('takes the words of an address that comes from elsewhere (back, a link)', async () => {
    const { router, field, held } = await renderSearchPage();
    fireEvent.change(field, { target: { value: 'Wochenmarkt' } });
    await waitFor(() => expect(held).toHaveLength(1));
    await act(() => held[0]!());
    await act(() => router.navigate('/suche?q=Velo'));
    await act(() => held.at(-1)!());
    expect(field).toHaveValue('Velo');
  });
});
