import jsigs from '@digitalcredentials/jsonld-signatures';
import { checkStatus } from '@digitalcredentials/vc-bitstring-status-list';
import { NotOffline, offlineDocumentLoader, type OfflineLoaderOptions } from './documentLoader.js';
import { checkJsonBounds } from './inputBounds.js';
import { checkAchievementCredentialSchema } from './schemaCheck.js';
import { verifyingSuite } from './signing.js';
import { describeCheck, describeVerdict, type Words } from './verificationWords.js';

export type CheckId = 'format' | 'signature' | 'issuer' | 'dates' | 'revocation' | 'schema';
export type CheckOutcome = 'passed' | 'failed' | 'not-checked';

/** One check of a verification, with a stable reason code and its explanation in plain words. */
export interface VerificationCheck {
  id: CheckId;
  outcome: CheckOutcome;
  reason: string;
  words: Words;
  /** Technical detail for the curious (library message, schema path); never needed to understand the result. */
  detail?: string;
}

export interface VerificationReport {
  /** valid: every check passed; invalid: one failed; incomplete: none failed, one could not be made offline. */
  verdict: 'valid' | 'invalid' | 'incomplete';
  summary: Words;
  checks: VerificationCheck[];
  /** What the credential says about itself, for display; only when its format could be read. */
  about?: { name?: string; achievement?: string; issuerName?: string; issuerId?: string; validFrom?: string; validUntil?: string };
}

export interface VerifyOptions extends OfflineLoaderOptions {
  now?: Date;
}

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const obj = (value: unknown): Record<string, unknown> | undefined =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

function check(id: CheckId, outcome: CheckOutcome, reason: string, params: Record<string, string> = {}, detail?: string): VerificationCheck {
  return { id, outcome, reason, words: describeCheck(id, reason, params), ...(detail ? { detail: detail.slice(0, 500) } : {}) };
}

function report(checks: VerificationCheck[], about?: VerificationReport['about']): VerificationReport {
  const verdict = checks.some((c) => c.outcome === 'failed') ? 'invalid' : checks.some((c) => c.outcome === 'not-checked') ? 'incomplete' : 'valid';
  return { verdict, summary: describeVerdict(verdict), checks, ...(about ? { about } : {}) };
}

/**
 * Verifies an Open Badges 3.0 credential with an `eddsa-rdfc-2022` proof, offline (SPEC V1–V6):
 * format, issuer, signature, validity dates, revocation (this server's status list) and the 1EdTech
 * schema, each reported on its own. Nothing named in the credential is fetched: what cannot be
 * checked from bundled contexts and this server's own documents is reported as not checked.
 */
