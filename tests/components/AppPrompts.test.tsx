import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { InstallButton } from '../../src/app/InstallButton';
import { registerServiceWorker, updateAppState } from '../../src/app/serviceWorker';
import { UpdatePrompt } from '../../src/app/UpdatePrompt';

beforeAll(() => registerServiceWorker());
afterEach(() => act(() => updateAppState({ waiting: null, install: null })));

describe('UpdatePrompt', () => {
  it('is an empty live region until a new version waits', () => {
    expect(renderToString(<UpdatePrompt />)).toMatch(/^<div role="status" class="[^"]*"><\/div>$/);
    render(<UpdatePrompt />);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('offers "Neu laden", which tells the waiting version to take over', async () => {
    const serviceWorker = new EventTarget();
    Object.defineProperty(navigator, 'serviceWorker', { configurable: true, value: serviceWorker });
    const listen = vi.spyOn(serviceWorker, 'addEventListener');
    const worker = { state: 'installed', postMessage: vi.fn() } as unknown as ServiceWorker;
    render(<UpdatePrompt />);
    act(() => updateAppState({ waiting: worker }));

    expect(screen.getByRole('status')).toHaveTextContent('Neue Version verfügbar');
    await userEvent.click(screen.getByRole('button', { name: 'Neu laden' }));
    expect(worker.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' });
    expect(listen).toHaveBeenCalledWith('controllerchange', expect.any(Function), { once: true });
  });
});

describe('InstallButton', () => {
  it('renders nothing on the server or while the browser offers no installation', () => {
    expect(renderToString(<InstallButton />)).toBe('');
    render(<InstallButton />);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('appears with beforeinstallprompt, shows the browser dialog and is gone afterwards', async () => {
    render(<InstallButton />);
    const prompt = vi.fn(async () => ({ outcome: 'accepted' }));
    const event = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), { prompt });
    act(() => void window.dispatchEvent(event));
    expect(event.defaultPrevented).toBe(true);

    await userEvent.click(screen.getByRole('button', { name: 'App installieren' }));
    expect(prompt).toHaveBeenCalledOnce();
    expect(screen.queryByRole('button', { name: 'App installieren' })).not.toBeInTheDocument();
  });

  it('is gone once the app is installed', () => {
    render(<InstallButton />);
    act(() =>
      updateAppState({
        install: Object.assign(new Event('beforeinstallprompt'), { prompt: async () => {} }),
      }),
    );
    expect(screen.getByRole('button', { name: 'App installieren' })).toBeInTheDocument();
    act(() => void window.dispatchEvent(new Event('appinstalled')));
    expect(screen.queryByRole('button', { name: 'App installieren' })).not.toBeInTheDocument();
  });

  it('on an iPhone, tells how to add the app to the home screen', () => {
    vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue(
      'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1',
    );
    render(<InstallButton />);
    expect(screen.getByText(/«Teilen» und dann «Zum Home-Bildschirm»/)).toBeInTheDocument();
  });
});
