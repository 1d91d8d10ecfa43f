export { supportManifest } from './manifest.js';
