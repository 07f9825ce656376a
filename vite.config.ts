import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { contentPlugin } from './build/contentPlugin';

/** The path the app is served under; `/` by default, e.g. `/lesezeit/` on a shared host. */
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  base,
  plugins: [react(), contentPlugin()],
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 },
});
