import type { ActivityView, BoardView as BoardInfo, GroupView, WorkshopView } from '@canvas/api';
import { useTemplate } from '../lib/useTemplate';
import { assignNotesToAreas, localize, type Lang, type Template } from '@canvas/templates';
import type { Editor } from 'tldraw';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';

// tldraw is only needed when the facilitator steps into a board: the grid opens without it.
const BoardView = lazy(() => import('../board/BoardView').then((m) => ({ default: m.BoardView })));
import { MiniBoard } from '../canvas/MiniBoard';
import { TemplateScaffold } from '../canvas/TemplateScaffold';
import { CopyButton } from '../components/CopyButton';
import { QrCode } from '../components/QrCode';
import { TimerDisplay } from '../components/TimerDisplay';
import { api, ApiError } from '../lib/api';
import { forgetToken, savedToken, saveToken } from '../lib/credentials';
import { navigate } from '../lib/navigation';
import { useBoardDoc } from '../lib/useBoardDoc';
import type { StoredRecord } from '@canvas/board-model';
import { useWorkshop } from '../lib/useWorkshop';

/** Reads `#key=…` from the facilitator link once, keeps it in this browser, and removes it from the address bar. */
function facilitatorToken(workshopId: string): string | null {
  const match = /(?:^#|&)key=([^&]+)/.exec(location.hash);
  if (match) {
    saveToken('facilitator', workshopId, decodeURIComponent(match[1]!));
    history.replaceState(null, '', location.pathname);
  }
  return savedToken('facilitator', workshopId);
}

/** `/f/:workshopId` — the facilitator console: every group live, step in, broadcast, spotlight, timer. */
export function FacilitatorScreen({ workshopId }: { workshopId: string }) {
  const token = useMemo(() => facilitatorToken(workshopId), [workshopId]);
  const { view, error, refresh, live } = useWorkshop(workshopId, token);
  const [stepIn, setStepIn] = useState<{ board: BoardInfo; title: string } | null>(null);
  const [stepInEditor, setStepInEditor] = useState<Editor | null>(null);
  const currentTemplateId = view?.activities.find((a) => a.id === view.state.currentActivityId)?.templateId;
  const template = useTemplate(workshopId, currentTemplateId, token);
  const [actionError, setActionError] = useState<string | null>(null);

  if (!token) {
    return (
      <main className="page narrow-page">
        <section className="card">
          <h1>Facilitator link needed</h1>
          <p>Open the private facilitator link you received when you created the workshop.</p>
        </section>
      </main>
    );
  }
  if (error && !view) {
    return (
      <main className="page narrow-page">
        <section className="card">
          <h1>Cannot open the console</h1>
          <p className="error" role="alert">{error.message}</p>
          <button className="button secondary" onClick={() => navigate('/')}>Start page</button>
        </section>
      </main>
    );
  }
  if (!view) return <main className="page"><p className="muted">Opening the console…</p></main>;

  const act = async (fn: () => Promise<unknown>) => {
    setActionError(null);
    try {
      await fn();
      await refresh();
    } catch (e) {
      setActionError(e instanceof ApiError ? e.message : String(e));
    }
  };
  const lang = view.language as Lang;
  const current = view.activities.find((a) => a.id === view.state.currentActivityId) ?? null;

  if (stepIn) {
    return (
      <div className="workspace">
        <header className="topbar">
          <button className="button secondary" onClick={() => setStepIn(null)} data-testid="back-to-grid">← Back to all groups</button>
          <strong>{stepIn.title}</strong>
          {stepIn.board.kind === 'facilitator' && template?.solution && stepInEditor && (
            <button className="button secondary" onClick={() => void import('../board/insertTemplateSolution').then((m) => m.insertTemplateSolution(stepInEditor, template, lang))} data-testid="insert-solution">
              Insert the canvas's own solution
            </button>
          )}
          {stepIn.board.kind === 'facilitator' && (
            <span className="muted small">Groups see this board over theirs while you show the solution; your edits appear live.</span>
          )}
          <TimerDisplay timer={view.state.timer} />
        </header>
        <div className="board-area full">
          <Suspense fallback={<p className="muted">Opening the board…</p>}>
          <BoardView
            key={stepIn.board.id}
            boardId={stepIn.board.id}
            token={token}
            user={{ id: `facilitator:${workshopId}`, name: view.me.displayName ?? 'Facilitator', color: '#212529' }}
            readOnly={stepIn.board.access !== 'write'}
            language={lang}
            fitBounds={template ? { x: 0, y: 0, w: template.frame.w, h: template.frame.h } : undefined}
            onEditor={setStepInEditor}
            background={template ? <TemplateScaffold template={template} lang={lang} /> : undefined}
          />
          </Suspense>
        </div>
      </div>
    );
  }

  return (
    <div className="console">
      <header className="console-header">
        <div>
          <p className="eyebrow">Facilitator console {live ? <span className="live-dot" title="live" /> : <span className="muted">(reconnecting…)</span>}</p>
          <h1>{view.title}</h1>
        </div>
        <JoinInfo view={view} />
      </header>
      {view.state.status === 'ended' && <p className="notice">This workshop has ended: boards are read-only. You can still export and delete it.</p>}
      {actionError && <p className="error" role="alert">{actionError}</p>}
      <Controls view={view} token={token} act={act} current={current} onOpenSolution={(board) => setStepIn({ board, title: `Solution board — ${current?.title ?? ''}` })} />
      <Grid view={view} token={token} current={current} template={template} lang={lang} act={act} onStepIn={(board, title) => setStepIn({ board, title })} />
      <GroupsPanel view={view} token={token} act={act} />
      <DangerZone view={view} token={token} act={act} />
    </div>
  );
}

function JoinInfo({ view }: { view: WorkshopView }) {
  const [showQr, setShowQr] = useState(false);
  const link = `${location.origin}/join/${view.joinCode}`;
  return (
    <div className="join-info">
      <div>
        <div className="muted small">Join code</div>
        <div className="join-code small-code" data-testid="console-join-code">{view.joinCode.slice(0, 3)} {view.joinCode.slice(3)}</div>
      </div>
      <CopyButton text={link} label="Copy link" />
      <button className="button secondary" onClick={() => setShowQr((s) => !s)}>{showQr ? 'Hide QR' : 'QR code'}</button>
      {showQr && (
        <div className="qr-popover">
          <QrCode value={link} size={220} label={`QR code for ${link}`} />
          <div className="muted small">{link}</div>
        </div>
      )}
    </div>
  );
}

type Act = (fn: () => Promise<unknown>) => Promise<void>;

function Controls({ view, token, act, current, onOpenSolution }: { view: WorkshopView; token: string; act: Act; current: ActivityView | null; onOpenSolution: (board: BoardInfo) => void }) {
  const id = view.id;
  const index = view.activities.findIndex((a) => a.id === current?.id);
  const next = index >= 0 ? view.activities[index + 1] : undefined;
  const solutionShown = current ? view.state.shownSolutionActivityIds.includes(current.id) : false;
  const solutionBoard = current ? view.boards.find((b) => b.kind === 'facilitator' && b.activityId === current.id) : undefined;
  const [minutes, setMinutes] = useState<number>(current?.durationMinutes ?? 15);
  useEffect(() => setMinutes(current?.durationMinutes ?? 15), [current?.id, current?.durationMinutes]);
  const timer = view.state.timer;
  const ended = view.state.status === 'ended';
  return (
    <section className="controls" aria-label="Workshop controls">
      <div className="control-group">
        <label className="field inline">
          <span>Activity</span>
          <select value={current?.id ?? ''} disabled={ended} onChange={(e) => act(() => api.update(id, token, { currentActivityId: e.target.value }))}>
            {view.activities.map((a) => (
              <option key={a.id} value={a.id}>{a.title}</option>
            ))}
          </select>
        </label>
        <button className="button secondary" disabled={!next || ended} onClick={() => next && act(() => api.update(id, token, { currentActivityId: next.id }))}>
          Next activity →
        </button>
      </div>
      <div className="control-group">
        <TimerDisplay timer={timer} />
        {!timer || timer.startedAt === null ? (
          <>
            <input className="minutes" type="number" min={1} max={600} value={minutes} onChange={(e) => setMinutes(Number(e.target.value))} aria-label="Minutes" />
            <button
              className="button primary"
              disabled={ended}
              onClick={() =>
                act(async () => {
                  if (!timer || timer.activityId !== current?.id || timer.remainingMs === timer.durationMs) {
                    await api.timer(id, token, { action: 'set', durationMinutes: minutes, activityId: current?.id });
                  }
                  await api.timer(id, token, { action: 'start' });
                })
              }
            >
              {timer && timer.remainingMs < timer.durationMs ? 'Resume' : 'Start timer'}
            </button>
          </>
        ) : (
          <button className="button secondary" onClick={() => act(() => api.timer(id, token, { action: 'pause' }))}>Pause</button>
        )}
        <button className="button secondary" disabled={!timer || ended} onClick={() => act(() => api.timer(id, token, { action: 'extend', minutes: 1 }))}>+1 min</button>
        <button className="button secondary" disabled={!timer || ended} onClick={() => act(() => api.timer(id, token, { action: 'extend', minutes: 5 }))}>+5 min</button>
      </div>
      <div className="control-group">
        <button
          className={`button ${view.state.locked ? 'primary' : 'secondary'}`}
          disabled={ended}
          onClick={() => act(() => api.update(id, token, { locked: !view.state.locked }))}
          data-testid="lock-toggle"
        >
          {view.state.locked ? '🔒 Boards locked — unlock' : 'Lock all boards'}
        </button>
        {solutionBoard && (
          <>
            <button
              className={`button ${solutionShown ? 'primary' : 'secondary'}`}
              disabled={ended}
              onClick={() =>
                act(() =>
                  api.update(id, token, {
                    shownSolutionActivityIds: solutionShown
                      ? view.state.shownSolutionActivityIds.filter((x) => x !== current!.id)
                      : [...view.state.shownSolutionActivityIds, current!.id],
                  }),
                )
              }
              data-testid="solution-toggle"
            >
              {solutionShown ? 'Solution shown to all — hide' : 'Show solution to all groups'}
            </button>
            <button className="button secondary" onClick={() => onOpenSolution(solutionBoard)}>Edit solution board</button>
          </>
        )}
      </div>
    </section>
  );
}

function Grid({ view, token, current, template, lang, act, onStepIn }: { view: WorkshopView; token: string; current: ActivityView | null; template: Template | undefined; lang: Lang; act: Act; onStepIn: (board: BoardInfo, title: string) => void }) {
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
  const spotlight = view.state.spotlightGroupId;
  const spotlitIndex = view.groups.findIndex((g) => g.id === spotlight);
  const nextGroup = view.groups[(spotlitIndex + 1) % Math.max(1, view.groups.length)];
  if (current.kind === 'workshop-wide') {
    const board = view.boards.find((b) => b.kind === 'workshop' && b.activityId === current.id);
    return (
      <section className="grid-section">
        <h2>{current.title} — whole workshop</h2>
        <div className="grid">
          {board && <Tile title="Everyone" initialRecords={initial[board.id]} board={board} token={token} template={template} lang={lang} memberCount={view.groups.reduce((n, g) => n + g.members.length, 0)} onStepIn={() => onStepIn(board, current.title)} />}
        </div>
      </section>
    );
  }
  return (
    <section className="grid-section">
      <div className="grid-heading">
        <h2>{current.title} — {view.groups.length} groups</h2>
        <div className="row">
          {spotlight ? (
            <>
              <span className="spotlight-badge">Spotlight: {view.groups[spotlitIndex]?.name}</span>
              {view.groups.length > 1 && nextGroup && (
                <button className="button secondary" onClick={() => act(() => api.update(view.id, token, { spotlightGroupId: nextGroup.id }))}>
                  Next group →
                </button>
              )}
              <button className="button secondary" onClick={() => act(() => api.update(view.id, token, { spotlightGroupId: null }))} data-testid="release-spotlight">
                Release spotlight
              </button>
            </>
          ) : (
            <span className="muted small">Spotlight a group to show its board on every screen.</span>
          )}
        </div>
      </div>
      <div className="grid" data-testid="group-grid">
        {view.groups.map((group) => {
          const board = view.boards.find((b) => b.kind === 'group' && b.groupId === group.id && b.activityId === current.id);
          if (!board) return null;
          return (
            <Tile
              key={board.id}
              initialRecords={initial[board.id]}
              title={group.name}
              color={group.color}
              board={board}
              token={token}
              template={template}
              lang={lang}
              group={group}
              memberCount={group.members.length}
              spotlit={group.id === spotlight}
              onSpotlight={() => act(() => api.update(view.id, token, { spotlightGroupId: group.id === spotlight ? null : group.id }))}
              onStepIn={() => onStepIn(board, `${group.name} — ${current.title}`)}
            />
          );
        })}
      </div>
    </section>
  );
}

function Tile(props: {
  title: string;
  initialRecords?: StoredRecord[];
  color?: string;
  board: BoardInfo;
  token: string;
  template: Template | undefined;
  lang: Lang;
  group?: GroupView;
  memberCount: number;
  spotlit?: boolean;
  onSpotlight?: () => void;
  onStepIn: () => void;
}) {
  const live = useBoardDoc(props.board.id, props.token);
  const snapshot = live.synced || !props.initialRecords ? live : { ...live, records: props.initialRecords };
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const interval = setInterval(() => setNow(Date.now()), 5000);
    return () => clearInterval(interval);
  }, []);
  const notes = snapshot.records.filter((r) => r.typeName === 'shape' && r.type === 'note');
  const counts = props.template ? assignNotesToAreas(props.template, notes as never) : null;
  const online = snapshot.present.filter((p) => p.role !== 'facilitator');
  const idleMinutes = snapshot.lastEditAt ? Math.max(0, Math.floor((now - snapshot.lastEditAt) / 60000)) : null;
  const stuck = notes.length === 0 || (idleMinutes !== null && idleMinutes >= 5);
  return (
    <article className={`tile ${props.spotlit ? 'spotlit' : ''} ${stuck ? 'stuck' : ''}`} data-testid="tile" data-board={props.board.id}>
      <header className="tile-header" style={{ borderColor: props.color }}>
        <strong>{props.title}</strong>
        <span className="tile-online" title={online.map((p) => p.name).join(', ')}>
          {online.map((p) => (
            <span key={p.clientId} className="avatar" style={{ background: p.color }} title={p.name}>
              {p.name.slice(0, 1).toUpperCase()}
            </span>
          ))}
          <span className="muted small">{online.length}/{props.memberCount} online</span>
        </span>
      </header>
      <button className="tile-preview" onClick={props.onStepIn} aria-label={`Step into ${props.title}`}>
        <MiniBoard template={props.template} records={snapshot.records} lang={props.lang} />
      </button>
      <footer className="tile-footer">
        <span className="small" data-testid="tile-count">{notes.length} post-its</span>
        <span className="small muted">{snapshot.lastEditAt === null ? 'no edits yet' : idleMinutes === 0 ? 'edited just now' : `last edit ${idleMinutes} min ago`}</span>
        {counts && (
          <span className="area-counts small">
            {counts.areas.map(({ area, notes: inArea }) => (
              <span key={area.id} title={localize(area.label, props.lang)} className={inArea.length === 0 ? 'empty' : ''}>
                {inArea.length}
              </span>
            ))}
          </span>
        )}
      </footer>
      <div className="tile-actions">
        <button className="button small-button" onClick={props.onStepIn}>Step in</button>
        {props.onSpotlight && (
          <button className={`button small-button ${props.spotlit ? 'primary' : 'secondary'}`} onClick={props.onSpotlight}>
            {props.spotlit ? 'Release' : 'Spotlight'}
          </button>
        )}
      </div>
    </article>
  );
}

