import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { buildCollection, formatProblem, indexPages, type Collection } from '../content/collection';
import { dataPaths, isDataPath, pathBelow } from '../site/paths';
import { browseDataFiles } from './browsePages';
import { precacheLimit } from './pwaPlugin';
import { readSeedFiles, seedsDir } from './readSeeds';

/** The files the app fetches, by path below the base URL (src/site/paths.ts's dataPaths). */
export function contentFiles(
  collection: Collection,
  limit: number = precacheLimit(),
): Map<string, string> {
  const files = new Map<string, string>();
  for (const page of indexPages(collection.articles))
    files.set(dataPaths.indexPage(page.page), JSON.stringify(page));
  for (const article of collection.articles)
    files.set(dataPaths.article(article.slug), JSON.stringify(article));
  const offlineComplete = collection.articles.length <= limit;
  for (const [file, json] of browseDataFiles(collection.articles, offlineComplete))
    files.set(file, json);
  return files;
}

/** Every problem of every bad file, one `file:line: message` a line; empty when all are good. */
export function collectionErrors(collection: Collection, root: string): string[] {
  return collection.reports.flatMap((r) =>
    r.errors.map((e) => formatProblem(path.relative(root, r.file), e)),
  );
}

export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `${problems.length} problem${problems.length === 1 ? '' : 's'} in the articles; fix ${problems.length === 1 ? 'it' : 'them'} and build again:\n${problems.join('\n')}`,
    );
    this.name = 'ContentError';
    // The message says everything; a stack trace would only hide it.
    this.stack = this.message;
  }
}

export function loadCollection(root: string): Collection {
  const collection = buildCollection(readSeedFiles(seedsDir(root)));
  const problems = collectionErrors(collection, root);
  if (problems.length > 0) throw new ContentError(problems);
  return collection;
}

/**
 * Reads the articles in `seeds/` (or `SEEDS_DIR`) and serves them as static JSON: written into
 * the build, answered from memory in dev and reloaded when a seed changes.
 */
export function contentPlugin(): Plugin & { api: { collection: () => Collection } } {
  let root = process.cwd();
  let base = '/';
  let collection: Collection | null = null;
  const current = () => (collection ??= loadCollection(root));

  return {
    name: 'lesezeit-content',
    api: { collection: current },
    configResolved(config) {
      root = config.root;
      base = config.base;
    },
    buildStart() {
      // The server bundle only renders; the client build reads and checks the articles.
      if (this.environment?.config.consumer === 'server') return;
      collection = null;
      try {
        current();
      } catch (error) {
        if (error instanceof ContentError) {
          console.error(`\n${error.message}\n`);
          process.exit(1);
        }
        throw error;
      }
      this.addWatchFile(seedsDir(root));
    },
    generateBundle() {
      if (this.environment?.config.consumer === 'server') return;
      for (const [fileName, source] of contentFiles(current()))
        this.emitFile({ type: 'asset', fileName, source });
    },
    configureServer(server: ViteDevServer) {
      const dir = seedsDir(root);
      server.watcher.add(dir);
      const reload = (file: string) => {
        if (!file.startsWith(dir) || !file.endsWith('.txt')) return;
        try {
          collection = loadCollection(root);
          server.ws.send({ type: 'full-reload' });
        } catch (error) {
          collection = null;
          server.config.logger.error(error instanceof Error ? error.message : String(error));
          server.ws.send({
            type: 'error',
            err: { message: error instanceof Error ? error.message : String(error), stack: '' },
          });
        }
      };
      server.watcher.on('change', reload).on('add', reload).on('unlink', reload);
      server.middlewares.use((req, res, next) => {
        const url = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
        const path = pathBelow(base, url);
        if (path === null || !isDataPath(path)) return next();
        let files: Map<string, string>;
        try {
          files = contentFiles(current());
        } catch (error) {
          res.statusCode = 500;
          res.end(error instanceof Error ? error.message : String(error));
          return;
        }
        const body = files.get(path);
        res.statusCode = body === undefined ? 404 : 200;
        res.setHeader(
          'Content-Type',
          body === undefined ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8',
        );
        res.end(body ?? 'Nicht gefunden');
      });
    },
  };
}
