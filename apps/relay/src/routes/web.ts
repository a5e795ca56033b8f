import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync } from 'fastify';

/** Where Vite puts the files it names by content hash (its default `build.assetsDir`). */
const ASSETS_DIR = 'assets';

/**
 * Serves the built web app, with `index.html` for client-side routes such as `/b/<boardId>`. Its security headers
 * (Content-Security-Policy and others) come from http/security-headers.ts, like every other response's.
 */
export const webRoutes: FastifyPluginAsync<{ webRoot: string | null }> = async (app, { webRoot }) => {
  const indexFile = webRoot ? path.join(webRoot, 'index.html') : null;
  if (!webRoot || !indexFile || !fs.existsSync(indexFile)) {
    app.log.warn({ webRoot }, 'web app not found; serving the API only. Run `pnpm build` to build it.');
    app.get('/', async (_request, reply) =>
      reply
        .code(503)
        .type('text/plain; charset=utf-8')
        .send('The notevote web app has not been built. Run `pnpm build`, then restart the server.\n'),
    );
    return;
  }

  await app.register(fastifyStatic, { root: webRoot, index: ['index.html'], wildcard: true });
  // Vite names everything under assets/ by its content's hash, so a name never changes meaning: a phone on the venue's
  // Wi-Fi fetches the app once and never asks again. index.html names the current ones and is revalidated.
  const assets = path.join(webRoot, ASSETS_DIR);
  if (fs.existsSync(assets)) {
    await app.register(fastifyStatic, {
      root: assets,
      prefix: `/${ASSETS_DIR}/`,
      maxAge: '365d',
      immutable: true,
      decorateReply: false,
    });
  }
  const sendIndex = (reply: { sendFile: (file: string) => unknown; header: (k: string, v: string) => unknown }) => {
    reply.header('cache-control', 'no-cache');
    return reply.sendFile('index.html');
  };
  app.get('/b/:boardId', async (_request, reply) => sendIndex(reply));
  app.setNotFoundHandler(async (request, reply) => {
    const wantsPage = request.method === 'GET' && (request.headers.accept ?? '').includes('text/html');
    if (wantsPage && !request.url.startsWith('/api/') && !request.url.startsWith('/ws')) return sendIndex(reply);
    return reply
      .code(404)
      .send({ error: 'not found', message: `no route for ${request.method} ${request.url.split('?')[0]}` });
  });
};
