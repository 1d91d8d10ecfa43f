import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface InitialAssets {
  js: { file: string; gzip: number }[];
  css: { file: string; gzip: number }[];
  jsGzip: number;
  cssGzip: number;
}

const gzipSize = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

/**
 * What a browser fetches before the first page can run: the entry script, the chunks it
 * preloads (its static imports) and the stylesheets, as listed in the built `index.html`.
 */
export function initialAssets(outDir: string, html = 'index.html'): InitialAssets {
  const page = readFileSync(join(outDir, html), 'utf8');
  const attr = (pattern: RegExp) => [...page.matchAll(pattern)].map((match) => match[1] ?? '');
  const scripts = [
    ...attr(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
    ...attr(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ];
  const styles = attr(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g);
  const measure = (files: string[]) => files.map((file) => ({ file, gzip: gzipSize(join(outDir, file)) }));
  const js = measure(scripts);
  const css = measure(styles);
  const sum = (items: { gzip: number }[]) => items.reduce((total, item) => total + item.gzip, 0);
  return { js, css, jsGzip: sum(js), cssGzip: sum(css) };
}
