import { builtinModules } from 'node:module';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  dependencies?: Record<string, string>;
};

/**
 * Electron itself, Node's built-ins and every runtime dependency stay outside the bundle: native
 * modules (sqlite3) and packages that load files at run time (sequelize, pino, electron-updater) are
 * required from node_modules, which electron-builder packs. Our own code (main, services, db, core)
 * is bundled into one CommonJS file.
 */
const externalPackages = ['electron', ...Object.keys(pkg.dependencies ?? {})];
const builtins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);
export const isExternal = (id: string) =>
  builtins.has(id) || externalPackages.some((name) => id === name || id.startsWith(`${name}/`));

export default defineConfig({
  // A Node build: no public folder, no browser resolution, no .env injection into the bundle.
  publicDir: false,
  envPrefix: [],
  resolve: { conditions: ['node'], mainFields: ['module', 'main'] },
  build: {
    outDir: fileURLToPath(new URL('./dist/main', import.meta.url)),
    emptyOutDir: true,
    target: 'node20',
    ssr: true,
    sourcemap: true,
    minify: false,
    reportCompressedSize: false,
    lib: {
      entry: fileURLToPath(new URL('./main/index.ts', import.meta.url)),
      formats: ['cjs'],
      fileName: () => 'index.cjs',
    },
    rolldownOptions: {
      external: isExternal,
      output: { codeSplitting: false },
    },
  },
});