function GroupsPanel({ view, token, act }: { view: WorkshopView; token: string; act: Act }) {
  const id = view.id;
  const everyone = [...view.groups.flatMap((g) => g.members.map((m) => ({ ...m, groupId: g.id as string | null }))), ...view.unassigned.map((m) => ({ ...m, groupId: null }))];
  return (
    <section className="groups-panel" aria-label="Groups and participants">
      <div className="grid-heading">
        <h2>Groups and participants ({everyone.length})</h2>
        <button className="button secondary" onClick={() => act(() => api.createGroup(id, token, {}))} disabled={view.state.status === 'ended'}>+ Add group</button>
      </div>
      <div className="groups-list">
        {view.groups.map((group) => (
          <div key={group.id} className="group-card" data-testid="group-card">
            <div className="group-card-header">
              <input
                type="color"
                value={group.color}
                aria-label={`Colour of ${group.name}`}
                onChange={(e) => act(() => api.updateGroup(id, token, group.id, { color: e.target.value }))}
              />
              <input
                className="group-name-input"
                defaultValue={group.name}
                aria-label="Group name"
                onBlur={(e) => e.target.value.trim() && e.target.value !== group.name && act(() => api.updateGroup(id, token, group.id, { name: e.target.value.trim() }))}
              />
              <span className="muted small">{group.members.length}/4</span>
              <button
                className="icon-button"
                title="Delete group"
                onClick={() => confirm(`Delete ${group.name}? Its boards are deleted; its members become unassigned.`) && act(() => api.deleteGroup(id, token, group.id))}
              >
                ✕
              </button>
            </div>
            <ul className="members">
              {group.members.map((m) => (
                <MemberRow key={m.id} member={{ ...m, groupId: group.id }} view={view} token={token} act={act} />
              ))}
              {group.members.length === 0 && <li className="muted small">No one yet</li>}
            </ul>
          </div>
        ))}
        {view.unassigned.length > 0 && (
          <div className="group-card">
            <div className="group-card-header"><strong>Not in a group</strong></div>
            <ul className="members">
              {view.unassigned.map((m) => (
                <MemberRow key={m.id} member={{ ...m, groupId: null }} view={view} token={token} act={act} />
              ))}
            </ul>
          </div>
        )}
      </div>
    </section>
  );
}

