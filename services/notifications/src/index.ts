export { notificationsManifest } from './manifest.js';
