import { CATALOGUES, LANGUAGES, catalogue, type Lang } from '../lib/i18n';

/** Buttons naming each language in itself; the current one is pressed. */
export function LanguageSwitch({ lang, onChange }: { lang: Lang; onChange: (lang: Lang) => void }) {
  return (
    <div className="row small language-switch" role="group" aria-label={catalogue(lang).common.languageSwitch} data-testid="language-switch">
      {LANGUAGES.map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          className={`button small-button ${code === lang ? 'primary' : 'secondary'}`}
          aria-pressed={code === lang}
          onClick={() => onChange(code)}
        >
          {CATALOGUES[code].meta.name}
        </button>
      ))}
    </div>
  );
}
