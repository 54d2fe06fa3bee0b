import fs from 'node:fs';
import path from 'node:path';
import type { LTIConfig } from '@lti-tool/core';
import { exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';

export type ToolKeyPair = LTIConfig['keyPair'];

/** Where the tool's private key is kept (a 0600 file in DATA_DIR on a server, memory in tests). */
export interface ToolKeyStore {
  load(): string | undefined;
  save(json: string): void;
}

/**
 * The tool's RS256 key pair (rule L6): generated once with jose and kept, so platforms that cached the
 * tool's key set keep verifying deep-linking responses and service tokens across restarts.
 */
export async function loadToolKey(store: ToolKeyStore): Promise<{ keyPair: ToolKeyPair; keyId: string }> {
  const saved = store.load();
  if (saved) {
    const { privateJwk, publicJwk, keyId } = JSON.parse(saved) as { privateJwk: JWK; publicJwk: JWK; keyId: string };
    const privateKey = (await importJWK(privateJwk, 'RS256', { extractable: false }));
    const publicKey = (await importJWK(publicJwk, 'RS256', { extractable: true }));
    return { keyPair: { privateKey, publicKey }, keyId };
  }
  const keyPair = await generateKeyPair('RS256', { extractable: true });
  const keyId = `cs-${new Date().toISOString().slice(0, 10)}-${Math.random().toString(36).slice(2, 8)}`;
  store.save(JSON.stringify({ privateJwk: await exportJWK(keyPair.privateKey), publicJwk: await exportJWK(keyPair.publicKey), keyId }));
  return { keyPair, keyId };
}

export function memoryToolKeyStore(): ToolKeyStore {
  let value: string | undefined;
  return { load: () => value, save: (json) => void (value = json) };
}

export const TOOL_KEY_FILE = 'lti-tool-key.json';

/** The tool's key in `DATA_DIR/lti-tool-key.json`, created exclusively with mode 0600 (like the issuer key). */
export function fileToolKeyStore(dataDir: string): ToolKeyStore {
  const file = path.join(dataDir, TOOL_KEY_FILE);
  return {
    load() {
      try {
        return fs.readFileSync(file, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
    },
    save(json) {
      fs.mkdirSync(dataDir, { recursive: true });
      fs.writeFileSync(file, json, { mode: 0o600, flag: 'wx' });
    },
  };
}
