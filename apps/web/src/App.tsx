import { FacilitatorScreen } from './screens/FacilitatorScreen.js';
import { HomeScreen } from './screens/HomeScreen.js';
import { JoinScreen } from './screens/JoinScreen.js';
import { NotFoundScreen } from './screens/NotFoundScreen.js';
import { ClaimScreen } from './issuing/ClaimScreen.js';
import { VerifyScreen } from './issuing/VerifyScreen.js';
// Screens with a tldraw editor load it on demand, so the start page and the console open fast.
const WorkshopScreen = lazy(() => import('./screens/WorkshopScreen.js').then((m) => ({ default: m.WorkshopScreen })));
const ProjectorScreen = lazy(() => import('./projector/ProjectorScreen.js').then((m) => ({ default: m.ProjectorScreen })));
const SandboxScreen = lazy(() => import('./screens/SandboxScreen.js').then((m) => ({ default: m.SandboxScreen })));
import './screens/screens.css';
import './levels/levels.css';
import './polls/polls.css';
import { lazy, Suspense } from 'react';
import { Router, type Route } from './router.js';
import { browserLanguage, catalogue } from './lib/i18n.js';
import { LtiAdminScreen } from './admin/LtiAdminScreen.js';
import { DeepLinkScreen } from './lti/DeepLinkScreen.js';

/**
 * Every screen of the app. To add one: add a `{ path, render }` entry; `:name` segments arrive in
 * `params`. First match wins.
 */
const routes: Route[] = [
  { path: '/', render: () => <HomeScreen /> },
  { path: '/join/:code', render: ({ code }) => <JoinScreen key={code} code={code!} /> },
  { path: '/w/:workshopId', render: ({ workshopId }) => <WorkshopScreen key={workshopId} workshopId={workshopId!} /> },
  { path: '/f/:workshopId', render: ({ workshopId }) => <FacilitatorScreen key={workshopId} workshopId={workshopId!} /> },
  { path: '/p/:workshopId', render: ({ workshopId }) => <ProjectorScreen key={workshopId} workshopId={workshopId!} /> },
  { path: '/claim/:token', render: ({ token }) => <ClaimScreen key={token} token={token!} /> },
  { path: '/verify', render: () => <VerifyScreen /> },
  { path: '/admin/lti', render: () => <LtiAdminScreen /> },
  { path: '/lti/deep-link', render: () => <DeepLinkScreen /> },
  { path: '/sandbox/:boardId', render: ({ boardId }) => <SandboxScreen key={boardId} boardId={boardId!} /> },
];

export function App() {
  return (
    <Suspense fallback={<div className="cs-screen cs-screen--centered">{catalogue(browserLanguage()).common.loading}</div>}>
      <Router routes={routes} fallback={<NotFoundScreen />} />
    </Suspense>
  );
}
