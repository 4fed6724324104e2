/**
 * `npm run dev`: the Vite dev server for web/ (hot reload) with the banradius API behind it. The API listens on
 * its own port with no static UI; Vite forwards `/api` to it and presents each request as coming from the API's
 * own origin, so the loopback guard (Host, Origin) holds unchanged. Prints the launch URL with the token.
 */
import { createServer } from 'vite';
import { mapsRoutes } from '../src/api/routes/maps.js';
import { DEFAULT_PORT, startServer } from '../src/api/server.js';
import { ensureDataDir } from '../src/store/data-dir.js';
import { openStore } from '../src/store/index.js';

const VITE_PORT = Number(process.env.BANRADIUS_DEV_PORT ?? 5173);

const dataDir = ensureDataDir(process.env.BANRADIUS_DATA);
const store = openStore(dataDir);
const api = await startServer({
  port: Number(process.env.BANRADIUS_API_PORT ?? DEFAULT_PORT + 1),
  webRoot: false,
  store,
  plugins: [mapsRoutes],
});
const vite = await createServer({
  configFile: 'vite.config.ts',
  server: {
    host: '127.0.0.1',
    port: VITE_PORT,
    strictPort: true,
    proxy: {
      '/api': {
        target: api.url,
        changeOrigin: true,
        configure: (proxy) => {
          proxy.on('proxyReq', (req) => {
            if (req.getHeader('origin') !== undefined) req.setHeader('origin', api.url);
          });
        },
      },
    },
  },
});
await vite.listen();
process.stdout.write(
  `banradius dev: http://127.0.0.1:${VITE_PORT}/#token=${api.token}\n(API at ${api.url})\n`,
);

const stop = async () => {
  await vite.close();
  await api.close();
  store.close();
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
