import { vi } from 'vitest';

/** A Cache API in memory for jsdom, which has none: enough for src/data/offlineLibrary.ts. */
class FakeCache {
  readonly entries = new Map<string, string>();
  private url = (request: RequestInfo | URL) =>
    new URL(
      typeof request === 'string' || request instanceof URL ? request : request.url,
      'http://localhost/',
    ).href;
  async keys() {
    return Array.from(this.entries.keys(), (url) => new Request(url));
  }
  async match(request: RequestInfo | URL) {
    const body = this.entries.get(this.url(request));
    return body === undefined ? undefined : new Response(body);
  }
  async put(request: RequestInfo | URL, body: string | Response) {
    this.entries.set(this.url(request), typeof body === 'string' ? body : await body.text());
  }
  async add(request: RequestInfo | URL) {
    this.entries.set(this.url(request), '{}');
  }
  async addAll(requests: Array<RequestInfo | URL>) {
    for (const request of requests) await this.add(request);
  }
  async delete(request: RequestInfo | URL) {
    return this.entries.delete(this.url(request));
  }
}

export class FakeCacheStorage {
  readonly caches = new Map<string, FakeCache>();
  async open(name: string) {
    let cache = this.caches.get(name);
    if (!cache) this.caches.set(name, (cache = new FakeCache()));
    return cache;
  }
  async keys() {
    return [...this.caches.keys()];
  }
  async match(request: RequestInfo | URL) {
    for (const cache of this.caches.values()) {
      const response = await cache.match(request);
      if (response) return response;
    }
    return undefined;
  }
}

/** Installs a fresh fake `caches` and `navigator.storage`; returns both for inspection. */
export function installFakeCaches() {
  const storage = new FakeCacheStorage();
  vi.stubGlobal('caches', storage);
  const persist = vi.fn(async () => true);
  let persisted = false;
  Object.defineProperty(navigator, 'storage', {
    configurable: true,
    value: {
      persisted: async () => persisted,
      persist: async () => {
        persisted = await persist();
        return persisted;
      },
      estimate: async () => ({ usage: 1_234_567, quota: 1e9 }),
    },
  });
  return { storage, persist };
}
