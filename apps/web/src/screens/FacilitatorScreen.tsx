import type { BoardView as BoardInfo } from '@canvas/api';
import type { Editor } from 'tldraw';
import { lazy, Suspense, useMemo, useState } from 'react';
import { TemplateScaffold } from '../canvas/TemplateScaffold';
import { Controls } from '../console/Controls';
import { DangerZone } from '../console/DangerZone';
import { Grid } from '../console/Grid';
import { GroupsPanel } from '../console/GroupsPanel';
import { JoinInfo } from '../console/JoinInfo';
import { TimerDisplay } from '../components/TimerDisplay';
import { CredentialsPanel } from '../issuing/CredentialsPanel';
import { ApiError } from '../lib/api';
import { saveToken, savedToken } from '../lib/credentials';
import { navigate } from '../lib/navigation';
import { useTemplate } from '../lib/useTemplate';
import { useWorkshop } from '../lib/useWorkshop';
import { TogetherControls } from '../together/KeepTogether';
import { UploadsToggle } from '../files/UploadsToggle';
import { ContributionsPanel } from '../contributions/ContributionsPanel';
import { RosterPanel } from '../lti/RosterPanel';
import { VoteControls, useVote } from '../voting/Voting';
import { PollControls } from '../polls/PollControls';
import { usePoll } from '../polls/usePoll';
import { WritingControls } from '../writing/Writing';
import { browserLanguage, catalogue, toLang, useDocumentLanguage } from '../lib/i18n';

// tldraw is only needed when the facilitator steps into a board: the grid opens without it.
const BoardView = lazy(() => import('../board/BoardView').then((m) => ({ default: m.BoardView })));

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
  const { status: vote } = useVote(view, token);
  const { status: poll } = usePoll(view, token);
  // Before the workshop is known the console speaks the browser's language, then the workshop's.
  const lang = view ? toLang(view.language) : browserLanguage();
  const t = catalogue(lang).console;
  useDocumentLanguage(lang);

  if (!token) {
    return (
      <main className="page narrow-page">
        <section className="card">
          <h1>{t.linkNeeded}</h1>
          <p>{t.linkNeededBody}</p>
        </section>
      </main>
    );
  }
  if (error && !view) {
    return (
      <main className="page narrow-page">
        <section className="card">
          <h1>{t.cannotOpen}</h1>
          <p className="error" role="alert">{error.message}</p>
          <button className="button secondary" onClick={() => navigate('/')}>{catalogue(lang).common.startPage}</button>
        </section>
      </main>
    );
  }
  if (!view) return <main className="page"><p className="muted">{t.opening}</p></main>;

  const act = async (fn: () => Promise<unknown>) => {
    setActionError(null);
    try {
      await fn();
      await refresh();
    } catch (e) {
      setActionError(e instanceof ApiError ? e.message : String(e));
    }
  };
  const current = view.activities.find((a) => a.id === view.state.currentActivityId) ?? null;

  if (stepIn) {
    return (
      <div className="workspace">
        <header className="topbar">
          <button className="button secondary" onClick={() => setStepIn(null)} data-testid="back-to-grid">{t.backToGroups}</button>
          <strong>{stepIn.title}</strong>
          {stepIn.board.kind === 'facilitator' && template?.solution && stepInEditor && (
            <button className="button secondary" onClick={() => void import('../board/insertTemplateSolution').then((m) => m.insertTemplateSolution(stepInEditor, template, lang))} data-testid="insert-solution">
              {t.insertSolution}
            </button>
          )}
          {stepIn.board.kind === 'facilitator' && (
            <span className="muted small">{t.solutionHint}</span>
          )}
          <TimerDisplay timer={view.state.timer} language={lang} />
        </header>
        <div className="board-area full">
          <Suspense fallback={<p className="muted">{catalogue(lang).board.opening}</p>}>
          <BoardView
            key={stepIn.board.id}
            boardId={stepIn.board.id}
            token={token}
            user={{ id: `facilitator:${workshopId}`, name: view.me.displayName ?? catalogue(lang).home.facilitatorNameExample, color: '#212529' }}
            readOnly={stepIn.board.access !== 'write'}
            language={lang}
            files={{ workshopId, canUpload: stepIn.board.access === 'write' }}
            canvas={template ?? undefined}
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
          <p className="eyebrow">{t.eyebrow} {live ? <span className="live-dot" title={t.live} /> : <span className="muted">{t.reconnecting}</span>}</p>
          <h1>{view.title}</h1>
        </div>
        <JoinInfo view={view} token={token} act={act} lang={lang} />
      </header>
      {view.state.status === 'ended' && <p className="notice">{t.ended}</p>}
      {actionError && <p className="error" role="alert">{actionError}</p>}
      <Controls view={view} token={token} act={act} current={current} template={template} lang={lang} onOpenSolution={(board) => setStepIn({ board, title: t.solutionBoardTitle(current?.title ?? '') })} />
      <section className="controls room-controls" aria-label={t.room}>
        <TogetherControls view={view} token={token} act={act} />
        <UploadsToggle view={view} token={token} act={act} />
        <VoteControls view={view} token={token} act={act} current={current} status={vote} defaults={template?.method?.vote} />
      </section>
      <PollControls view={view} token={token} act={act} status={poll} />
      <WritingControls view={view} token={token} act={act} current={current} template={template} />
      <Grid view={view} token={token} current={current} template={template} lang={lang} act={act} vote={vote} onStepIn={(board, title) => setStepIn({ board, title })} />
      <fieldset className="plain-fieldset" disabled={view.state.status === 'ended'}>
        <GroupsPanel view={view} token={token} act={act} lang={lang} />
      </fieldset>
      <RosterPanel view={view} token={token} />
      <ContributionsPanel view={view} token={token} />
      <CredentialsPanel view={view} token={token} />
      <DangerZone view={view} token={token} act={act} lang={lang} />
    </div>
  );
}
