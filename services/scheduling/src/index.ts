export { schedulingManifest } from './manifest.js';
