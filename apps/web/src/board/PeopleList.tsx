import type { Peer } from '@canvas/tldraw-yjs';
import { useId, useState } from 'react';
import { createUserId } from 'tldraw';
import { words } from '../lib/i18n';

/**
 * "Who is here": everyone connected to the board, with their colour; you first. Collapsed to a small
 * button (count and colour dots) by default, so it never covers the canvas until someone asks for it.
 */
export function PeopleList({
  peers,
  followingUserId,
  onFollow,
  language,
  initiallyOpen = false,
}: {
  peers: Peer[];
  /** The tldraw user id (`user:…`) being followed, if any. */
  followingUserId?: string | null;
  onFollow?: (userId: string) => void;
  language?: string;
  initiallyOpen?: boolean;
}) {
  const w = words(language);
  const [open, setOpen] = useState(initiallyOpen);
  const listId = useId();
  if (peers.length === 0) return null;
  return (
    <section className={`cs-people${open ? ' cs-people--open' : ''}`} aria-label={w.whoIsHere} data-testid="people-list">
      <button
        type="button"
        className="cs-people__toggle"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((o) => !o)}
        data-testid="people-toggle"
      >
        <span className="cs-people__title">{w.hereNow}</span>
        <span className="cs-people__dots" aria-hidden="true">
          {peers.slice(0, 4).map((peer) => (
            <span key={peer.user.id} className="cs-people__dot" style={{ backgroundColor: peer.user.color }} />
          ))}
        </span>
        <span className="cs-people__count">{peers.length}</span>
      </button>
      {open && (
        <ul className="cs-people__list" id={listId}>
          {peers.map((peer) => (
            <li key={peer.user.id} className="cs-people__item" data-testid="person">
              <span className="cs-people__swatch" style={{ backgroundColor: peer.user.color }} aria-hidden="true">
                {initials(peer.user.name)}
              </span>
              <span className="cs-people__name">{peer.user.name}</span>
              {peer.isLocal ? (
                <span className="cs-people__you">{w.you}</span>
              ) : (
                onFollow && (
                  <button
                    type="button"
                    className="cs-people__follow"
                    aria-pressed={followingUserId === createUserId(peer.user.id)}
                    aria-label={w.followPerson(peer.user.name)}
                    onClick={() => onFollow(peer.user.id)}
                  >
                    {followingUserId === createUserId(peer.user.id) ? w.following : w.follow}
                  </button>
                )
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0]![0], parts[parts.length - 1]![0]] : [parts[0]?.[0], parts[0]?.[1]];
  return letters.filter(Boolean).join('').toUpperCase();
}
