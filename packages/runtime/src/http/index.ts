/**
 * `httpHandler` without the rest of the runtime: a route that touches no table (the plan
 * templates) imports it from here and its bundle carries no DynamoDB SDK.
 */
export type { HttpHandlerOptions, RouteHandlerFn } from './handler.js';
export { httpHandler } from './handler.js';