function MemberRow({ member, view, token, act }: { member: { id: string; displayName: string; cursorColor: string; groupId: string | null }; view: WorkshopView; token: string; act: Act }) {
  return (
    <li className="member-row">
      <span className="swatch" style={{ background: member.cursorColor }} />
      <span className="member-name">{member.displayName}</span>
      <select
        aria-label={`Move ${member.displayName}`}
        value={member.groupId ?? ''}
        onChange={(e) => act(() => api.moveParticipant(view.id, token, member.id, e.target.value || null))}
      >
        <option value="">— no group —</option>
        {view.groups.map((g) => (
          <option key={g.id} value={g.id} disabled={g.id !== member.groupId && g.members.length >= 4}>
            {g.name}
          </option>
        ))}
      </select>
      <button className="icon-button" title="Remove from workshop" onClick={() => confirm(`Remove ${member.displayName} from the workshop?`) && act(() => api.removeParticipant(view.id, token, member.id))}>
        ✕
      </button>
    </li>
  );
}

function DangerZone({ view, token, act }: { view: WorkshopView; token: string; act: Act }) {
  const exportUrl = `/api/workshops/${view.id}/export?format=zip&token=${encodeURIComponent(token)}`;
  return (
    <section className="danger-zone">
      <h2>Results and the end of the workshop</h2>
      <div className="row">
        <a className="button secondary" href={exportUrl} download>Download everything (ZIP: PDF, JSON, Markdown, CSV)</a>
        <a className="button secondary" href={`/api/workshops/${view.id}/export?format=pdf&paper=a3&token=${encodeURIComponent(token)}`} download>
          All boards as one PDF (A3)
        </a>
        <a className="button secondary" href={`/api/workshops/${view.id}/micro-credentials?token=${encodeURIComponent(token)}`} download={`micro-credentials-${view.id}.json`}>
          Every group's micro-credential draft (OB 3.0 + ELM, JSON)
        </a>
        {view.state.status === 'active' && (
          <button className="button secondary" onClick={() => confirm('End the workshop? All boards become read-only.') && act(() => api.end(view.id, token))}>
            End workshop
          </button>
        )}
        <button
          className="button danger"
          onClick={async () => {
            if (!confirm('Delete this workshop for good? Every board, every post-it and every participant name is removed from the server. This cannot be undone.')) return;
            await act(async () => {
              await api.delete(view.id, token);
              forgetToken('facilitator', view.id);
              navigate('/');
            });
          }}
        >
          Delete workshop and all its data
        </button>
      </div>
      <p className="muted small">
        Deleting removes the workshop, its boards, post-its and every participant's name from the server's store. Workshops are also deleted
        automatically {Math.round((view.expiresAt - view.createdAt) / 86_400_000)} days after creation ({new Date(view.expiresAt).toLocaleDateString()}).
      </p>
    </section>
  );
}
