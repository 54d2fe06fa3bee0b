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
import { LanguageSwitch } from '../components/LanguageSwitch';
import { catalogue, CATALOGUES, LANGUAGES, useBrowserLanguage, type Lang } from '../lib/i18n';

/** Start page: run a workshop (no account) or join one with a code. */
export function HomeScreen() {
  const [created, setCreated] = useState<CreateWorkshopResponse | null>(null);
  const [lang, setLang] = useBrowserLanguage();
  const t = catalogue(lang);
  if (created) return <CreatedPanel created={created} lang={lang} />;
  return (
    <main className="page home">
      <header className="hero">
        <LanguageSwitch lang={lang} onChange={setLang} />
        <h1>{t.common.appName}</h1>
        <p>{t.home.tagline}</p>
      </header>
      <div className="cards">
        <JoinCard lang={lang} />
        <CreateCard lang={lang} onCreated={setCreated} />
      </div>
    </main>
  );
}

function JoinCard({ lang }: { lang: Lang }) {
  const t = catalogue(lang).home;
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const normalized = code.toUpperCase().replace(/[\s-]/g, '');
    // New codes have 8 characters; workshops from before keep their 6.
    if (!/^(?:[A-Z2-9]{8}|[A-Z2-9]{6})$/.test(normalized)) {
      setError(t.joinCodeInvalid);
      return;
    }
    navigate(`/join/${normalized}`);
  };
  return (
    <section className="card">
      <h2>{t.joinTitle}</h2>
      <form onSubmit={submit} className="stack">
        <label className="field">
          <span>{t.joinCode}</span>
          <input
            className="code-input"
            value={code}
            onChange={(e) => setCode(e.target.value)}
            placeholder={t.joinCodeExample}
            autoCapitalize="characters"
            autoComplete="off"
            maxLength={10}
            aria-invalid={Boolean(error)}
          />
        </label>
        {error && <p className="error" role="alert">{error}</p>}
        <button className="button primary" type="submit">{t.join}</button>
      </form>
    </section>
  );
}

function CreateCard({ lang, onCreated }: { lang: Lang; onCreated: (created: CreateWorkshopResponse) => void }) {
  const t = catalogue(lang).home;
  const [templates, setTemplates] = useState<Template[]>([]);
  const [title, setTitle] = useState('');
  const [facilitatorName, setFacilitatorName] = useState('');
  const [chosenLanguage, setLanguage] = useState<Lang | null>(null);
  // The workshop speaks the start page's language unless the facilitator picks another.
  const language = chosenLanguage ?? lang;
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
      setImportErrors([t.importTooLarge]);
      return;
    }
    const result = parseTemplateJson(await file.text());
    if (!result.ok) {
      setImportErrors(result.errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)));
      return;
    }
    const template = result.template;
    if (templates.some((t) => t.id === template.id) || imported.some((t) => t.id === template.id)) {
      setImportErrors([t.importDuplicate(template.id)]);
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
      .catch(() => setError({ message: t.templatesFailed }));
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
      <h2>{t.runTitle}</h2>
      <p className="muted">{t.runIntro}</p>
      <form onSubmit={submit} className="stack">
        <label className="field">
          <span>{t.workshopTitle}</span>
          <input value={title} onChange={(e) => setTitle(e.target.value)} placeholder={t.workshopTitleExample} maxLength={120} data-testid="workshop-title" />
        </label>
        <div className="row">
          <label className="field">
            <span>{t.facilitatorName}</span>
            <input value={facilitatorName} onChange={(e) => setFacilitatorName(e.target.value)} placeholder={t.facilitatorNameExample} maxLength={40} />
          </label>
          <label className="field narrow">
            <span>{t.workshopLanguage}</span>
            <select value={language} onChange={(e) => setLanguage(e.target.value as Lang)} data-testid="workshop-language">
              {LANGUAGES.map((code) => (
                <option key={code} value={code} lang={code}>{CATALOGUES[code].meta.name}</option>
              ))}
            </select>
          </label>
          <label className="field narrow">
            <span>{t.groups}</span>
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
          <legend>{t.activities}</legend>
          {[...templates, ...imported].map((template) => (
            <label key={template.id} className="activity-option">
              <input type="checkbox" checked={selected.includes(template.id)} onChange={() => toggle(template.id)} />
              <span className="activity-title">{localize(template.title, language)}</span>
              <span className="muted">
                {[t.activityMeta(template.unit, template.durationMinutes), template.kind === 'workshop-wide' ? t.wholeWorkshop : '', imported.includes(template) ? t.imported : '']
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </label>
          ))}
          <label className="import-template">
            <span>{t.importLabel}</span>
            <input type="file" accept="application/json,.json" onChange={(e) => void importFile(e.target.files?.[0])} data-testid="import-template" />
          </label>
          <SaveAgendaForm language={language} items={selectedBuiltIn} onSaved={() => setAgendaRevision((n) => n + 1)} />
          {importErrors.length > 0 && (
            <div className="error" role="alert" data-testid="import-errors">
              <p>{t.importInvalid}</p>
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
          {busy ? t.creating : t.create}
        </button>
      </form>
    </section>
  );
}

function CreatedPanel({ created, lang }: { created: CreateWorkshopResponse; lang: Lang }) {
  const t = catalogue(lang).created;
  const common = catalogue(lang).common;
  const email = [
    `${common.appName} — ${created.workshop.title}`,
    '',
    t.emailFacilitator,
    created.links.facilitator,
    '',
    t.emailParticipant(created.links.participant),
    t.emailCode(created.joinCode),
  ].join('\n');
  return (
    <main className="page created">
      <h1>{t.ready(created.workshop.title)}</h1>
      <section className="card warning-card">
        <h2>{t.linkTitle}</h2>
        <p>
          {t.linkWarningBefore}
          <strong>{t.linkWarningOnce}</strong>
          {t.linkWarningAfter}
        </p>
        <div className="link-box" data-testid="facilitator-link">{created.links.facilitator}</div>
        <div className="row">
          <CopyButton text={created.links.facilitator} label={t.copyFacilitatorLink} lang={lang} />
          <CopyButton text={email} label={t.copyAsEmail} lang={lang} />
          <a className="button secondary" href={`mailto:?subject=${encodeURIComponent(`${common.appName}: ${created.workshop.title}`)}&body=${encodeURIComponent(email)}`}>
            {t.openEmail}
          </a>
        </div>
      </section>
      <section className="card share">
        <div>
          <h2>{t.forParticipants}</h2>
          <p className="muted">{t.shareHint}</p>
          <div className="join-code" data-testid="join-code">{created.joinCode.slice(0, created.joinCode.length / 2)} {created.joinCode.slice(created.joinCode.length / 2)}</div>
          <div className="link-box">{created.links.participant}</div>
          <CopyButton text={created.links.participant} label={t.copyParticipantLink} lang={lang} />
        </div>
        <QrCode value={created.links.participant} label={common.qrFor(created.links.participant)} />
      </section>
      <button className="button primary big" onClick={() => navigate(`/f/${created.workshop.id}`)}>
        {t.openConsole}
      </button>
    </main>
  );
}
