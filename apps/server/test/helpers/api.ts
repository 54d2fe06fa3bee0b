/** A small JSON client for the REST API, for tests. */
export function api(baseUrl: string) {
  async function call(method: string, path: string, options: { token?: string; body?: unknown } = {}) {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      },
      body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
    });
    const text = await response.text();
    let json: any = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = text;
    }
    return { status: response.status, body: json };
  }
  return {
    call,
    get: (path: string, token?: string) => call('GET', path, { token }),
    post: (path: string, body: unknown, token?: string) => call('POST', path, { body, token }),
    patch: (path: string, body: unknown, token?: string) => call('PATCH', path, { body, token }),
    del: (path: string, token?: string) => call('DELETE', path, { token }),
  };
}

/**
 * POSTs a body larger than the server accepts and returns the status it answered with. The server
 * may answer 413 from the Content-Length alone and close the socket, so the headers go first and
 * the body only if no answer came within a second (a write error after that answer is expected).
 */
export async function postOversized(url: string, body: string): Promise<number | 'no answer'> {
  const http = await import('node:http');
  return new Promise((resolve) => {
    let settled = false;
    const settle = (value: number | 'no answer') => {
      if (!settled) {
        settled = true;
        resolve(value);
        request.destroy();
      }
    };
    const request = http.request(url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (response) => {
      response.resume();
      settle(response.statusCode ?? 0);
    });
    request.on('error', () => setTimeout(() => settle('no answer'), 1000));
    request.flushHeaders();
    setTimeout(() => {
      if (!settled) request.end(body);
    }, 1000);
  });
}
