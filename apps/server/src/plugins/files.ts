import { idSchema } from '@canvas/api';
import type { BoardFiles, WorkshopService } from '@canvas/workshops';
import { WorkshopError } from '@canvas/workshops';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { bearerToken } from './workshops.js';

export interface FilesPluginOptions {
  service: WorkshopService;
  files: BoardFiles;
  /** Largest upload in bytes (UPLOAD_MAX_MB): the body is not read past it. */
  maxBytes: number;
}

/**
 * Images and PDF pages on boards (workshops › files/SPEC.md F1–F7): the upload takes the file's bytes
 * as the request body (any content type: the server decides the type from the content), the download
 * is served sandboxed to those who may read a board holding it.
 */
export async function filesPlugin(fastify: FastifyInstance, opts: FilesPluginOptions): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { service, files, maxBytes } = opts;
  // Encapsulated: only this plugin's routes take raw bodies. The content type a client claims is not trusted (F3).
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));

  app.post(
    '/api/workshops/:workshopId/boards/:boardId/files',
    {
      bodyLimit: maxBytes,
      config: { tooLargeMessage: `The file is larger than ${Math.round(maxBytes / (1024 * 1024))} MB, the most a file on a board may be (UPLOAD_MAX_MB).` },
      schema: {
        params: z.object({ workshopId: idSchema, boardId: idSchema }),
        headers: z.object({ 'x-file-name': z.string().max(1000).optional() }).passthrough(),
      },
    },
    async (request, reply) => {
      const { workshopId, boardId } = request.params;
      const { principal, revoked } = await service.principal(bearerToken(request));
      await service.authorize(workshopId, principal, revoked, 'workshop:read');
      if (!Buffer.isBuffer(request.body)) throw new WorkshopError(415, 'unsupported_file_type', 'Send the file itself as the request body.', 'body');
      let name: string | undefined;
      try {
        name = request.headers['x-file-name'] ? decodeURIComponent(request.headers['x-file-name']) : undefined;
      } catch {
        name = undefined;
      }
      const stored = await files.upload({ workshopId, boardId, principal, bytes: request.body, ...(name ? { name } : {}) });
      reply.code(201);
      return stored;
    },
  );

  app.get(
    '/api/files/:fileId',
    { schema: { params: z.object({ fileId: idSchema }), querystring: z.object({ board: idSchema.optional() }) } },
    async (request, reply) => {
      const { principal, revoked } = await service.principal(bearerToken(request));
      const { file, bytes } = await files.open(request.params.fileId, principal, revoked, request.query.board);
      return reply
        .type(file.mime)
        .header('content-length', String(bytes.byteLength))
        // A picture, never a document: no script, no plug-in, no navigation, even when opened in a tab.
        .header('content-security-policy', "default-src 'none'; img-src 'self'; sandbox")
        .header('content-disposition', 'inline')
        .header('cache-control', 'private, max-age=3600')
        .send(bytes);
    },
  );
}
