import type { ClaimView, IssueMicroCredentialRequest, IssueParticipationRequest, IssuedCredentialView, VerificationReportView, WorkshopCredentials } from '@canvas/api';
import { request } from '../lib/api';

/** The REST calls of issuing (apps/server/src/plugins/issuing.ts). */
export const issuingApi = {
  credentials: (workshopId: string, token: string) => request<WorkshopCredentials>('GET', `/api/workshops/${workshopId}/credentials`, { token }),
  issueParticipation: (workshopId: string, token: string, body: IssueParticipationRequest) =>
    request<{ credentials: IssuedCredentialView[] }>('POST', `/api/workshops/${workshopId}/credentials/participation`, { token, body }),
  issueMicroCredential: (workshopId: string, token: string, groupId: string, body: IssueMicroCredentialRequest) =>
    request<{ credentials: IssuedCredentialView[] }>('POST', `/api/workshops/${workshopId}/groups/${groupId}/credentials`, { token, body }),
  revoke: (workshopId: string, token: string, credentialId: string) =>
    request('POST', `/api/workshops/${workshopId}/credentials/${encodeURIComponent(credentialId)}/revoke`, { token, body: {} }),
  claim: (token: string) => request<ClaimView>('GET', `/api/claims/${encodeURIComponent(token)}`),
  verify: (body: { credential: unknown } | { png: string }) => request<VerificationReportView>('POST', '/api/verify', { body }),
};
