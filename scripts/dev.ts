/**
 * `npm run dev`: the local identity provider and Partner Center emulator, with Vite's dev server
 * (hot reload) in front doing the production server's job: `/config.json` and API forwarding.
 */
import type { Plugin } from 'vite';
import { createServer } from 'vite';
import { apiBasePath, closeOnSignals, startLocalStack } from './local-stack';

const stack = await startLocalStack();

const runtimeConfigPlugin: Plugin = {
  name: 'runtime-config',
  configureServer(server) {
    server.middlewares.use('/config.json', (_request, response) => {
      response.setHeader('Content-Type', 'application/json; charset=utf-8');
      response.setHeader('Cache-Control', 'no-store');
      response.end(JSON.stringify(stack.runtimeConfig));
    });
  },
};

const vite = await createServer({
  plugins: [runtimeConfigPlugin],
  server: {
    port: stack.dashboardPort,
    strictPort: true,
    proxy: {
      [apiBasePath]: {
        target: stack.services.partnerCenter.url,
        changeOrigin: true,
        rewrite: (path) => path.slice(apiBasePath.length),
      },
    },
  },
});
await vite.listen();
vite.printUrls();

closeOnSignals(async () => {
  await vite.close();
  await stack.services.close();
});
