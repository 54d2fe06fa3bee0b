import type { LiveBoards } from '@canvas/workshops';

/**
 * What routes need of the live boards: work on one board's document. On one process that is the
 * sync server itself; in a cluster it is `ClusterLiveBoards`, which sends a change to the process
 * that serves the board's workshop (packages/cluster SPEC C4).
 */
export type BoardDocs = Pick<LiveBoards, 'withDoc'>;
