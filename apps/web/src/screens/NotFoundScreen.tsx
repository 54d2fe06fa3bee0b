import { Link } from '../router.js';
import { randomId } from '../identity.js';
import { catalogue, useBrowserLanguage } from '../lib/i18n.js';

export function NotFoundScreen() {
  const t = catalogue(useBrowserLanguage()[0]).board;
  return (
    <main className="cs-screen cs-screen--centered">
      <div className="cs-card">
        <h1 className="cs-card__title">{t.notFoundTitle}</h1>
        <p className="cs-card__body">{t.notFoundBody}</p>
        <div className="cs-card__actions">
          <Link className="cs-button" to={`/sandbox/sandbox-${randomId().slice(0, 8)}`}>
            {t.openPractice}
          </Link>
        </div>
      </div>
    </main>
  );
}
