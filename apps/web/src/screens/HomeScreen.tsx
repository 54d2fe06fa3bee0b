import type { AgendaItemInput, CreateWorkshopResponse } from '@canvas/api';
import { localize, parseTemplateJson, type Template } from '@canvas/templates';
import { useEffect, useState, type FormEvent } from 'react';
import { AgendaPicker } from '../agenda/AgendaPicker';
import { agendaWords } from '../agenda/agendaWords';
import { SaveAgendaForm } from '../agenda/SaveAgendaForm';
import { CopyButton } from '../components/CopyButton';
import { QrCode } from '../components/QrCode';
import { api, ApiError } from '../lib/api';
import { saveToken } from '../lib/credentials';
import { navigate } from '../lib/navigation';

/** Start page: run a workshop (no account) or join one with a code. */
export function HomeScreen() {
  const [created, setCreated] = useState<CreateWorkshopResponse | null>(null);
  if (created) return <CreatedPanel created={created} />;
  return (
    <main className="page home">
      <header className="hero">
        <h1>Canvas Sessions</h1>
        <p>Live canvases for workshop groups — post-its, cursors, and a facilitator who sees every group at once.</p>
      </header>
      <div className="cards">
        <JoinCard />
        <CreateCard onCreated={setCreated} />
      </div>
    </main>
  );
}

function JoinCard() {
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const normalized = code.toUpperCase().replace(/[\s-]/g, '');
    // New codes have 8 characters; workshops from before keep their 6.
    if (!/^(?:[A-Z2-9]{8}|[A-Z2-9]{6})$/.test(normalized)) {
      setError('A join code has 8 letters or digits, like KX7M3P9Q.');
      return;
    }
    navigate(`/join/${normalized}`);
  };
  return (
    <section className="card">
      <h2>Join a workshop</h2>
      <form onSubmit={submit} className="stack">
        <label className="field">
          <span>Join code</span>
          <input
            className="code-input"
            value={code}
            onChange={(e) => setCode(e.target.value)}
            placeholder="KX7M3P9Q"
            autoCapitalize="characters"
            autoComplete="off"
            maxLength={10}
            aria-invalid={Boolean(error)}
          />
        </label>
        {error && <p className="error" role="alert">{error}</p>}
        <button className="button primary" type="submit">Join</button>
      </form>
    </section>
  );
}

