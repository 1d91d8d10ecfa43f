/**
 * `pnpm new-service <name>`: a new service from templates/service, renamed, its contract moved to
 * packages/contracts and the service registered in the catalog. Then: `pnpm install`, replace the
 * example entity, `pnpm openapi`.
 */
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ServiceNames {
  kebab: string;
  camel: string;
  pascal: string;
}

export function serviceNames(name: string): ServiceNames {
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name) || name.length > 30) {
    throw new Error(`"${name}" is not a service name: lower-case words joined by hyphens, such as peer-notes`);
  }
  const camel = name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
  return { kebab: name, camel, pascal: camel[0]?.toUpperCase() + camel.slice(1) };
}

/** The template's `example` renamed: identifiers in camel or Pascal case, paths and names in kebab case. */
export function renameExample(text: string, names: ServiceNames): string {
  return (
    text
      // `bodyExample` is the route's own field, not the entity.
      .replace(/(?<!body)Example/g, names.pascal)
      .replace(/EXAMPLE/g, names.kebab.toUpperCase().replace(/-/g, '_'))
      .replace(/(?<!@)example(?=[A-Z])/g, names.camel)
      .replace(/(?<![@\w])example/g, names.kebab)
      .replace(/\bex_/g, `${names.kebab.slice(0, 2)}_`)
      .replace(/from '\.\.\/contract\.js'/g, "from '@lantern/contracts'")
  );
}

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (entry === 'node_modules') return [];
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });

/** Writes the new service under `root` (the repository). Returns the files it created or changed. */
export function createService(root: string, name: string): string[] {
  const names = serviceNames(name);
  const target = join(root, 'services', names.kebab);
  if (existsSync(target)) throw new Error(`services/${names.kebab} exists already`);
  cpSync(join(root, 'templates', 'service'), target, {
    recursive: true,
    filter: (source) => !source.includes('node_modules'),
  });
  const written: string[] = [];
  for (const file of filesUnder(target)) {
    writeFileSync(file, renameExample(readFileSync(file, 'utf8'), names));
    const renamed = file.replace(/examples?(?=[-.][^/]*$)/, (word) =>
      word === 'examples' ? `${names.kebab}s` : names.kebab,
    );
    if (renamed !== file) renameSync(file, renamed);
    written.push(renamed);
  }

  // Schemas are shared with the web app: they live in the contracts package.
  const contract = join(root, 'packages', 'contracts', 'src', `${names.kebab}.ts`);
  renameSync(join(target, 'src', 'contract.ts'), contract);
  written.splice(written.indexOf(join(target, 'src', 'contract.ts')), 1, contract);
  const contractsIndex = join(root, 'packages', 'contracts', 'src', 'index.ts');
  writeFileSync(contractsIndex, `${readFileSync(contractsIndex, 'utf8')}export * from './${names.kebab}.js';\n`);

  const catalog = join(root, 'packages', 'service-catalog', 'src', 'index.ts');
  const source = readFileSync(catalog, 'utf8')
    .replace(/^(import .*;\n)(?!import)/m, `$1import { ${names.camel}Manifest } from '@lantern/${names.kebab}';\n`)
    .replace(/(SERVICE_MANIFESTS: readonly ServiceManifest\[\] = \[[^\]]*)\]/, `$1, ${names.camel}Manifest]`);
  writeFileSync(catalog, source);
  const catalogPackage = join(root, 'packages', 'service-catalog', 'package.json');
  const manifest = JSON.parse(readFileSync(catalogPackage, 'utf8'));
  manifest.dependencies[`@lantern/${names.kebab}`] = 'workspace:*';
  manifest.dependencies = Object.fromEntries(
    Object.entries(manifest.dependencies).sort(([a], [b]) => a.localeCompare(b)),
  );
  writeFileSync(catalogPackage, `${JSON.stringify(manifest, null, 2)}\n`);
  return [...written, contractsIndex, catalog, catalogPackage];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [name] = process.argv.slice(2);
  if (!name) {
    console.error('Usage: pnpm new-service <name>   (for example: pnpm new-service peer-notes)');
    process.exit(2);
  }
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  try {
    const files = createService(root, name);
    console.log(
      `Created services/${name} (${files.length} files). Next: pnpm install, then replace the example entity, then pnpm openapi.`,
    );
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
