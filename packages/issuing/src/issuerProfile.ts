import { z } from 'zod';
import { safeText } from './text.js';

/**
 * The issuer's profile, set by the server's administrator (environment variables, SPEC P1). The image
 * is a URL (https, or a `data:image/png|svg+xml` URI) so that no verifier has to trust our server for it.
 */
export const IssuerProfileInput = z.object({
  name: safeText(200),
  url: z.url({ protocol: /^https?$/ }).max(2000).optional(),
  email: z.email().max(320).optional(),
  image: z
    .string()
    .max(64 * 1024, 'must be at most 64 KiB: it travels in every credential')
    .refine((v) => /^https:\/\//.test(v) || /^data:image\/(png|svg\+xml);base64,[A-Za-z0-9+/=]+$/.test(v), 'must be an https URL or a base64 PNG/SVG data URI')
    .optional(),
});
export type IssuerProfileInput = z.infer<typeof IssuerProfileInput>;

/** OB 3.0 `Profile` of the issuer, as it is written into each credential. */
export interface Ob3IssuerProfile {
  id: string;
  type: ['Profile'];
  name: string;
  url?: string;
  email?: string;
  image?: { id: string; type: 'Image' };
}

export function toOb3Issuer(did: string, profile: IssuerProfileInput): Ob3IssuerProfile {
  return {
    id: did,
    type: ['Profile'],
    name: profile.name,
    ...(profile.url ? { url: profile.url } : {}),
    ...(profile.email ? { email: profile.email } : {}),
    ...(profile.image ? { image: { id: profile.image, type: 'Image' as const } } : {}),
  };
}
