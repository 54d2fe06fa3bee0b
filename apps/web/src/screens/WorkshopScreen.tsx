import type { BoardView as BoardInfo, WorkshopView } from '@canvas/api';
import { levelAreaIds, type Lang } from '@canvas/templates';
import { useCallback, useMemo, useState } from 'react';
import type { Editor } from 'tldraw';
import { browserLanguage, catalogue, toLang, useDocumentLanguage, words } from '../lib/i18n';
import { useTemplate } from '../lib/useTemplate';
import type * as Y from 'yjs';
import { BoardView } from '../board/BoardView';
import { ChecklistPanel } from '../canvas/ChecklistPanel';
import { ExportMenu } from '../canvas/ExportMenu';
import { FieldsPanel } from '../canvas/FieldsPanel';
import { SOLUTION_GAP, SolutionLayer, type SolutionMode } from '../canvas/SolutionLayer';
import { LevelControl } from '../levels/LevelControl';
import { LevelsReference } from '../levels/LevelsReference';
import { TemplateScaffold } from '../canvas/TemplateScaffold';
import { TimerDisplay, timeLeft } from '../components/TimerDisplay';
import { savedToken, saveToken, forgetToken } from '../lib/credentials';
import { navigate } from '../lib/navigation';
import { useWorkshop } from '../lib/useWorkshop';
import { ElsewhereBanner, useGather } from '../together/KeepTogether';
import { roomWords } from '../together/words';
import { VoteBadges, VotePanel, useVote } from '../voting/Voting';
import { GroupNotesLayer, usePrivateBoard } from '../writing/Writing';
import { PollCard } from '../polls/PollCard';
import { usePoll } from '../polls/usePoll';

/** Which board a participant sees for an activity, and why (spotlight, workshop-wide, own group). */
export function boardForParticipant(view: WorkshopView, activityId: string | null): { board: BoardInfo | null; reason: 'spotlight' | 'workshop' | 'group' | 'none' } {
  if (!activityId) return { board: null, reason: 'none' };
  const spotlight = view.state.spotlightGroupId;
  if (spotlight && spotlight !== view.me.groupId && activityId === view.state.currentActivityId) {
    const board = view.boards.find((b) => b.kind === 'group' && b.groupId === spotlight && b.activityId === activityId);
    if (board) return { board, reason: 'spotlight' };
  }
  const shared = view.boards.find((b) => b.kind === 'workshop' && b.activityId === activityId);
  if (shared) return { board: shared, reason: 'workshop' };
  const own = view.boards.find((b) => b.kind === 'group' && b.groupId === view.me.groupId && b.activityId === activityId);
  return own ? { board: own, reason: 'group' } : { board: null, reason: 'none' };
}

/**
 * Reads `#token=…` once (an LTI launch hands the participant credential over this way, since a fragment
 * never reaches a server), keeps it in this browser, and removes it from the address bar.
 */
