import { PollResults } from '../polls/PollResults';
import { usePoll } from '../polls/usePoll';
import { pollWords } from '../polls/words';
import type { WorkshopView } from '@canvas/api';
import type { Lang } from '@canvas/templates';
import { MiniBoard } from '../canvas/MiniBoard';
import { QrCode } from '../components/QrCode';
import { TimerDisplay } from '../components/TimerDisplay';
import { useAppConfig } from '../config';
import { savedToken } from '../lib/credentials';
import { useBoardDoc } from '../lib/useBoardDoc';
import { useTemplate } from '../lib/useTemplate';
import { useWorkshop } from '../lib/useWorkshop';
import { joinLink } from './joinLink';
import { LocalOnlyWarning } from './LocalOnlyWarning';
import { projectorWords } from './words';
import './projector.css';

/**
 * `/p/:workshopId` — the room's screen: the join code in large type with a large QR code, the
 * current activity, the timer, and the spotlit group's board while there is one. It reads with the
 * facilitator's key kept in this browser by the console, and writes nothing.
 */
export function ProjectorScreen({ workshopId }: { workshopId: string }) {
  const token = savedToken('facilitator', workshopId);
  const { view, error } = useWorkshop(workshopId, token);
  const w = projectorWords(view?.language ?? navigator.language.slice(0, 2));
  if (!token) return <ProjectorMessage text={w.needsConsole} />;
  if (error && !view) return <ProjectorMessage text={error.message} />;
  if (!view) return <ProjectorMessage text={w.opening} />;
  return <Projector view={view} token={token} />;
}

function ProjectorMessage({ text }: { text: string }) {
  return (
    <main className="projector projector--message">
      <p role="status">{text}</p>
    </main>
  );
}

function Projector({ view, token }: { view: WorkshopView; token: string }) {
  const config = useAppConfig();
  const lang = view.language as Lang;
  const w = projectorWords(view.language);
  const current = view.activities.find((a) => a.id === view.state.currentActivityId) ?? null;
  const spotlit = view.groups.find((g) => g.id === view.state.spotlightGroupId) ?? null;
  const spotlitBoard = spotlit && current ? view.boards.find((b) => b.kind === 'group' && b.groupId === spotlit.id && b.activityId === current.id) : undefined;
  const ended = view.state.status === 'ended';
  const link = joinLink(view.joinCode, config?.publicUrl ?? null);
  const linkWithoutCode = link.replace(/\/join\/[^/]+$/, '/join');
  const timer = !ended && view.state.timer?.activityId === view.state.currentActivityId ? view.state.timer : null;

  return (
    <main className={`projector${spotlitBoard ? ' projector--spotlight' : ''}`} data-testid="projector" lang={view.language}>
      <section className="projector-main">
        <div className="projector-eyebrow">{view.title}</div>
        {ended ? (
          <h1 className="projector-activity">{w.ended}</h1>
        ) : current ? (
          <h1 className="projector-activity" data-testid="projector-activity">
            <span className="projector-now">{w.currentActivity}</span> {current.title}
            {current.durationMinutes ? <span className="projector-duration"> · {w.minutes(current.durationMinutes)}</span> : null}
          </h1>
        ) : (
          <h1 className="projector-activity">{w.noActivity}</h1>
        )}
        {timer && (
          <div className="projector-timer">
            <TimerDisplay timer={timer} language={view.language} />
          </div>
        )}
        <ProjectorPoll view={view} token={token} />
        {spotlitBoard && spotlit && (
          <section className="projector-board" aria-label={w.presenting(spotlit.name)}>
            <h2 className="projector-presenting" data-testid="projector-presenting">
              <span className="swatch" style={{ background: spotlit.color }} /> {w.presenting(spotlit.name)}
            </h2>
            <SpotlitBoard boardId={spotlitBoard.id} token={token} view={view} templateId={current?.templateId} lang={lang} />
          </section>
        )}
      </section>
      {!ended && (
        <aside className="projector-join" aria-label={w.join}>
          <h2>{w.join}</h2>
          <QrCode value={link} size={400} label={link} />
          <p className="projector-link">
            {w.scan} <strong>{linkWithoutCode}</strong> {w.andEnter}
          </p>
          <div className="projector-code" data-testid="projector-join-code">
            {/* Halves are easier to read out: 4 + 4 for today's codes, 3 + 3 for older ones. */}
            {view.joinCode.slice(0, Math.ceil(view.joinCode.length / 2))} {view.joinCode.slice(Math.ceil(view.joinCode.length / 2))}
          </div>
          <LocalOnlyWarning language={view.language} />
        </aside>
      )}
    </main>
  );
}

/** The spotlit group's board, live, as a large miniature (no editor, no presence of our own). */
function SpotlitBoard({ boardId, token, view, templateId, lang }: { boardId: string; token: string; view: WorkshopView; templateId: string | undefined; lang: Lang }) {
  const template = useTemplate(view.id, templateId, token);
  const { records } = useBoardDoc(boardId, token, 200);
  return <MiniBoard className="projector-mini-board" template={template} records={records} lang={lang} />;
}

/** The poll on the room's screen: its question while open, its counts once the facilitator shows them (P3). */
function ProjectorPoll({ view, token }: { view: WorkshopView; token: string }) {
  const { status } = usePoll(view, token);
  const poll = status?.poll;
  if (!poll || !status || (!poll.open && !poll.resultsShown)) return null;
  return (
    <section className="projector-poll" data-testid="projector-poll" aria-label={poll.question}>
      <p className="poll-question">{poll.question}</p>
      {poll.resultsShown && status.counts && status.answered !== null ? (
        <PollResults poll={poll} counts={status.counts} answered={status.answered} language={view.language} />
      ) : (
        <p className="muted">{pollWords(view.language).answered(status.answered ?? 0)}</p>
      )}
    </section>
  );
}
