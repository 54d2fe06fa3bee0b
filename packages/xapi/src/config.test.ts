import { describe, expect, it } from 'vitest';
import { xapiConfigFromEnv, XapiConfigError } from './config.js';

const endpoint = { XAPI_ENDPOINT: 'https://lrs.example.org/xapi/' };

function errorOf(env: Record<string, string>): XapiConfigError {
  try {
    xapiConfigFromEnv(env);
  } catch (error) {
    if (error instanceof XapiConfigError) return error;
    throw error;
  }
  throw new Error('expected a XapiConfigError');
}

describe('X7 configuration from the environment', () => {
  it('without XAPI_ENDPOINT (or with it empty) xAPI is off', () => {
    expect(xapiConfigFromEnv({})).toBeNull();
    expect(xapiConfigFromEnv({ XAPI_ENDPOINT: '  ' })).toBeNull();
  });

  it('defaults: batches of 50, every 2 s, at most 100,000 queued, no auth', () => {
    expect(xapiConfigFromEnv(endpoint)).toEqual({
      endpoint: 'https://lrs.example.org/xapi',
      auth: null,
      batchSize: 50,
      flushMs: 2000,
      maxQueue: 100_000,
    });
  });

  it('reads every variable, bounds included', () => {
    const config = xapiConfigFromEnv({
      XAPI_ENDPOINT: 'http://127.0.0.1:8080/data/xAPI',
      XAPI_USERNAME: 'key',
      XAPI_PASSWORD: ' s3cret with spaces ',
      XAPI_BATCH_SIZE: '500',
      XAPI_FLUSH_MS: '100',
      XAPI_MAX_QUEUE: '1000000',
    });
    expect(config).toEqual({
      endpoint: 'http://127.0.0.1:8080/data/xAPI',
      auth: { username: 'key', password: ' s3cret with spaces ' },
      batchSize: 500,
      flushMs: 100,
      maxQueue: 1_000_000,
    });
    expect(xapiConfigFromEnv({ ...endpoint, XAPI_BATCH_SIZE: '1', XAPI_FLUSH_MS: '60000', XAPI_MAX_QUEUE: '100' })).toMatchObject({
      batchSize: 1,
      flushMs: 60_000,
      maxQueue: 100,
    });
  });

  it.each([
    ['XAPI_BATCH_SIZE', '0', 'XAPI_BATCH_SIZE: must be an integer from 1 to 500'],
    ['XAPI_BATCH_SIZE', '501', 'XAPI_BATCH_SIZE: must be an integer from 1 to 500'],
    ['XAPI_BATCH_SIZE', 'fifty', 'XAPI_BATCH_SIZE: must be an integer from 1 to 500'],
    ['XAPI_BATCH_SIZE', '2.5', 'XAPI_BATCH_SIZE: must be an integer from 1 to 500'],
    ['XAPI_FLUSH_MS', '99', 'XAPI_FLUSH_MS: must be an integer from 100 to 60,000'],
    ['XAPI_FLUSH_MS', '-5', 'XAPI_FLUSH_MS: must be an integer from 100 to 60,000'],
    ['XAPI_MAX_QUEUE', '1000001', 'XAPI_MAX_QUEUE: must be an integer from 100 to 1,000,000'],
    ['XAPI_MAX_QUEUE', '1e6', 'XAPI_MAX_QUEUE: must be an integer from 100 to 1,000,000'],
    ['XAPI_ENDPOINT', 'lrs.example.org', 'XAPI_ENDPOINT: must be an http(s) URL'],
    ['XAPI_ENDPOINT', 'ftp://lrs.example.org', 'XAPI_ENDPOINT: must be an http(s) URL'],
    ['XAPI_ENDPOINT', 'https://key:secret@lrs.example.org', 'XAPI_ENDPOINT: must not contain credentials'],
  ])('%s=%s is refused with a message naming the variable', (name, value, message) => {
    const error = errorOf({ ...endpoint, [name]: value });
    expect(error.message).toContain(message);
    expect(error.problems).toHaveLength(1);
  });

  it('a bad value is reported even while xAPI is off', () => {
    expect(errorOf({ XAPI_BATCH_SIZE: '0' }).message).toBe('XAPI_BATCH_SIZE: must be an integer from 1 to 500');
  });

  it('Basic auth needs both the username and the password', () => {
    expect(errorOf({ ...endpoint, XAPI_USERNAME: 'key' }).message).toBe(
      'XAPI_PASSWORD: must be set when XAPI_USERNAME is (Basic auth needs both, or neither)',
    );
    expect(errorOf({ ...endpoint, XAPI_PASSWORD: 'secret' }).message).toMatch(/^XAPI_USERNAME: must be set when XAPI_PASSWORD is/);
  });

  it('several bad variables are all named', () => {
    const error = errorOf({ ...endpoint, XAPI_BATCH_SIZE: '0', XAPI_FLUSH_MS: 'soon' });
    expect(error.problems.map((p) => p.split(':')[0])).toEqual(['XAPI_BATCH_SIZE', 'XAPI_FLUSH_MS']);
  });
});
