import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Serves the built React app, tldraw's fonts, icons and translations included (Vite copies them
 * from @tldraw/assets), so that a page never requests another origin. Unknown non-API paths get
 * index.html (client-side routes).
 */
export async function webAppPlugin(app: FastifyInstance, opts: { root: string }): Promise<void> {
  const index = path.join(opts.root, 'index.html');
  if (!fs.existsSync(index)) {
    app.log.warn({ root: opts.root }, 'web app not built; run `pnpm build` to serve the UI');
    app.get('/', async (_request, reply) =>
      reply.code(503).send({ error: 'web_app_not_built', message: 'The web app is not built. Run `pnpm build`.' }),
    );
    return;
  }
  await app.register(fastifyStatic, {
    root: opts.root,
    wildcard: false,
    index: false,
    setHeaders(res, filePath) {
      // Hashed assets never change; index.html must always be revalidated.
      if (filePath.includes(`${path.sep}assets${path.sep}`)) res.setHeader('cache-control', 'public, max-age=31536000, immutable');
    },
  });
  const html = fs.readFileSync(index, 'utf8');
  app.get('/*', async (request, reply) => {
    const url = request.url.split('?')[0] ?? '/';
    if (url.startsWith('/api/') || url.startsWith('/sync')) {
      return reply.code(404).send({ error: 'not_found', message: `No route ${request.method} ${url}` });
    }
    // Try the file first (fastify-static with wildcard:false registers only files present at start).
    return reply.header('cache-control', 'no-cache').type('text/html').send(html);
  });
}
