import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * A sandboxed preload can `require` only 'electron' (and a few polyfilled built-ins): no ES modules,
 * no node_modules, no second file. So the preload is one self-contained CommonJS file.
 */
export default defineConfig({
  publicDir: false,
  envPrefix: [],
  build: {
    outDir: fileURLToPath(new URL('./dist/preload', import.meta.url)),
    emptyOutDir: true,
    target: 'node20',
    ssr: true,
    sourcemap: false,
    minify: false,
    reportCompressedSize: false,
    lib: {
      entry: fileURLToPath(new URL('./preload/index.ts', import.meta.url)),
      formats: ['cjs'],
      fileName: () => 'index.cjs',
    },
    rolldownOptions: {
      external: ['electron'],
      output: { codeSplitting: false },
    },
  },
  ssr: { noExternal: true },
});