export async function verifyOpenBadgeCredential(input: unknown, options: VerifyOptions = {}): Promise<VerificationReport> {
  const now = options.now ?? new Date();
  const bounds = checkJsonBounds(input);
  if (bounds) return report([check('format', 'failed', bounds.code, {}, bounds.message)]);

  const credential = obj(input);
  if (!credential) return report([check('format', 'failed', 'not_object')]);
  const contexts = list(credential['@context']);
  const types = list(credential.type);
  const proofs = list(credential.proof).map(obj);
  if (contexts[0] !== 'https://www.w3.org/ns/credentials/v2') return report([check('format', 'failed', 'not_vc2')]);
  if (!types.includes('OpenBadgeCredential') && !types.includes('AchievementCredential')) return report([check('format', 'failed', 'not_open_badge')]);
  if (proofs.length === 0) return report([check('format', 'failed', 'no_proof')]);
  const proof = proofs.find((p) => p?.type === 'DataIntegrityProof' && p?.cryptosuite === 'eddsa-rdfc-2022');
  if (!proof) return report([check('format', 'failed', 'unsupported_proof')]);

  const issuer = obj(credential.issuer);
  const issuerId = str(credential.issuer) ?? str(issuer?.id);
  const subject = obj(list(credential.credentialSubject)[0]);
  const about: VerificationReport['about'] = {
    name: str(credential.name),
    achievement: str(obj(subject?.achievement)?.name),
    issuerName: str(issuer?.name),
    issuerId,
    validFrom: str(credential.validFrom),
    validUntil: str(credential.validUntil),
  };
  const checks: VerificationCheck[] = [check('format', 'passed', 'ok')];

  // Issuer: the key that signed must belong to the issuer the credential names (SPEC V4).
  const methodId = str(proof.verificationMethod) ?? str(obj(proof.verificationMethod)?.id) ?? '';
  const controller = methodId.split('#')[0] ?? '';
  const ours = options.identity && issuerId === options.identity.did;
  const resolvable = controller.startsWith('did:key:') || (options.identity?.method === 'web' && controller === options.identity.did);
  if (!issuerId || controller !== issuerId) {
    checks.push(check('issuer', 'failed', 'key_not_issuers', { issuer: issuerId ?? '?', key: controller || '?' }));
  } else if (ours) {
    checks.push(check('issuer', 'passed', 'this_server', { issuer: about.issuerName ?? issuerId }));
  } else if (resolvable) {
    checks.push(check('issuer', 'passed', 'key_holder', { issuer: about.issuerName ?? issuerId }));
  } else {
    checks.push(check('issuer', 'not-checked', 'not_resolvable', { issuer: issuerId }));
  }

  // Signature, over the bundled contexts only.
  const refused: NotOffline[] = [];
  const baseLoader = offlineDocumentLoader(options);
  const loader = async (url: string) => {
    try {
      return await baseLoader(url);
    } catch (error) {
      if (error instanceof NotOffline) refused.push(error);
      throw error;
    }
  };
  try {
    const result = await jsigs.verify(credential, { suite: verifyingSuite(), purpose: new jsigs.purposes.AssertionProofPurpose(), documentLoader: loader });
    if (result.verified) checks.push(check('signature', 'passed', 'ok'));
    else if (refused.some((r) => r.kind === 'did')) checks.push(check('signature', 'not-checked', 'key_not_offline', { url: refused[0]!.url }));
    else if (refused.length > 0) checks.push(check('signature', 'not-checked', 'context_not_offline', { url: refused[0]!.url }));
    else checks.push(check('signature', 'failed', 'invalid', {}, firstMessage(result.error)));
  } catch (error) {
    checks.push(check('signature', 'failed', 'invalid', {}, (error as Error).message));
  }

  checks.push(datesCheck(credential, now));
  checks.push(await revocationCheck(credential, options, loader));

  const schema = checkAchievementCredentialSchema(credential);
  checks.push(
    schema.valid
      ? check('schema', 'passed', 'ok')
      : check('schema', 'failed', 'invalid', { path: schema.issues[0]!.path }, schema.issues.map((i) => `${i.path}: ${i.message}`).join('; ')),
  );
  return report(checks, about);
}

function firstMessage(error: (Error & { errors?: Error[] }) | undefined): string | undefined {
  return error?.errors?.[0]?.message ?? error?.message;
}

function datesCheck(credential: Record<string, unknown>, now: Date): VerificationCheck {
  const from = str(credential.validFrom);
  const until = str(credential.validUntil);
  const fromDate = from ? new Date(from) : undefined;
  const untilDate = until ? new Date(until) : undefined;
  if (!fromDate || Number.isNaN(fromDate.getTime()) || (untilDate && Number.isNaN(untilDate.getTime()))) {
    return check('dates', 'failed', 'unreadable');
  }
  const day = (d: Date) => d.toISOString().slice(0, 10);
  if (now < fromDate) return check('dates', 'failed', 'not_yet_valid', { from: day(fromDate) });
  if (untilDate && now > untilDate) return check('dates', 'failed', 'expired', { until: day(untilDate) });
  return untilDate ? check('dates', 'passed', 'valid_until', { from: day(fromDate), until: day(untilDate) }) : check('dates', 'passed', 'ok', { from: day(fromDate) });
}

async function revocationCheck(
  credential: Record<string, unknown>,
  options: VerifyOptions,
  loader: (url: string) => Promise<{ document: unknown }>,
): Promise<VerificationCheck> {
  const entries = list(credential.credentialStatus).map(obj);
  if (entries.length === 0) return check('revocation', 'passed', 'no_status');
  const entry = entries.find((e) => e?.type === 'BitstringStatusListEntry' && e?.statusPurpose === 'revocation');
  if (!entry) return check('revocation', 'not-checked', 'unknown_status_type');
  const url = str(entry.statusListCredential) ?? '';
  if (!options.statusList || (await options.statusList(url)) === undefined) return check('revocation', 'not-checked', 'foreign_list', { url });
  const result = await checkStatus({ credential, documentLoader: loader, suite: verifyingSuite(), verifyMatchingIssuers: true });
  if (result.error) return check('revocation', 'failed', 'list_invalid', {}, result.error.message);
  return result.verified ? check('revocation', 'passed', 'ok') : check('revocation', 'failed', 'revoked');
}
