import { LimitError } from '@canvas/limits';
import { WorkshopError } from '@canvas/workshops';
import type { FastifyError, FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';

/**
 * One shape for every error answer: `{ error, message, field?, details? }`. Validation errors
 * name the offending field (`body.title`, `params.workshopId`); nothing leaks a stack trace.
 */
export const errorsPlugin = fp(async function errorsPlugin(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const first = error.validation[0];
      const where = error.validationContext ?? 'request';
      const path = (first?.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.');
      const field = path ? `${where}.${path}` : where;
      return reply.code(400).send({
        error: 'invalid_request',
        message: `${field}: ${first?.message ?? 'invalid'}`,
        field,
        details: error.validation.map((v) => ({ field: v.instancePath.replace(/^\//, '').replace(/\//g, '.'), message: v.message })),
      });
    }
    if (error instanceof WorkshopError) {
      return reply.code(error.status).send({ error: error.code, message: error.message, field: error.field, details: error.details });
    }
    if (error instanceof LimitError) {
      if (error.retryAfterSeconds !== undefined) reply.header('retry-after', String(error.retryAfterSeconds));
      return reply.code(error.status).send({ error: error.code, message: error.message, details: { limit: error.limit.name, value: error.limit.value, setting: error.limit.setting } });
    }
    if (error.code === 'TOO_DEEPLY_NESTED') {
      return reply.code(400).send({ error: 'too_deeply_nested', message: error.message, field: 'body' });
    }
    if (error.statusCode === 429) {
      return reply.code(429).send({ error: 'rate_limited', message: 'Too many requests from your address. Wait a minute and try again.' });
    }
    if (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
      return reply.code(400).send({ error: 'invalid_json', message: 'The request body is not valid JSON.', field: 'body' });
    }
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return reply.code(415).send({ error: 'unsupported_media_type', message: 'Send the body as application/json.' });
    }
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      // A route may say which limit it is (uploads name their setting).
      const tooLarge = (request.routeOptions.config as { tooLargeMessage?: string } | undefined)?.tooLargeMessage;
      return reply.code(413).send({ error: 'body_too_large', message: tooLarge ?? 'The request body is too large.', field: 'body' });
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return reply.code(error.statusCode).send({ error: 'bad_request', message: error.message });
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.code(500).send({ error: 'internal_error', message: 'Something went wrong on the server.' });
  });
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send({ error: 'not_found', message: `No route ${request.method} ${request.url.split('?')[0]}` }),
  );
});
