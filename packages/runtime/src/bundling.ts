/**
 * The one set of esbuild settings for Lambda bundles. infra/ maps it onto `NodejsFunction`'s
 * `bundling` props and the local cloud passes it to esbuild directly, so what runs locally is
 * what deploys.
 */
export const LAMBDA_BUNDLING = {
  platform: 'node',
  format: 'esm',
  /** Lambda's `nodejs24.x` and the local cloud both run Node 24. */
  target: 'node24',
  minify: true,
  sourcemap: false,
  /** SDK v3 clients are bundled, not taken from the runtime, so versions are pinned and tree-shaken. */
  external: [] as string[],
  mainFields: ['module', 'main'],
  /** ESM bundles of CommonJS dependencies need `require`. */
  banner: "import{createRequire as __lanternRequire}from'module';const require=__lanternRequire(import.meta.url);",
} as const;
