export { intakeManifest } from './manifest.js';