function CreateCard({ onCreated }: { onCreated: (created: CreateWorkshopResponse) => void }) {
  const [templates, setTemplates] = useState<Template[]>([]);
  const [title, setTitle] = useState('');
  const [facilitatorName, setFacilitatorName] = useState('');
  const [language, setLanguage] = useState<'en' | 'de'>('en');
  const [groupCount, setGroupCount] = useState(3);
  const [selected, setSelected] = useState<string[]>([]);
  const [error, setError] = useState<{ message: string; field?: string; at?: 'agenda' } | null>(null);
  const [busy, setBusy] = useState(false);
  const [imported, setImported] = useState<Template[]>([]);
  const [importErrors, setImportErrors] = useState<string[]>([]);
  const [agendaRevision, setAgendaRevision] = useState(0);

  const importFile = async (file: File | undefined) => {
    setImportErrors([]);
    if (!file) return;
    if (file.size > 512 * 1024) {
      setImportErrors(['The file is larger than 512 KB; a canvas template is a small JSON file.']);
      return;
    }
    const result = parseTemplateJson(await file.text());
    if (!result.ok) {
      setImportErrors(result.errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)));
      return;
    }
    const template = result.template;
    if (templates.some((t) => t.id === template.id) || imported.some((t) => t.id === template.id)) {
      setImportErrors([`A canvas with the id "${template.id}" is already in the list; give your template another id.`]);
      return;
    }
    setImported((list) => [...list, template]);
    setSelected((list) => [...list, template.id]);
  };

  useEffect(() => {
    api
      .templates()
      .then(({ templates }) => {
        setTemplates(templates);
        setSelected(templates.map((t) => t.id)); // every canvas in workshop order; the agendas above are the curated one-click path
      })
      .catch(() => setError({ message: 'Could not load the canvases from the server.' }));
  }, []);

  const toggle = (id: string) => setSelected((current) => (current.includes(id) ? current.filter((x) => x !== id) : [...current, id]));

  const create = async (
    activities: Array<{ templateId: string; durationMinutes?: number }>,
    customTemplates: Template[],
    workshopTitle: string,
    at?: 'agenda',
  ) => {
    setError(null);
    setBusy(true);
    try {
      const created = await api.createWorkshop({ title: workshopTitle, language, activities, groupCount, facilitatorName: facilitatorName || undefined, customTemplates });
      saveToken('facilitator', created.workshop.id, created.facilitatorToken);
      onCreated(created);
    } catch (e) {
      const message = e instanceof ApiError ? { message: e.message, field: e.field } : { message: String(e) };
      setError({ ...message, ...(at ? { at } : {}) });
    } finally {
      setBusy(false);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const ordered = [...templates, ...imported].filter((t) => selected.includes(t.id)).map((t) => ({ templateId: t.id }));
    await create(ordered, imported.filter((t) => selected.includes(t.id)), title);
  };

  /** Built-in ticked activities with their canvases' minutes: what "Save agenda" stores. */
  const selectedBuiltIn: AgendaItemInput[] = templates
    .filter((t) => selected.includes(t.id))
    .map((t) => ({ templateId: t.id, durationMinutes: t.durationMinutes }));

  return (
    <section className="card wide">
      <h2>Run a workshop</h2>
      <p className="muted">No account needed. You get a private facilitator link and a code for participants.</p>
      <form onSubmit={submit} className="stack">
        <label className="field">
          <span>Workshop title</span>
          <input value={title} onChange={(e) => setTitle(e.target.value)} placeholder="Designing micro-credentials" maxLength={120} data-testid="workshop-title" />
        </label>
        <div className="row">
          <label className="field">
            <span>Your name (shown to participants)</span>
            <input value={facilitatorName} onChange={(e) => setFacilitatorName(e.target.value)} placeholder="Facilitator" maxLength={40} />
          </label>
          <label className="field narrow">
            <span>Language</span>
            <select value={language} onChange={(e) => setLanguage(e.target.value as 'en' | 'de')}>
              <option value="en">English</option>
              <option value="de">Deutsch</option>
            </select>
          </label>
          <label className="field narrow">
            <span>Groups</span>
            <input type="number" min={1} max={30} value={groupCount} onChange={(e) => setGroupCount(Number(e.target.value))} />
          </label>
        </div>
        <AgendaPicker
          language={language}
          busy={busy}
          revision={agendaRevision}
          onCreate={(items, agendaTitle) => void create(items, [], title.trim() || agendaTitle, 'agenda')}
        />
        {error?.at === 'agenda' && (
          <p className="error" role="alert">
            {error.message}
          </p>
        )}
        <h3 className="agenda-or">{agendaWords(language).or}</h3>
        <fieldset className="activities">
          <legend>Activities (canvases), in workshop order</legend>
          {[...templates, ...imported].map((template) => (
            <label key={template.id} className="activity-option">
              <input type="checkbox" checked={selected.includes(template.id)} onChange={() => toggle(template.id)} />
              <span className="activity-title">{localize(template.title, language)}</span>
              <span className="muted">
                Unit {template.unit} · {template.durationMinutes} min{template.kind === 'workshop-wide' ? ' · whole workshop' : ''}
                {imported.includes(template) ? ' · imported' : ''}
              </span>
            </label>
          ))}
          <label className="import-template">
            <span>Import your own canvas (template JSON, see docs/templates.md)</span>
            <input type="file" accept="application/json,.json" onChange={(e) => void importFile(e.target.files?.[0])} data-testid="import-template" />
          </label>
          <SaveAgendaForm language={language} items={selectedBuiltIn} onSaved={() => setAgendaRevision((n) => n + 1)} />
          {importErrors.length > 0 && (
            <div className="error" role="alert" data-testid="import-errors">
              <p>This file is not a valid canvas template:</p>
              <ul>
                {importErrors.slice(0, 8).map((message) => (
                  <li key={message}>{message}</li>
                ))}
              </ul>
            </div>
          )}
        </fieldset>
        {error && error.at !== 'agenda' && (
          <p className="error" role="alert">
            {error.message}
          </p>
        )}
        <button className="button primary" type="submit" disabled={busy || selected.length === 0}>
          {busy ? 'Creating…' : 'Create workshop'}
        </button>
      </form>
    </section>
  );
}

function CreatedPanel({ created }: { created: CreateWorkshopResponse }) {
  const email = [
    `Canvas Sessions — ${created.workshop.title}`,
    '',
    `Facilitator link (keep it private; it opens the console with full rights):`,
    created.links.facilitator,
    '',
    `Participant link: ${created.links.participant}`,
    `Join code: ${created.joinCode}`,
  ].join('\n');
  return (
    <main className="page created">
      <h1>“{created.workshop.title}” is ready</h1>
      <section className="card warning-card">
        <h2>Your facilitator link</h2>
        <p>
          This link is your key to the workshop. It is shown <strong>only once</strong>: copy it or send it to yourself now. Anyone with
          it can run and delete the workshop.
        </p>
        <div className="link-box" data-testid="facilitator-link">{created.links.facilitator}</div>
        <div className="row">
          <CopyButton text={created.links.facilitator} label="Copy facilitator link" />
          <CopyButton text={email} label="Copy as e-mail text" />
          <a className="button secondary" href={`mailto:?subject=${encodeURIComponent('Canvas Sessions: ' + created.workshop.title)}&body=${encodeURIComponent(email)}`}>
            Open in e-mail
          </a>
        </div>
      </section>
      <section className="card share">
        <div>
          <h2>For participants</h2>
          <p className="muted">Read out the code, show the QR code, or share the link.</p>
          <div className="join-code" data-testid="join-code">{created.joinCode.slice(0, created.joinCode.length / 2)} {created.joinCode.slice(created.joinCode.length / 2)}</div>
          <div className="link-box">{created.links.participant}</div>
          <CopyButton text={created.links.participant} label="Copy participant link" />
        </div>
        <QrCode value={created.links.participant} label={`QR code for ${created.links.participant}`} />
      </section>
      <button className="button primary big" onClick={() => navigate(`/f/${created.workshop.id}`)}>
        Open the facilitator console →
      </button>
    </main>
  );
}
