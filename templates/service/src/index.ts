export { exampleManifest } from './manifest.js';
