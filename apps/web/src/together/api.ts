import type { StartVoteRequest, VoteStatus } from '@canvas/api';
import { request } from '../lib/api';

/** REST calls of individual writing, dot-voting and gathering (apps/server/src/plugins/room.ts). */
export const roomApi = {
  gather: (workshopId: string, token: string) => request('POST', `/api/workshops/${workshopId}/gather`, { token, body: {} }),
  startWriting: (workshopId: string, token: string, activityId: string) =>
    request('POST', `/api/workshops/${workshopId}/writing/${activityId}/start`, { token, body: {} }),
  myPrivateBoard: (workshopId: string, token: string, activityId: string) =>
    request<{ boardId: string }>('POST', `/api/workshops/${workshopId}/writing/${activityId}/mine`, { token, body: {} }),
  reveal: (workshopId: string, token: string, activityId: string) =>
    request<{ boards: number; notes: number }>('POST', `/api/workshops/${workshopId}/writing/${activityId}/reveal`, { token, body: {} }),
  startVote: (workshopId: string, token: string, body: StartVoteRequest) => request('POST', `/api/workshops/${workshopId}/votes`, { token, body }),
  closeVote: (workshopId: string, token: string, voteId: string) => request('POST', `/api/workshops/${workshopId}/votes/${voteId}/close`, { token, body: {} }),
  voteStatus: (workshopId: string, token: string) => request<VoteStatus>('GET', `/api/workshops/${workshopId}/votes/current`, { token }),
  placeDot: (workshopId: string, token: string, voteId: string, boardId: string, shapeId: string) =>
    request<VoteStatus>('POST', `/api/workshops/${workshopId}/votes/${voteId}/dots`, { token, body: { boardId, shapeId } }),
  takeBackDot: (workshopId: string, token: string, voteId: string, boardId: string, shapeId: string) =>
    request<VoteStatus>(
      'DELETE',
      `/api/workshops/${workshopId}/votes/${voteId}/dots?boardId=${encodeURIComponent(boardId)}&shapeId=${encodeURIComponent(shapeId)}`,
      { token },
    ),
};
