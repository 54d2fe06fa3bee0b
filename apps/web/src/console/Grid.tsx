import type { ActivityView, BoardView as BoardInfo, VoteStatus, WorkshopView } from '@canvas/api';
import type { StoredRecord } from '@canvas/board-model';
import type { Template } from '@canvas/templates';
import { catalogue, type Lang } from '../lib/i18n';
import { useEffect, useState } from 'react';
import { api } from '../lib/api';
import type { Act } from './act';
import { Tile } from './Tile';

/** Every group's board of the current activity, live, with spotlight controls. */
export function Grid({ view, token, current, template, lang, act, vote, onStepIn }: { view: WorkshopView; token: string; current: ActivityView | null; template: Template | undefined; lang: Lang; act: Act; vote?: VoteStatus | null; onStepIn: (board: BoardInfo, title: string) => void }) {
  // Closed votes of this activity: the winners go on the tiles (V5).
  const votes = vote?.vote && !vote.vote.open && vote.vote.activityId === current?.id ? vote : null;
  // Every tile's content in one request, shown until its own socket has synced.
  const [initial, setInitial] = useState<Record<string, StoredRecord[]>>({});
  useEffect(() => {
    if (!current) return;
    let cancelled = false;
    api
      .activityBoards(view.id, token, current.id)
      .then(({ boards }) => !cancelled && setInitial(Object.fromEntries(boards.map((b) => [b.boardId, b.records]))))
      .catch(() => {});
    return () => {
      cancelled = true;
    };
  }, [view.id, token, current?.id]);
  if (!current) return null;
  const t = catalogue(lang).console;
  const spotlight = view.state.spotlightGroupId;
  const ended = view.state.status === 'ended';
  const spotlitIndex = view.groups.findIndex((g) => g.id === spotlight);
  const nextGroup = view.groups[(spotlitIndex + 1) % Math.max(1, view.groups.length)];
  if (current.kind === 'workshop-wide') {
    const board = view.boards.find((b) => b.kind === 'workshop' && b.activityId === current.id);
    return (
      <section className="grid-section">
        <h2>{t.wholeWorkshop(current.title)}</h2>
        <div className="grid">
          {board && <Tile workshopId={view.id} title={t.everyone} votes={votes?.counts?.[board.id]} winners={votes?.winners?.[board.id]} initialRecords={initial[board.id]} board={board} token={token} template={template} lang={lang} memberCount={view.groups.reduce((n, g) => n + g.members.length, 0)} onStepIn={() => onStepIn(board, current.title)} />}
        </div>
      </section>
    );
  }
  return (
    <section className="grid-section">
      <div className="grid-heading">
        <h2>{t.groupCount(current.title, view.groups.length)}</h2>
        <div className="row">
          {ended ? null : spotlight ? (
            <>
              <span className="spotlight-badge">{t.spotlightOn(view.groups[spotlitIndex]?.name ?? '')}</span>
              {view.groups.length > 1 && nextGroup && (
                <button className="button secondary" onClick={() => act(() => api.update(view.id, token, { spotlightGroupId: nextGroup.id }))}>
                  {t.nextGroup}
                </button>
              )}
              <button className="button secondary" onClick={() => act(() => api.update(view.id, token, { spotlightGroupId: null }))} data-testid="release-spotlight">
                {t.releaseSpotlight}
              </button>
            </>
          ) : (
            <span className="muted small">{t.spotlightHint}</span>
          )}
        </div>
      </div>
      <div className="grid" data-testid="group-grid">
        {view.groups.map((group) => {
          const board = view.boards.find((b) => b.kind === 'group' && b.groupId === group.id && b.activityId === current.id);
          if (!board) return null;
          return (
            <Tile
              workshopId={view.id}
              key={board.id}
              initialRecords={initial[board.id]}
              votes={votes?.counts?.[board.id]}
              winners={votes?.winners?.[board.id]}
              title={group.name}
              color={group.color}
              board={board}
              token={token}
              template={template}
              lang={lang}
              group={group}
              memberCount={group.members.length}
              spotlit={group.id === spotlight}
              onSpotlight={ended ? undefined : () => act(() => api.update(view.id, token, { spotlightGroupId: group.id === spotlight ? null : group.id }))}
              onStepIn={() => onStepIn(board, `${group.name} — ${current.title}`)}
            />
          );
        })}
      </div>
    </section>
  );
}
