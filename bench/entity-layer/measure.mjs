import { execFileSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const results = {};
for (const name of ['bare', 'electro', 'toolbox']) {
  await build({
    entryPoints: [`${name}.mjs`],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    minify: true,
    outfile: `out/${name}.mjs`,
    logLevel: 'error',
  });
  const bytes = statSync(`out/${name}.mjs`).size;
  const gz = gzipSync(readFileSync(`out/${name}.mjs`)).length;
  const times = [];
  for (let i = 0; i < 25; i++) {
    const out = execFileSync(
      process.execPath,
      ['-e', `const t=performance.now();import('./out/${name}.mjs').then(()=>console.log(performance.now()-t))`],
      { env: { ...process.env, TABLE: 't' } },
    );
    times.push(Number(out.toString()));
  }
  times.sort((a, b) => a - b);
  results[name] = {
    kb: +(bytes / 1024).toFixed(1),
    gzipKb: +(gz / 1024).toFixed(1),
    loadMsMedian: +times[12].toFixed(1),
    loadMsP95: +times[23].toFixed(1),
  };
}
console.log(JSON.stringify(results, null, 1));
writeFileSync('results.json', JSON.stringify(results, null, 1));
