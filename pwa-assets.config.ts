import { defineConfig, minimal2023Preset } from '@vite-pwa/assets-generator/config';

/** The site's accent: the maskable and Apple icons fill their safe margin with it. */
const accent = '#0a5a85';

/**
 * Every app icon comes from public/icon.svg (the favicon's "L", drawn at 512): 64, 96 (shortcuts),
 * 192 and 512 px, a maskable 512 and the 180 px apple-touch-icon. vite-plugin-pwa generates them
 * at build time and names them in the web manifest.
 */
export default defineConfig({
  headLinkOptions: { preset: '2023' },
  preset: {
    ...minimal2023Preset,
    transparent: { ...minimal2023Preset.transparent, sizes: [64, 96, 192, 512] },
    maskable: { ...minimal2023Preset.maskable, resizeOptions: { background: accent } },
    apple: { ...minimal2023Preset.apple, resizeOptions: { background: accent } },
  },
  images: ['public/icon.svg'],
});
