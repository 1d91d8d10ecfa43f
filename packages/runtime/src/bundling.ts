/**
 * The one set of esbuild settings for Lambda bundles. infra/ maps it onto `NodejsFunction`'s
 * `bundling` props and the local cloud passes it to esbuild directly, so what runs locally is
 * what deploys.
 */
export const LAMBDA_BUNDLING = {
  platform: 'node',
  format: 'esm',
  /** Node 20 is the oldest runtime that runs these bundles (the local cloud on this machine). */
  target: 'node20',
  minify: true,
  sourcemap: false,
  /** SDK v3 clients are bundled, not taken from the runtime, so versions are pinned and tree-shaken. */
  external: [] as string[],
  mainFields: ['module', 'main'],
  /** ESM bundles of CommonJS dependencies need `require`. */
  banner: "import{createRequire as __lanternRequire}from'module';const require=__lanternRequire(import.meta.url);",
} as const;
