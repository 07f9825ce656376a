/**
 * Registers the service worker (src/sw/sw.ts) once the page has loaded, so the first visit never waits
 * for it, and tells the UI what it offers: a new version that waits (UpdatePrompt) and the
 * browser's install prompt (InstallButton). No Workbox code in the page: a few lines suffice.
 */

/** Chromium's install prompt; not in TypeScript's DOM types. */
export type InstallPromptEvent = Event & { prompt: () => Promise<unknown> };

type AppState = { waiting: ServiceWorker | null; install: InstallPromptEvent | null };

let state: AppState = { waiting: null, install: null };
const listeners = new Set<() => void>();

/** Sets what is on offer; the registration below calls it (and tests may). */
export function updateAppState(patch: Partial<AppState>): void {
  state = { ...state, ...patch };
  for (const listener of listeners) listener();
}

/** A store for useSyncExternalStore: the server and the first render see nothing on offer. */
export const appState = {
  get: () => state,
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

function watch(registration: ServiceWorkerRegistration | undefined): void {
  // A browser that blocks service workers (a test tool, say) may register nothing and say so.
  if (!registration) return;
  // A worker that installed while another controls the page is an update: it waits for the reader.
  const offer = (worker: ServiceWorker | null) => {
    if (worker && navigator.serviceWorker.controller) updateAppState({ waiting: worker });
  };
  const track = (worker: ServiceWorker | null) =>
    worker?.addEventListener('statechange', () => worker.state === 'installed' && offer(worker));
  offer(registration.waiting);
  track(registration.installing);
  registration.addEventListener('updatefound', () => track(registration.installing));
  // A tab left open for days looks for a new version when the reader comes back to it.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') registration.update().catch(() => {});
  });
}

/** Switches to the waiting version and reloads this tab into it. Other tabs keep running as they are. */
export function activateUpdate(worker: ServiceWorker): void {
  // Another tab already switched: this one only needs to load the new version.
  if (worker.state !== 'installed') return window.location.reload();
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
    once: true,
  });
  worker.postMessage({ type: 'SKIP_WAITING' });
}

/** Shows the browser's install dialog; the prompt can be used once. */
export async function promptInstall(event: InstallPromptEvent): Promise<void> {
  updateAppState({ install: null });
  await event.prompt();
}

export function registerServiceWorker(): void {
  window.addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault();
    updateAppState({ install: event as InstallPromptEvent });
  });
  window.addEventListener('appinstalled', () => updateAppState({ install: null }));
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const base = import.meta.env.BASE_URL;
  const register = () =>
    navigator.serviceWorker
      .register(`${base}sw.js`, { scope: base, updateViaCache: 'none' })
      .then(watch, () => {});
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