function participantToken(workshopId: string): string | null {
  const match = /(?:^#|&)token=([^&]+)/.exec(location.hash);
  if (match) {
    saveToken('participant', workshopId, decodeURIComponent(match[1]!));
    history.replaceState(null, '', location.pathname);
  }
  return savedToken('participant', workshopId);
}

/** `/w/:workshopId` — a participant's workspace: activities, their group's board, what the facilitator does. */
export function WorkshopScreen({ workshopId }: { workshopId: string }) {
  const token = useMemo(() => participantToken(workshopId), [workshopId]);
  const { view, error } = useWorkshop(workshopId, token);
  const [pickedActivity, setPickedActivity] = useState<string | null>(null);
  // "Bring everyone here" (the facilitator) brings this screen back to the current activity.
  useGather(view, useCallback(() => setPickedActivity(null), []));
  useDocumentLanguage(view?.language);

  if (error && !view) return <ErrorPage workshopId={workshopId} message={error.message} status={error.status} />;
  if (error?.status === 403 || error?.status === 410 || error?.status === 404) {
    return <ErrorPage workshopId={workshopId} message={error.message} status={error.status} />;
  }
  if (!view) return <main className="page"><p className="muted">{catalogue(browserLanguage()).workshop.openingWorkshop}</p></main>;

  const activityId = pickedActivity ?? view.state.currentActivityId;
  return <Workspace view={view} activityId={activityId} onPickActivity={setPickedActivity} token={token!} />;
}

function Workspace({ view, activityId, onPickActivity, token }: { view: WorkshopView; activityId: string | null; onPickActivity: (id: string | null) => void; token: string }) {
  const activity = view.activities.find((a) => a.id === activityId) ?? null;
  const { board, reason } = boardForParticipant(view, activityId);
  const group = view.groups.find((g) => g.id === view.me.groupId) ?? null;
  const me = group?.members.find((m) => m.id === view.me.participantId);
  const spotlitGroup = view.groups.find((g) => g.id === view.state.spotlightGroupId);
  const template = useTemplate(view.id, activity?.templateId, token);
  const lang = toLang(view.language);
  const w = words(view.language);
  const solutionShown = activity ? view.state.shownSolutionActivityIds.includes(activity.id) : false;
  const solutionBoard = activity && solutionShown ? view.boards.find((b) => b.kind === 'facilitator' && b.activityId === activity.id) : undefined;
  const [hideSolution, setHideSolution] = useState(false);
  const [solutionMode, setSolutionMode] = useState<SolutionMode>('over');
  const [doc, setDoc] = useState<Y.Doc | null>(null);
  const [editor, setEditor] = useState<Editor | null>(null);
  const takesLevels = template ? levelAreaIds(template).length > 0 : false;
  // Beside: bring the group's canvas and the solution's copy into view together (and back).
  const chooseSolutionMode = (mode: SolutionMode) => {
    setSolutionMode(mode);
    if (!editor || !template) return;
    const width = mode === 'beside' ? 2 * template.frame.w + SOLUTION_GAP : template.frame.w;
    editor.zoomToBounds({ x: 0, y: 0, w: width, h: template.frame.h }, { inset: 16, animation: { duration: 200 } });
  };
  const [panelOpen, setPanelOpen] = useState(false);
  const rw = roomWords(view.language);
  // Individual writing (W2): the participant writes their private board, over the group's notes.
  const privateBoardId = usePrivateBoard(view, activityId, token);
  const writing = Boolean(privateBoardId && board && reason !== 'spotlight');
  const editing = writing && privateBoardId ? { id: privateBoardId, access: board?.access ?? 'read' } : board;
  const { status: vote, refresh: refreshVote } = useVote(view, token);
  const { status: poll, setStatus: setPoll } = usePoll(view, token);
  const voteHere = vote?.vote && board && !writing && vote.vote.activityId === activity?.id ? vote : null;
  const draftsMicroCredential = Boolean(activity && ['c3-competences', 'c4-substantive', 'awarding', 'mc-example-review'].includes(activity.templateId) && reason === 'group' && view.me.groupId);

  const notices: string[] = [];
  const timer = view.state.timer?.activityId === view.state.currentActivityId ? view.state.timer : null;
  if (view.state.status === 'ended') notices.push(w.ended);
  // Locked while the countdown still runs is a pause, not the end of writing time.
  else if (view.state.locked) notices.push(timer && timer.startedAt !== null && timeLeft(timer, Date.now()) > 0 ? w.lockedForNow : w.locked);
  if (reason === 'spotlight' && spotlitGroup) notices.push(w.presenting(spotlitGroup.name));
  if (spotlitGroup && spotlitGroup.id === view.me.groupId) notices.push(w.ourSpotlight);
  if (solutionShown) notices.push(w.solutionShown);
  if (writing) notices.push(rw.writingOn);

  return (
    <div className="workspace">
      <header className="topbar">
        <div className="topbar-title">
          <strong>{view.title}</strong>
          {group && (
            <span className="group-chip" style={{ borderColor: group.color }}>
              <span className="swatch" style={{ background: group.color }} /> {group.name}
            </span>
          )}
        </div>
        <nav className="activities-nav" aria-label={w.activities}>
          {view.activities.map((a) => (
            <button
              key={a.id}
              className={`activity-tab ${a.id === activityId ? 'active' : ''}`}
              onClick={() => onPickActivity(a.id === view.state.currentActivityId ? null : a.id)}
            >
              {a.title}
              {a.id === view.state.currentActivityId && <span className="now">{w.now}</span>}
            </button>
          ))}
        </nav>
        {view.state.status !== 'ended' && <TimerDisplay timer={timer} language={lang} />}
        <button
          type="button"
          className="button secondary small-button panel-toggle"
          aria-expanded={panelOpen}
          aria-controls="side-panel"
          onClick={() => setPanelOpen((open) => !open)}
          data-testid="panel-toggle"
        >
          {panelOpen ? w.hidePanel : w.showPanel}
        </button>
      </header>
      <ElsewhereBanner view={view} activityId={activityId} onGo={() => onPickActivity(null)} />
      {notices.length > 0 && (
        <div className="notices" role="status" data-testid="notices">
          {notices.map((n) => (
            <p key={n}>{n}</p>
          ))}
        </div>
      )}
      <PollCard view={view} token={token} status={poll} onStatus={setPoll} />
      <div className="workspace-body">
        <div className="board-area">
          {board && editing ? (
            <BoardView
              key={editing.id}
              boardId={editing.id}
              token={token}
              user={{ id: view.me.participantId ?? 'me', name: view.me.displayName ?? w.me, color: me?.cursorColor ?? '#495057' }}
              readOnly={editing.access !== 'write'}
              language={lang}
              files={{ workshopId: view.id, canUpload: view.state.participantUploads && editing.access === 'write' }}
              onDoc={setDoc}
              onEditor={setEditor}
              noteColor={me?.color}
              canvas={template ?? undefined}
              background={
                <>
                  {template && <TemplateScaffold template={template} lang={lang} />}
                  {writing && <GroupNotesLayer boardId={board.id} token={token} />}
                  {voteHere && <VoteBadges status={voteHere} boardId={board.id} doc={doc} />}
                </>
              }
              overlay={solutionBoard && !hideSolution ? <SolutionLayer boardId={solutionBoard.id} token={token} template={template} lang={lang} mode={solutionMode} /> : undefined}
              inFront={template && takesLevels ? <LevelControl template={template} lang={lang} /> : undefined}
            />
          ) : (
            <div className="empty-board">
              <p>{view.me.groupId ? w.noBoard : w.noGroup}</p>
            </div>
          )}
        </div>
        <aside className={`side-panel${panelOpen ? ' open' : ''}`} id="side-panel">
          <h3>{w.yourGroup}</h3>
          <ul className="members">
            {group?.members.map((m) => (
              <li key={m.id}>
                <span className="swatch" style={{ background: m.cursorColor }} /> {m.displayName}
                {m.id === view.me.participantId && <span className="muted"> {w.you}</span>}
              </li>
            ))}
          </ul>
          {solutionBoard && (
            <>
              <label className="toggle">
                <input type="checkbox" checked={!hideSolution} onChange={() => setHideSolution((h) => !h)} data-testid="solution-visible" /> {w.showSolution}
              </label>
              {!hideSolution && (
                <div className="solution-choice" role="radiogroup" aria-label={w.showSolution}>
                  {(['over', 'beside'] as const).map((mode) => (
                    <label key={mode}>
                      <input type="radio" name="solution-mode" checked={solutionMode === mode} onChange={() => chooseSolutionMode(mode)} data-testid={`solution-mode-${mode}`} />{' '}
                      {mode === 'over' ? w.solutionOver : w.solutionBeside}
                    </label>
                  ))}
                </div>
              )}
            </>
          )}
          {activity && template && (
            <>
              <h3>{w.aboutCanvas}</h3>
              <p className="muted small">{w.canvasHint(activity.durationMinutes)}</p>
            </>
          )}
          {voteHere && board && <VotePanel view={view} token={token} status={voteHere} boardId={board.id} doc={doc} onChange={() => void refreshVote()} />}
          {takesLevels && <LevelsReference lang={lang} />}
          {template && doc && !writing && <FieldsPanel template={template} doc={doc} lang={lang} readOnly={board?.access !== 'write'} />}
          {draftsMicroCredential && doc && view.me.groupId && <ChecklistPanel workshopId={view.id} groupId={view.me.groupId} token={token} doc={doc} lang={lang} activityId={activity?.templateId === 'mc-example-review' ? activity.id : undefined} />}
          {board && <ExportMenu workshopId={view.id} boardId={board.id} token={token} lang={lang} fileName={`${activity?.title ?? w.boardFallbackName}-${group?.name ?? ''}`} />}
        </aside>
      </div>
    </div>
  );
}

function ErrorPage({ workshopId, message, status }: { workshopId: string; message: string; status: number }) {
  // The workshop (and so its language) is unknown here: the browser's language.
  const t = catalogue(browserLanguage());
  return (
    <main className="page narrow-page">
      <section className="card">
        <h1>{status === 410 || status === 404 ? t.workshop.notAvailable : t.workshop.cannotOpen}</h1>
        <p className="error" role="alert">{message}</p>
        <button
          className="button secondary"
          onClick={() => {
            forgetToken('participant', workshopId);
            navigate('/');
          }}
        >
          {t.common.backToStart}
        </button>
      </section>
    </main>
  );
}
