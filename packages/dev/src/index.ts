export { type CloudProcess, spawnLocalCloud } from './cloud-process.js';
