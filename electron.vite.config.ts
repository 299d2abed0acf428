import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { griffelCssExtraction } from './build/griffel-css-extraction';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // The CLI shares the services with the app and runs on plain Node.
      rolldownOptions: { input: { index: resolve('src/main/index.ts'), cli: resolve('src/cli/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot load ES modules: emit CommonJS.
      rolldownOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src/renderer',
    plugins: [react(), griffelCssExtraction()],
    build: {
      outDir: 'out/renderer',
      minify: true,
      sourcemap: false,
      rolldownOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
  },
});
