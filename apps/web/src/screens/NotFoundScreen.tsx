import { Link } from '../router.js';
import { randomId } from '../identity.js';

export function NotFoundScreen() {
  return (
    <main className="cs-screen cs-screen--centered">
      <div className="cs-card">
        <h1 className="cs-card__title">Nothing here</h1>
        <p className="cs-card__body">This address does not lead to a board. Ask your facilitator for the link, or try a practice board.</p>
        <div className="cs-card__actions">
          <Link className="cs-button" to={`/sandbox/sandbox-${randomId().slice(0, 8)}`}>
            Open a practice board
          </Link>
        </div>
      </div>
    </main>
  );
}
