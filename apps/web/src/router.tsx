import type { ReactNode } from 'react';
import { matchPath, navigate, usePathname } from './lib/navigation.js';

export { matchPath, navigate, usePathname };

/**
 * A tiny path router: a route is a pattern with `:params` and a render function. No nesting, no
 * query handling; enough for a handful of screens.
 */
export interface Route {
  /** e.g. `/sandbox/:boardId`. Each `:name` matches one non-empty path segment. */
  path: string;
  render: (params: Record<string, string>) => ReactNode;
}

/** Renders the first route that matches the current path, or `fallback`. */
export function Router({ routes, fallback }: { routes: Route[]; fallback: ReactNode }) {
  const pathname = usePathname();
  for (const route of routes) {
    const params = matchPath(route.path, pathname);
    if (params) return <>{route.render(params)}</>;
  }
  return <>{fallback}</>;
}

/** A link that navigates without a page reload. */
export function Link({ to, children, className }: { to: string; children: ReactNode; className?: string }) {
  return (
    <a
      href={to}
      className={className}
      onClick={(event) => {
        if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
        event.preventDefault();
        navigate(to);
      }}
    >
      {children}
    </a>
  );
}
