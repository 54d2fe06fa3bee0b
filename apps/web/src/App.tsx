import { FacilitatorScreen } from './screens/FacilitatorScreen.js';
import { HomeScreen } from './screens/HomeScreen.js';
import { JoinScreen } from './screens/JoinScreen.js';
import { NotFoundScreen } from './screens/NotFoundScreen.js';
import { WorkshopScreen } from './screens/WorkshopScreen.js';
import './screens/screens.css';
import { SandboxScreen } from './screens/SandboxScreen.js';
import { Router, type Route } from './router.js';

/**
 * Every screen of the app. To add one: add a `{ path, render }` entry; `:name` segments arrive in
 * `params`. First match wins.
 */
const routes: Route[] = [
  { path: '/', render: () => <HomeScreen /> },
  { path: '/join/:code', render: ({ code }) => <JoinScreen key={code} code={code!} /> },
  { path: '/w/:workshopId', render: ({ workshopId }) => <WorkshopScreen key={workshopId} workshopId={workshopId!} /> },
  { path: '/f/:workshopId', render: ({ workshopId }) => <FacilitatorScreen key={workshopId} workshopId={workshopId!} /> },
  { path: '/sandbox/:boardId', render: ({ boardId }) => <SandboxScreen key={boardId} boardId={boardId!} /> },
];

export function App() {
  return <Router routes={routes} fallback={<NotFoundScreen />} />;
}
