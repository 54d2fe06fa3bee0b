import { useState } from 'react';
import { browserLanguage } from '../lib/i18n';
import { ADMIN_LANGUAGES, adminWords, type AdminLang } from './words';

interface Platform {
  id: string;
  name: string;
  issuer: string;
  clientId: string;
  deploymentIds: string[];
}
interface AdminView {
  tool: { login: string; launch: string; jwks: string };
  platforms: Platform[];
}

const FIELDS = ['name', 'issuer', 'clientId', 'authUrl', 'tokenUrl', 'jwksUrl', 'deploymentIds'] as const;
type Field = (typeof FIELDS)[number];

/** `/admin/lti` — the server administrator registers LTI platforms (docs/lti.md). The server decides: every call carries ADMIN_TOKEN. */
export function LtiAdminScreen() {
  const [lang, setLang] = useState<AdminLang>(() => browserLanguage());
  const w = adminWords(lang);
  // Kept for this tab only: an admin token should not outlive the session in this browser.
  const [token, setToken] = useState(() => sessionStorage.getItem('canvas-sessions:admin') ?? '');
  const [view, setView] = useState<AdminView | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [form, setForm] = useState<Record<Field, string>>({ name: '', issuer: '', clientId: '', authUrl: '', tokenUrl: '', jwksUrl: '', deploymentIds: '' });

  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(path, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const json = response.status === 204 ? null : await response.json().catch(() => null);
    if (!response.ok) throw new Error(json?.message ?? `HTTP ${response.status}`);
    return json;
  };
  const load = async () => {
    try {
      sessionStorage.setItem('canvas-sessions:admin', token);
      setView(await call('GET', '/api/admin/lti'));
      setMessage(null);
    } catch (error) {
      setView(null);
      setMessage((error as Error).message);
    }
  };
  const register = async () => {
    try {
      await call('POST', '/api/admin/lti/platforms', { ...form, deploymentIds: form.deploymentIds.split(',').map((d) => d.trim()).filter(Boolean) });
      setMessage(w.saved);
      await load();
    } catch (error) {
      setMessage((error as Error).message);
    }
  };
  const remove = async (id: string) => {
    try {
      await call('DELETE', `/api/admin/lti/platforms/${encodeURIComponent(id)}`);
      await load();
    } catch (error) {
      setMessage((error as Error).message);
    }
  };

  return (
    <main className="page narrow-page" lang={lang}>
      <section className="card stack" data-testid="lti-admin">
        <div className="verify-heading">
          <h1>{w.title}</h1>
          <div className="row small" role="group" aria-label={w.language}>
            {ADMIN_LANGUAGES.map((code) => (
              <button key={code} className={`button small-button ${code === lang ? 'primary' : 'secondary'}`} aria-pressed={code === lang} onClick={() => setLang(code)}>
                {code.toUpperCase()}
              </button>
            ))}
          </div>
        </div>
        <p>{w.intro}</p>
        <label className="field">
          {w.token}
          <input type="password" value={token} onChange={(e) => setToken(e.target.value)} autoComplete="off" data-testid="admin-token" />
        </label>
        <div className="row">
          <button className="button primary" onClick={() => void load()}>
            {w.open}
          </button>
        </div>
        {message && (
          <p role="status" className="small" data-testid="admin-message">
            {message}
          </p>
        )}
      </section>
      {view && (
        <>
          <section className="card stack">
            <h2>{w.toolUrls}</h2>
            <dl className="stack small" style={{ overflowWrap: 'anywhere' }}>
              <dt>{w.login}</dt>
              <dd><code>{view.tool.login}</code></dd>
              <dt>{w.launch}</dt>
              <dd><code>{view.tool.launch}</code></dd>
              <dt>{w.jwks}</dt>
              <dd><code>{view.tool.jwks}</code></dd>
            </dl>
          </section>
          <section className="card stack">
            <h2>{w.registered}</h2>
            {view.platforms.length === 0 && <p>{w.none}</p>}
            <ul className="stack" style={{ listStyle: 'none', padding: 0 }} data-testid="platforms">
              {view.platforms.map((p) => (
                <li key={p.id} className="row" style={{ justifyContent: 'space-between', overflowWrap: 'anywhere' }}>
                  <span>
                    <strong>{p.name}</strong> — {p.issuer} · {p.clientId} · {w.deployments}: {p.deploymentIds.join(', ')}
                  </span>
                  <button className="button secondary small-button" onClick={() => void remove(p.id)}>
                    {w.remove}
                  </button>
                </li>
              ))}
            </ul>
          </section>
          <section className="card stack">
            <h2>{w.add}</h2>
            {FIELDS.map((field) => (
              <label className="field" key={field}>
                {w[field]}
                <input value={form[field]} onChange={(e) => setForm({ ...form, [field]: e.target.value })} data-testid={`platform-${field}`} />
              </label>
            ))}
            <div className="row">
              <button className="button primary" onClick={() => void register()} data-testid="platform-save">
                {w.save}
              </button>
            </div>
          </section>
        </>
      )}
    </main>
  );
}
