import type { Peer } from '@canvas/tldraw-yjs';
import { createUserId } from 'tldraw';

/** "Who is here": everyone connected to the board, with their colour; you first. */
export function PeopleList({
  peers,
  followingUserId,
  onFollow,
}: {
  peers: Peer[];
  /** The tldraw user id (`user:…`) being followed, if any. */
  followingUserId?: string | null;
  onFollow?: (userId: string) => void;
}) {
  if (peers.length === 0) return null;
  return (
    <section className="cs-people" aria-label="Who is here" data-testid="people-list">
      <h2 className="cs-people__title">
        Here now <span className="cs-people__count">{peers.length}</span>
      </h2>
      <ul className="cs-people__list">
        {peers.map((peer) => (
          <li key={peer.user.id} className="cs-people__item" data-testid="person">
            <span className="cs-people__swatch" style={{ backgroundColor: peer.user.color }} aria-hidden="true">
              {initials(peer.user.name)}
            </span>
            <span className="cs-people__name">{peer.user.name}</span>
            {peer.isLocal ? (
              <span className="cs-people__you">(you)</span>
            ) : (
              onFollow && (
                <button
                  type="button"
                  className="cs-people__follow"
                  aria-pressed={followingUserId === createUserId(peer.user.id)}
                  onClick={() => onFollow(peer.user.id)}
                >
                  {followingUserId === createUserId(peer.user.id) ? 'Following' : 'Follow'}
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
