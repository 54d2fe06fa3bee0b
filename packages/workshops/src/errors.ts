/** A refusal the HTTP layer turns into a 4xx JSON answer: `{ error, message, field?, details? }`. */
export class WorkshopError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 410 | 413 | 415 | 422 | 429 | 503,
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export const notFound = () => new WorkshopError(404, 'workshop_not_found', 'No workshop with this id or code exists (it may have been deleted).');
export const unauthorized = () =>
  new WorkshopError(401, 'unauthorized', 'A valid credential is required: open your workshop link again or rejoin with the code.');
export const forbidden = (what: string) => new WorkshopError(403, 'forbidden', `You may not ${what}.`);
export const ended = () => new WorkshopError(409, 'workshop_ended', 'This workshop has ended; its boards are read-only.');
