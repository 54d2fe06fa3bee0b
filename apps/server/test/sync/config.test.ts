/** Start-up configuration (docs/operations.md): a wrong value stops the process, naming the variable. */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SERVER_MAIN, tempDataDir } from '../helpers/serverProcess.js';

function run(env: Record<string, string>): Promise<{ code: number | null; stderr: string; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SERVER_MAIN], {
      env: { ...process.env, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    let stdout = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not exit:\n${stdout}\n${stderr}`));
    }, 10_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr, stdout });
    });
  });
}

describe('invalid configuration', () => {
  const cases: Array<[Record<string, string>, RegExp]> = [
    [{ PORT: 'abc' }, /^ {2}PORT: /m],
    [{ PORT: '70000' }, /^ {2}PORT: must be at most 65535$/m],
    [{ LOG_LEVEL: 'loud' }, /^ {2}LOG_LEVEL: Invalid option/m],
    [{ ALLOW_SANDBOX: 'yes' }, /^ {2}ALLOW_SANDBOX: /m],
    [{ ISSUER_EMAIL: 'not-mail' }, /^ {2}ISSUER_EMAIL: /m],
    [{ ISSUER_NAME: 'School\u202Eloohcs' }, /^ {2}ISSUER_NAME: must not contain control or direction-changing characters$/m],
    [{ ISSUER_IMAGE: 'http://tracker.example/pixel.gif' }, /^ {2}ISSUER_IMAGE: must be an https URL/m],
    [{ ADMIN_TOKEN: 'short' }, /^ {2}ADMIN_TOKEN: must be at least 24 characters/m],
    [{ HIBERNATE_AFTER_MS: '-1' }, /^ {2}HIBERNATE_AFTER_MS: must be at least 0$/m],
    [{ HIBERNATE_AFTER_MS: 'soon' }, /^ {2}HIBERNATE_AFTER_MS: /m],
  ];
  for (const [env, message] of cases) {
    it(`${Object.entries(env).map(([k, v]) => `${k}=${v}`).join(' ')} exits non-zero with a message naming the variable`, async () => {
      const parent = tempDataDir('canvas-config-');
      const dataDir = path.join(parent, 'data');
      const result = await run({ DATA_DIR: dataDir, ...env });
      expect(result.code).toBe(78);
      expect(result.stderr).toMatch(/^Invalid configuration:\n/);
      expect(result.stderr).toMatch(message);
      expect(result.stdout).not.toMatch(/listening/);
      // Nothing was created on disk before the configuration was checked.
      expect(fs.existsSync(dataDir)).toBe(false);
    });
  }

  it('a valid configuration starts (the cases above fail for their variable only)', async () => {
    const dataDir = tempDataDir('canvas-config-');
    const child = spawn(process.execPath, [SERVER_MAIN], {
      env: { ...process.env, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info', DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`did not start: ${stdout}`)), 15_000);
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        if (/listening on/.test(stdout)) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.once('exit', (code) => reject(new Error(`exited with ${code}: ${stdout}`)));
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
