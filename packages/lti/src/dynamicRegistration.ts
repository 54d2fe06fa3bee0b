import type { LTITool } from '@lti-tool/core';
import { LtiError } from './errors.js';

/** The services a platform is asked for: the roster (L9) and deep linking (L10); no grades. */
const SERVICES = ['nrps', 'deep_linking'];

/**
 * LTI Dynamic Registration 1.0 (rule L11): a platform administrator gives the platform the tool's
 * registration URL; the platform opens it with its OpenID configuration; the tool registers itself at
 * the platform's registration endpoint and keeps the client id and deployment it gets back. The
 * protocol is `@lti-tool/core`'s (it checks the configuration's issuer against its URL and uses the
 * registration session once); the pages are ours, so they load nothing from elsewhere.
 */
export class LtiDynamicRegistration {
  constructor(private readonly tool: LTITool) {}

  /** Reads and checks the platform's configuration; returns the session to confirm with. */
  async begin(query: Record<string, unknown>): Promise<{ sessionToken: string; issuer: string; product: string }> {
    const openid = typeof query.openid_configuration === 'string' ? query.openid_configuration : '';
    const registrationToken = typeof query.registration_token === 'string' ? query.registration_token : undefined;
    if (!/^https?:\/\//.test(openid)) throw new LtiError(400, 'invalid_registration', 'The registration request needs the platform’s openid_configuration URL.');
    let html: string;
    try {
      html = await this.tool.initiateDynamicRegistration({ openid_configuration: openid, ...(registrationToken ? { registration_token: registrationToken } : {}) }, '/lti/register');
    } catch (error) {
      throw new LtiError(400, 'invalid_registration', `The platform's configuration cannot be used: ${(error as Error).message.slice(0, 300)}`);
    }
    // The library keeps the session and names it in its own form; the page shown is ours.
    const sessionToken = /name="sessionToken" value="([^"]+)"/.exec(html)?.[1];
    const session = sessionToken ? await this.tool.getRegistrationSession(sessionToken) : undefined;
    if (!sessionToken || !session) throw new LtiError(500, 'registration_failed', 'The registration could not be started.');
    const config = session.openIdConfiguration;
    return { sessionToken, issuer: config.issuer, product: config['https://purl.imsglobal.org/spec/lti-platform-configuration'].product_family_code };
  }

  /** Registers the tool at the platform (once per session) and stores the registration. */
  async complete(sessionToken: unknown): Promise<{ issuer: string }> {
    const session = typeof sessionToken === 'string' && sessionToken ? await this.tool.getRegistrationSession(sessionToken) : undefined;
    if (!session || session.expiresAt < Date.now()) throw new LtiError(400, 'registration_expired', 'This registration has expired or was used: start it again from the platform.');
    try {
      await this.tool.completeDynamicRegistration({ sessionToken: sessionToken as string, services: SERVICES } as never);
    } catch (error) {
      throw new LtiError(502, 'registration_refused', `The platform refused the registration: ${(error as Error).message.slice(0, 300)}`);
    }
    return { issuer: session.openIdConfiguration.issuer };
  }
}
