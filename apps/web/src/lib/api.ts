import { browserLanguage, catalogue } from './i18n';
import type {
  PresetAgenda,
  SaveAgendaRequest,
  SaveAgendaResponse,
  SavedAgenda,
  CreateWorkshopRequest,
  CreateWorkshopResponse,
  JoinRequest,
  JoinResponse,
  TimerCommand,
  UpdateWorkshopRequest,
  WorkshopLookup,
  WorkshopView,
} from '@canvas/api';
import type { Template } from '@canvas/templates';

/** A refusal from the server, with its machine code, plain message and offending field. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly details?: any,
  ) {
    super(message);
  }
}

export async function request<T>(method: string, path: string, options: { token?: string | null; body?: unknown } = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: {
        ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      },
      body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
    });
  } catch {
    throw new ApiError(0, 'offline', catalogue(browserLanguage()).common.offline);
  }
  if (response.status === 204) return undefined as T;
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    throw new ApiError(response.status, body?.error ?? 'error', body?.message ?? `Request failed (${response.status})`, body?.field, body?.details);
  }
  return body as T;
}

export const api = {
  config: () => request<{ tldrawLicenseKey: string | null; sandbox: boolean }>('GET', '/api/config'),
  templates: () => request<{ templates: Template[] }>('GET', '/api/templates'),
  agendas: () => request<{ presets: PresetAgenda[] }>('GET', '/api/agendas'),
  savedAgenda: (id: string) => request<{ agenda: SavedAgenda }>('GET', `/api/agendas/${encodeURIComponent(id)}`),
  saveAgenda: (body: SaveAgendaRequest) => request<SaveAgendaResponse>('POST', '/api/agendas', { body }),
  deleteAgenda: (id: string, key: string) => request('DELETE', `/api/agendas/${encodeURIComponent(id)}`, { token: key }),
  createWorkshop: (body: CreateWorkshopRequest & { facilitatorName?: string; customTemplates?: Template[] }) =>
    request<CreateWorkshopResponse>('POST', '/api/workshops', { body }),
  lookup: (code: string) => request<WorkshopLookup>('GET', `/api/join/${encodeURIComponent(code)}`),
  join: (workshopId: string, body: JoinRequest) => request<JoinResponse>('POST', `/api/workshops/${workshopId}/join`, { body }),
  workshop: (workshopId: string, token: string) => request<WorkshopView>('GET', `/api/workshops/${workshopId}`, { token }),
  update: (workshopId: string, token: string, body: UpdateWorkshopRequest) =>
    request<WorkshopView>('PATCH', `/api/workshops/${workshopId}`, { token, body }),
  timer: (workshopId: string, token: string, body: TimerCommand) => request('POST', `/api/workshops/${workshopId}/timer`, { token, body }),
  createGroup: (workshopId: string, token: string, body: { name?: string; color?: string }) =>
    request('POST', `/api/workshops/${workshopId}/groups`, { token, body }),
  updateGroup: (workshopId: string, token: string, groupId: string, body: { name?: string; color?: string }) =>
    request('PATCH', `/api/workshops/${workshopId}/groups/${groupId}`, { token, body }),
  deleteGroup: (workshopId: string, token: string, groupId: string) => request('DELETE', `/api/workshops/${workshopId}/groups/${groupId}`, { token }),
  moveParticipant: (workshopId: string, token: string, participantId: string, groupId: string | null) =>
    request('PATCH', `/api/workshops/${workshopId}/participants/${participantId}`, { token, body: { groupId } }),
  removeParticipant: (workshopId: string, token: string, participantId: string) =>
    request('DELETE', `/api/workshops/${workshopId}/participants/${participantId}`, { token }),
  activityBoards: (workshopId: string, token: string, activityId: string) =>
    request<{ boards: Array<{ boardId: string; groupId: string | null; records: Array<{ id: string; typeName: string; [key: string]: unknown }> }> }>(
      'GET',
      `/api/workshops/${workshopId}/activities/${activityId}/boards`,
      { token },
    ),
  end: (workshopId: string, token: string) => request<WorkshopView>('POST', `/api/workshops/${workshopId}/end`, { token, body: {} }),
  delete: (workshopId: string, token: string) => request('DELETE', `/api/workshops/${workshopId}`, { token }),
  repairBoard: (workshopId: string, boardId: string, token: string) =>
    request<{ removed: Array<{ id: string; problem: string }> }>('POST', `/api/workshops/${workshopId}/boards/${boardId}/repair`, { token, body: {} }),
  rotateJoinCode: (workshopId: string, token: string) => request<{ joinCode: string }>('POST', `/api/workshops/${workshopId}/join-code`, { token, body: {} }),
};

/**
 * Downloads a file that needs the credential: fetched with the Authorization header and handed
 * to the browser as a blob, so the credential never sits in a URL (history, proxy logs, Referer).
 * The server names the file (Content-Disposition); `fallbackName` is used when it does not.
 */
export async function downloadWithCredential(path: string, token: string, fallbackName: string): Promise<void> {
  const blob = await fetchWithCredential(path, token);
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob.data);
  link.download = blob.fileName ?? fallbackName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}

/** Opens a page that needs the credential (e.g. the printable description) in a new tab, from a blob. */
export async function openWithCredential(path: string, token: string): Promise<void> {
  // The tab is opened before the fetch so that popup blockers see the user's click.
  const tab = window.open('', '_blank');
  try {
    const { data } = await fetchWithCredential(path, token);
    const url = URL.createObjectURL(data);
    if (tab) tab.location.href = url;
    else window.location.href = url;
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  } catch (error) {
    tab?.close();
    throw error;
  }
}

async function fetchWithCredential(path: string, token: string): Promise<{ data: Blob; fileName: string | undefined }> {
  let response: Response;
  try {
    response = await fetch(path, { headers: { authorization: `Bearer ${token}` } });
  } catch {
    throw new ApiError(0, 'offline', 'The server cannot be reached. Check your connection and try again.');
  }
  if (!response.ok) {
    const body = await response.json().catch(() => null);
    throw new ApiError(response.status, body?.error ?? 'error', body?.message ?? `Download failed (${response.status})`, body?.field, body?.details);
  }
  const disposition = response.headers.get('content-disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  const plain = /filename="([^"]+)"/i.exec(disposition)?.[1];
  return { data: await response.blob(), fileName: encoded ? decodeURIComponent(encoded) : plain };
}
