import * as Ed25519Multikey from '@digitalcredentials/ed25519-multikey';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/** The issuer's Ed25519 key as kept at rest: Multikey encodings of the public and secret halves. */
export const StoredIssuerKey = z.object({
  type: z.literal('Multikey'),
  publicKeyMultibase: z.string().regex(/^z6Mk[1-9A-HJ-NP-Za-km-z]+$/, 'not an Ed25519 Multikey'),
  secretKeyMultibase: z.string().regex(/^z[1-9A-HJ-NP-Za-km-z]+$/, 'not a multibase secret key'),
  createdAt: z.iso.datetime(),
});
export type StoredIssuerKey = z.infer<typeof StoredIssuerKey>;

/** Where the issuer key lives. `create` must never overwrite an existing key. */
export interface KeyStore {
  read(): string | undefined;
  create(contents: string): void;
  /** For logs and docs: where the key is, without its contents. */
  readonly location: string;
}

export const ISSUER_KEY_FILE = 'issuer-key.json';

/** Permission bits a key file may have: owner read/write only (SPEC K1). */
export const KEY_FILE_MODE = 0o600;

/**
 * The key as a file in the data directory, readable and writable only by the server's user
 * (mode 0600, SPEC K1). Created exclusively (`wx`), so two processes cannot both write a key.
 * A file found with group or other bits (e.g. restored from a backup) is narrowed before use.
 */
export function fileKeyStore(dataDir: string, onWarning: (message: string) => void = () => {}): KeyStore {
  const file = path.join(dataDir, ISSUER_KEY_FILE);
  return {
    location: file,
    read() {
      let stat: fs.Stats;
      try {
        stat = fs.statSync(file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
      if ((stat.mode & 0o077) !== 0) {
        fs.chmodSync(file, KEY_FILE_MODE);
        onWarning(`${file} was readable by other users; its mode is now 0600. Consider the key exposed and rotate it (docs/issuing.md).`);
      }
      return fs.readFileSync(file, 'utf8');
    },
    create(contents) {
      fs.mkdirSync(dataDir, { recursive: true });
      // mode applies at creation (before any byte is written); chmod again in case a umask widened nothing but narrowed oddly.
      fs.writeFileSync(file, contents, { mode: KEY_FILE_MODE, flag: 'wx' });
      fs.chmodSync(file, KEY_FILE_MODE);
    },
  };
}

/** A key kept in memory only (a server with `DATA_DIR=:memory:`, and tests). */
export function memoryKeyStore(): KeyStore {
  let contents: string | undefined;
  return {
    location: 'memory',
    read: () => contents,
    create(value) {
      if (contents !== undefined) throw new Error('the key exists');
      contents = value;
    },
  };
}

/** Loads the issuer key, generating it on first use (SPEC K1, K2). */
export async function loadOrCreateIssuerKey(store: KeyStore, now: () => Date = () => new Date()): Promise<StoredIssuerKey> {
  const existing = store.read();
  if (existing !== undefined) return parseStoredKey(existing, store.location);
  const pair = await Ed25519Multikey.generate();
  const exported = await pair.export({ publicKey: true, secretKey: true });
  const key: StoredIssuerKey = StoredIssuerKey.parse({
    type: 'Multikey',
    publicKeyMultibase: exported.publicKeyMultibase,
    secretKeyMultibase: exported.secretKeyMultibase,
    createdAt: now().toISOString(),
  });
  try {
    store.create(`${JSON.stringify(key, null, 2)}\n`);
  } catch (error) {
    // Another process created it first: use theirs, so that there is one key.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return parseStoredKey(store.read()!, store.location);
    throw error;
  }
  return key;
}

function parseStoredKey(text: string, location: string): StoredIssuerKey {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`The issuer key at ${location} is not valid JSON. Restore it from a backup, or move it away to generate a new key.`);
  }
  const parsed = StoredIssuerKey.safeParse(json);
  if (!parsed.success) throw new Error(`The issuer key at ${location} is damaged (${parsed.error.issues[0]?.message}).`);
  return parsed.data;
}
