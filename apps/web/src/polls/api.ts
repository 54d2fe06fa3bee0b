import type { CreatePollRequest, PollStatus } from '@canvas/api';
import { request } from '../lib/api';

/** REST calls of quick polls (apps/server/src/plugins/polls.ts). */
export const pollsApi = {
  status: (workshopId: string, token: string) => request<PollStatus>('GET', `/api/workshops/${workshopId}/polls/current`, { token }),
  ask: (workshopId: string, token: string, body: CreatePollRequest) => request<PollStatus>('POST', `/api/workshops/${workshopId}/polls`, { token, body }),
  answer: (workshopId: string, token: string, pollId: string, answer: number) =>
    request<PollStatus>('PUT', `/api/workshops/${workshopId}/polls/${pollId}/answer`, { token, body: { answer } }),
  close: (workshopId: string, token: string, pollId: string) => request<PollStatus>('POST', `/api/workshops/${workshopId}/polls/${pollId}/close`, { token, body: {} }),
  showResults: (workshopId: string, token: string, pollId: string, shown: boolean) =>
    request<PollStatus>('POST', `/api/workshops/${workshopId}/polls/${pollId}/results`, { token, body: { shown } }),
};
