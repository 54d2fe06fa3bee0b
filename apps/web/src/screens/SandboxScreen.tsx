import { useState, type FormEvent } from 'react';
import { BoardView } from '../board/BoardView.js';
import { loadIdentity, saveIdentity, type LocalIdentity } from '../identity.js';
import { catalogue, useBrowserLanguage } from '../lib/i18n.js';

/**
 * `/sandbox/:boardId`: an open practice board (no workshop, no token). Asks for a display name
 * once per browser, then shows the board.
 */
export function SandboxScreen({ boardId }: { boardId: string }) {
  const [identity, setIdentity] = useState<LocalIdentity | null>(() => loadIdentity());
  const sandboxBoardId = boardId.startsWith('sandbox-') ? boardId : `sandbox-${boardId}`;
  if (!identity) return <NamePrompt onDone={(name) => setIdentity(saveIdentity(name, null))} />;
  return (
    <main className="cs-screen cs-screen--board">
      <BoardView boardId={sandboxBoardId} user={identity} />
    </main>
  );
}

function NamePrompt({ onDone }: { onDone: (name: string) => void }) {
  const t = catalogue(useBrowserLanguage()[0]).board;
  const [name, setName] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim()) onDone(name);
  };
  return (
    <main className="cs-screen cs-screen--centered">
      <form className="cs-card" onSubmit={submit}>
        <h1 className="cs-card__title">{t.practiceWelcome}</h1>
        <p className="cs-card__body">{t.practiceQuestion}</p>
        <label className="cs-field">
          <span className="cs-field__label">{t.practiceName}</span>
          <input
            className="cs-input"
            name="displayName"
            autoFocus
            autoComplete="nickname"
            maxLength={40}
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
        </label>
        <div className="cs-card__actions">
          <button className="cs-button" type="submit" disabled={!name.trim()}>
            {t.practiceJoin}
          </button>
        </div>
      </form>
    </main>
  );
}
