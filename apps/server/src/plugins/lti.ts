import formbody from '@fastify/formbody';
import type { DeepLinkChoice, LtiService } from '@canvas/lti';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createHash, timingSafeEqual } from 'node:crypto';
import { idSchema } from '@canvas/api';
import { z } from 'zod';

export interface LtiPluginOptions {
  /** Opens the LTI tool on first use (it loads its key then). */
  lti: () => Promise<LtiService>;
  /** Bearer token of the server's administrator; without it the admin routes answer 404. */
  adminToken: string | undefined;
  /** Throws unless the request carries the workshop's facilitator credential (the roster is theirs, L9). */
  manage(request: FastifyRequest, workshopId: string): Promise<void>;
  /** The activities of a built-in agenda, for a workshop created by deep linking; undefined when unknown or empty id. */
  agendaActivities(agendaId: string): Array<{ templateId: string; durationMinutes: number }> | undefined;
}

const url = z.url('must be an absolute URL').refine((v) => /^https?:/.test(v), 'must be an http(s) URL');
const platformInputSchema = z.object({
  name: z.string().trim().min(1, 'must not be empty').max(200),
  issuer: z.string().trim().min(1, 'must not be empty').max(500),
  clientId: z.string().trim().min(1, 'must not be empty').max(500),
  authUrl: url,
  tokenUrl: url,
  jwksUrl: url,
  deploymentIds: z.array(z.string().trim().min(1).max(500)).min(1, 'name at least one deployment id').max(50),
});

/**
 * LTI 1.3 routes (docs/lti.md): the OIDC login, the launch, the tool's key set, and the administrator's
 * platform registrations. The logic is in @canvas/lti; this only speaks HTTP.
 */
