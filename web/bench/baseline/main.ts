// DESIGN §6's baseline: a bare Vite + Vue 3 + vue-i18n + vue-router page, default settings.
import { createApp, h } from 'vue';
import { createI18n, useI18n } from 'vue-i18n';
import { createRouter, createWebHistory, RouterView } from 'vue-router';

const Home = { setup: () => () => h('h1', useI18n().t('hello')) };
const router = createRouter({ history: createWebHistory(), routes: [{ path: '/', component: Home }] });
const i18n = createI18n({ legacy: false, locale: 'en', messages: { en: { hello: 'Hello' } } });
createApp({ render: () => h(RouterView) })
  .use(router)
  .use(i18n)
  .mount('#app');
