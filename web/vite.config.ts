import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';
import { precompileMessages } from './build/precompile-messages.js';
import { en } from './src/i18n/en.js';
import { fr } from './src/i18n/fr.js';

const root = fileURLToPath(new URL('.', import.meta.url));

/** One build for every deployment: runtime settings come from `/config.json`, never from here. */
export default defineConfig(({ command }) => ({
  root,
  plugins: [vue(), precompileMessages({ en, fr })],
  define: {
    __VUE_OPTIONS_API__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    __VUE_I18N_FULL_INSTALL__: 'false',
    __VUE_I18N_LEGACY_API__: 'false',
    __INTLIFY_PROD_DEVTOOLS__: 'false',
    // Built messages are precompiled (see build/precompile-messages.ts); dev compiles them.
    __INTLIFY_DROP_MESSAGE_COMPILER__: command === 'build' ? 'true' : 'false',
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rollupOptions: {
      input: { main: `${root}index.html`, silentRenew: `${root}silent-renew.html` },
    },
  },
}));
