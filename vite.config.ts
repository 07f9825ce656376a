import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { contentPlugin } from './build/contentPlugin';
import { prerenderPlugin } from './build/prerenderPlugin';
import { normalizeBase } from './build/siteConfig';

/** The path the app is served under; `/` by default, e.g. `/lesezeit/` on a shared host. */
const base = normalizeBase(process.env.BASE_PATH);

export default defineConfig(({ isSsrBuild }) => {
  const content = contentPlugin();
  return {
    base,
    plugins: [react(), content, ...(isSsrBuild ? [] : [prerenderPlugin(content)])],
    build: isSsrBuild
      ? { outDir: 'dist-ssr', copyPublicDir: false, emptyOutDir: true, target: 'node20' }
      : { target: 'es2022', assetsInlineLimit: 0 },
    preview: { port: 4173, strictPort: true },
    server: { port: 5173 },
  };
});
