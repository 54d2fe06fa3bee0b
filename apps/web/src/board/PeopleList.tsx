import type { Peer } from '@canvas/tldraw-yjs';
import { createUserId } from 'tldraw';
import type { Catalogue } from '../lib/i18n.js';

/** "Who is here": everyone connected to the board, with their colour; you first. */
export function PeopleList({
  t,
  peers,
  followingUserId,
  onFollow,
}: {
  t: Catalogue;
  peers: Peer[];
  /** The tldraw user id (`user:…`) being followed, if any. */
  followingUserId?: string | null;
  onFollow?: (userId: string) => void;
}) {
  if (peers.length === 0) return null;
  return (
    <section className="cs-people" aria-label={t.board.whoIsHere} data-testid="people-list">
      <h2 className="cs-people__title">
        {t.board.hereNow} <span className="cs-people__count">{peers.length}</span>
      </h2>
      <ul className="cs-people__list">
        {peers.map((peer) => (
          <li key={peer.user.id} className="cs-people__item" data-testid="person">
            <span className="cs-people__swatch" style={{ backgroundColor: peer.user.color }} aria-hidden="true">
              {initials(peer.user.name)}
            </span>
            <span className="cs-people__name">{peer.user.name}</span>
            {peer.isLocal ? (
              <span className="cs-people__you">{t.workshop.you}</span>
            ) : (
              onFollow && (
                <button
                  type="button"
                  className="cs-people__follow"
                  aria-pressed={followingUserId === createUserId(peer.user.id)}
                  onClick={() => onFollow(peer.user.id)}
                >
                  {followingUserId === createUserId(peer.user.id) ? t.board.following : t.board.follow}
                </button>
              )
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0]![0], parts[parts.length - 1]![0]] : [parts[0]?.[0], parts[0]?.[1]];
  return letters.filter(Boolean).join('').toUpperCase();
}
