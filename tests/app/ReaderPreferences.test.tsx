import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReaderPreferencesContainer } from '../../src/app/ReaderPreferencesContainer';
import {
  applySavedPreferences,
  sharePreferencesWithServiceWorker,
} from '../../src/app/readerPreferenceStore';
import { installFakeCaches } from '../components/pwaFakeCaches';

const html = document.documentElement;

afterEach(() => {
  delete html.dataset.theme;
  delete html.dataset.textSize;
  localStorage.clear();
});

async function openMenu() {
  const user = userEvent.setup();
  render(<ReaderPreferencesContainer />);
  await user.click(screen.getByRole('button', { name: 'Darstellung' }));
  return user;
}

describe('ReaderPreferences', () => {
  it('is a closed menu until asked for', async () => {
    const user = userEvent.setup();
    render(<ReaderPreferencesContainer />);
    const toggle = screen.getByRole('button', { name: 'Darstellung' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('group', { name: 'Farbschema' })).not.toBeInTheDocument();

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('group', { name: 'Farbschema' })).toBeVisible();
  });

  it('switches to dark: sets data-theme on <html> and remembers it', async () => {
    const user = await openMenu();
    const themes = screen.getByRole('group', { name: 'Farbschema' });
    expect(within(themes).getByRole('button', { name: 'System' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    await user.click(within(themes).getByRole('button', { name: 'Dunkel' }));
    expect(html).toHaveAttribute('data-theme', 'dark');
    expect(localStorage.getItem('lesezeit-theme')).toBe('dark');
    expect(within(themes).getByRole('button', { name: 'Dunkel' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(within(themes).getByRole('button', { name: 'System' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });

  it('changes the text size the same way', async () => {
    const user = await openMenu();
    const sizes = screen.getByRole('group', { name: 'Schriftgrösse' });
    expect(within(sizes).getByRole('button', { name: 'Normal' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    await user.click(within(sizes).getByRole('button', { name: 'Gross' }));
    expect(html).toHaveAttribute('data-text-size', 'large');
    expect(localStorage.getItem('lesezeit-text-size')).toBe('large');
    expect(within(sizes).getByRole('button', { name: 'Gross' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('shows the preferences the page came with (from the service worker)', async () => {
    html.dataset.theme = 'light';
    html.dataset.textSize = 'small';
    await openMenu();
    expect(screen.getByRole('button', { name: 'Hell' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Klein' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('follows a change made in another tab', async () => {
    await openMenu();
    act(() => {
      window.dispatchEvent(
        new StorageEvent('storage', { key: 'lesezeit-theme', newValue: 'dark' }),
      );
    });
    expect(html).toHaveAttribute('data-theme', 'dark');
    expect(screen.getByRole('button', { name: 'Dunkel' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('closes with Escape and gives focus back to its button', async () => {
    const user = await openMenu();
    await user.click(screen.getByRole('button', { name: 'Hell' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Farbschema' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Darstellung' })).toHaveFocus();
  });

  it('renders on the server the same whatever the saved choice', () => {
    html.dataset.theme = 'dark';
    const server = renderToString(<ReaderPreferencesContainer />);
    expect(server).toContain('aria-pressed="true"');
    expect(server).not.toMatch(/aria-pressed="true"[^>]*>Dunkel/);
  });

  it('leaves each choice where the service worker reads it', async () => {
    const { storage } = installFakeCaches();
    const user = await openMenu();
    await user.click(screen.getByRole('button', { name: 'Dunkel' }));
    await user.click(screen.getByRole('button', { name: 'Gross' }));
    const stored = async () => {
      const entry = await (
        await storage.open('lesezeit-einstellungen')
      ).match(new URL('/einstellungen.json', window.location.origin).href);
      return entry?.json() as Promise<unknown> | undefined;
    };
    await vi.waitFor(async () =>
      expect(await stored()).toEqual({ theme: 'dark', textSize: 'large' }),
    );

    localStorage.clear();
    await sharePreferencesWithServiceWorker();
    expect(await stored()).toBeUndefined();
  });
});

describe('applySavedPreferences', () => {
  it('puts what was saved on a page that came without it, once', () => {
    localStorage.setItem('lesezeit-theme', 'dark');
    localStorage.setItem('lesezeit-text-size', 'huge');
    expect(applySavedPreferences()).toBe(true);
    expect(html).toHaveAttribute('data-theme', 'dark');
    expect(html).not.toHaveAttribute('data-text-size');
    expect(applySavedPreferences()).toBe(false);
  });

  it('has nothing to do where nothing was saved', () => {
    expect(applySavedPreferences()).toBe(false);
    expect(html).not.toHaveAttribute('data-theme');
  });

  it('drops a value the page came with that is no longer saved', () => {
    html.dataset.theme = 'dark';
    html.dataset.textSize = 'large';
    localStorage.setItem('lesezeit-text-size', 'large');
    expect(applySavedPreferences()).toBe(true);
    expect(html).not.toHaveAttribute('data-theme');
    expect(html).toHaveAttribute('data-text-size', 'large');
  });
});
