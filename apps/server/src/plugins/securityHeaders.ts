import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/**
 * Pins every page to its own origin: the Content-Security-Policy forbids loading anything from
 * elsewhere (schools must be able to promise that no third party sees the workshop).
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

export const securityHeaders = fp(async function securityHeaders(app: FastifyInstance) {
  app.addHook('onSend', async (_request, reply, payload) => {
    // A route may set a stricter policy of its own (board files are served sandboxed).
    if (!reply.hasHeader('content-security-policy')) reply.header('content-security-policy', CSP);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    return payload;
  });
});
