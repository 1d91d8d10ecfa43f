import { build } from 'esbuild';

const r = await build({
  entryPoints: [process.argv[2]],
  bundle: true,
  write: false,
  platform: 'node',
  format: 'esm',
  target: 'node24',
  minify: true,
  mainFields: ['module', 'main'],
  metafile: true,
  logLevel: 'silent',
  outfile: '/tmp/o.mjs',
});
const out = Object.values(r.metafile.outputs)[0];
const byPkg = {};
for (const [file, info] of Object.entries(out.inputs)) {
  const m = file.match(/node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/);
  const key = m ? m[1] : file.split('/').slice(0, 3).join('/');
  byPkg[key] = (byPkg[key] ?? 0) + info.bytesInOutput;
}
console.log('total', out.bytes);
for (const [k, v] of Object.entries(byPkg)
  .sort((a, b) => b[1] - a[1])
  .slice(0, 14))
  console.log(String(Math.round(v / 1024)).padStart(5), 'KB', k);
if (process.argv[3]) {
  const f = Object.keys(out.inputs).find((i) => i.includes(process.argv[3]));
  const imp = r.metafile.inputs;
  for (const [file, info] of Object.entries(imp))
    for (const i of info.imports)
      if (i.path.includes(process.argv[3]) && !file.includes('node_modules')) console.log('imported by', file);
}