export async function ltiPlugin(app: FastifyInstance, opts: LtiPluginOptions): Promise<void> {
  // Platforms send logins and launches as HTML form posts.
  await app.register(formbody, { bodyLimit: 64 * 1024 });

  app.setErrorHandler((error, request, reply) => {
    if (error instanceof Error && error.name === 'LtiError' && 'status' in error && 'code' in error) return reply.code(error.status as number).send({ error: error.code, message: error.message });
    throw error;
  });

  const login = async (request: FastifyRequest, reply: FastifyReply) => {
    const params = { ...(request.query as Record<string, unknown>), ...((request.body as Record<string, unknown> | undefined) ?? {}) };
    return reply.redirect(await (await opts.lti()).login(params), 302);
  };
  app.get('/lti/login', login);
  app.post('/lti/login', login);

  app.post('/lti/launch', async (request, reply) => {
    const body = (request.body as Record<string, unknown> | undefined) ?? {};
    const result = await (await opts.lti()).launch(body.id_token, body.state);
    reply.header('cache-control', 'no-store');
    // The credential travels in the fragment, which browsers never send to a server (docs/security.md).
    if (result.kind === 'console') return reply.redirect(`/f/${result.workshopId}#key=${encodeURIComponent(result.token)}`, 302);
    if (result.kind === 'deep-link') return reply.redirect(`/lti/deep-link#ticket=${encodeURIComponent(result.ticket)}`, 302);
    return reply.redirect(`/w/${result.workshopId}#token=${encodeURIComponent(result.token)}`, 302);
  });

  app.get('/lti/jwks', async () => (await opts.lti()).jwks());

  // ── dynamic registration (L11): the platform opens this page with its configuration ──
  const page = (reply: FastifyReply, frameOrigin: string, body: string, script?: string) => {
    const hash = script ? createHash('sha256').update(script).digest('base64') : null;
    return reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      // The platform shows this page in its own dialog: it may frame it; nothing else loads.
      .header('content-security-policy', `default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors ${frameOrigin}${hash ? `; script-src 'sha256-${hash}'` : ''}`)
      .send(`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Canvas Sessions</title>` +
        `<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem;color:#1f2933}button{font:inherit;padding:.5rem 1rem;border-radius:8px;border:0;background:#2563eb;color:#fff}label{display:block;margin:.4rem 0}</style>` +
        `</head><body>${body}${script ? `<script>${script}</script>` : ''}</body></html>`);
  };
  const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  app.get('/lti/register', async (request, reply) => {
    const query = request.query as Record<string, unknown>;
    const { sessionToken, issuer, product } = await (await opts.lti()).registration.begin(query);
    return page(
      reply,
      new URL(issuer).origin,
      `<h1>Register Canvas Sessions</h1><p>With <strong>${escapeHtml(issuer)}</strong> (${escapeHtml(product)}). The tool asks for the course roster (Names and Role Provisioning) and for deep linking; it does not ask for grades.</p>` +
        `<form method="post" action="/lti/register"><input type="hidden" name="sessionToken" value="${escapeHtml(sessionToken)}"><button type="submit">Register</button></form>`,
    );
  });
  app.post('/lti/register', async (request, reply) => {
    const body = (request.body as Record<string, unknown> | undefined) ?? {};
    const { issuer } = await (await opts.lti()).registration.complete(body.sessionToken);
    // Tells the platform's dialog that registration is done (LTI DR 1.0 §3.6).
    return page(reply, new URL(issuer).origin, `<h1>Canvas Sessions is registered</h1><p>You can close this window.</p>`, "(window.opener || window.parent).postMessage({ subject: 'org.imsglobal.lti.close' }, '*');");
  });

  // ── deep linking (L10): the page asks what to show, then posts the teacher's choice as a form ──
  app.get('/api/lti/deep-link', async (request) => {
    const ticket = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    return (await opts.lti()).deepLinking.describe(ticket);
  });
  app.post('/lti/deep-link/return', async (request, reply) => {
    const body = (request.body as Record<string, unknown> | undefined) ?? {};
    const text = (name: string) => (typeof body[name] === 'string' ? (body[name] as string) : '');
    let choice: DeepLinkChoice;
    if (text('choice') === 'existing') choice = { kind: 'existing', workshopId: text('workshopId') };
    else {
      const activities = opts.agendaActivities(text('agendaId'));
      if (text('agendaId') && !activities) return reply.code(400).send({ error: 'unknown_agenda', message: `There is no agenda "${text('agendaId').slice(0, 60)}".`, field: 'body.agendaId' });
      choice = { kind: 'new', title: text('title'), ...(activities ? { activities } : {}) };
    }
    const { html, returnUrl } = await (await opts.lti()).deepLinking.finish(body.ticket, choice);
    // The page posts the signed answer to the platform: only there, with only this script.
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    const hash = createHash('sha256').update(script).digest('base64');
    return reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .header('content-security-policy', `default-src 'none'; script-src 'sha256-${hash}'; form-action ${new URL(returnUrl).origin}; base-uri 'none'; frame-ancestors 'none'`)
      .send(html);
  });

  // ── the course roster (NRPS, L9): the facilitator loads it and plans groups ──
  const params = z.object({ workshopId: idSchema });
  const managed = async (request: FastifyRequest) => {
    const { workshopId } = request.params as z.infer<typeof params>;
    await opts.manage(request, workshopId);
    return workshopId;
  };
  app.get('/api/workshops/:workshopId/lti/roster', { schema: { params } }, async (request) => await (await opts.lti()).roster.view(await managed(request)));
  app.post('/api/workshops/:workshopId/lti/roster', { schema: { params } }, async (request) => (await opts.lti()).roster.load(await managed(request)));
  app.put(
    '/api/workshops/:workshopId/lti/roster/:memberKey',
    { schema: { params: params.extend({ memberKey: z.string().min(1).max(400) }), body: z.object({ groupId: idSchema.nullable() }).strict() } },
    async (request) => {
      const workshopId = await managed(request);
      const { memberKey } = request.params as { memberKey: string };
      return await (await opts.lti()).roster.plan(workshopId, memberKey, (request.body as { groupId: string | null }).groupId);
    },
  );

  // ── administration ──
  const admin = async (request: FastifyRequest, reply: FastifyReply) => {
    if (!opts.adminToken) return reply.code(404).send({ error: 'admin_disabled', message: 'Administration is off: set ADMIN_TOKEN to use it.' });
    const given = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? '';
    const a = Buffer.from(given);
    const b = Buffer.from(opts.adminToken);
    if (a.length !== b.length || !timingSafeEqual(a, b)) return reply.code(401).send({ error: 'admin_token_required', message: 'Send the ADMIN_TOKEN as "Authorization: Bearer …".' });
  };
  app.get('/api/admin/lti', { preHandler: admin }, async () => {
    const lti = await opts.lti();
    return { tool: lti.urls(), platforms: await lti.listPlatforms() };
  });
  app.post('/api/admin/lti/platforms', { preHandler: admin }, async (request, reply) => {
    const parsed = platformInputSchema.safeParse(request.body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = `body.${issue.path.join('.')}`;
      return reply.code(400).send({ error: 'invalid_request', message: `${field}: ${issue.message}`, field });
    }
    return reply.code(201).send(await (await opts.lti()).registerPlatform(parsed.data));
  });
  app.delete('/api/admin/lti/platforms/:id', { preHandler: admin }, async (request, reply) => {
    await (await opts.lti()).deletePlatform((request.params as { id: string }).id);
    return reply.code(204).send();
  });
}
