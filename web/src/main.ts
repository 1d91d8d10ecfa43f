import { createApp } from 'vue';
import App from './App.vue';
import { loadRuntimeConfig } from './config/runtime-config.js';
import { createLanternI18n, initialLocale, savedLocale } from './i18n/index.js';
import { createLanternRouter } from './router/index.js';
import './styles.css';

async function start(): Promise<void> {
  await loadRuntimeConfig();
  const locale = initialLocale(savedLocale(), navigator.languages);
  document.documentElement.lang = locale;
  createApp(App).use(createLanternI18n(locale)).use(createLanternRouter()).mount('#app');
}

start().catch((error: unknown) => {
  // Without its configuration the app cannot work: say so plainly instead of a blank page.
  const app = document.getElementById('app');
  if (app) app.textContent = 'Lantern could not start. Please reload the page.';
  console.error(error);
});
