/** A refusal a route turns into a 4xx JSON answer: `code` is stable, `message` names the problem. */
export class LtiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    // Routes recognise it by name: the server loads this package lazily.
    this.name = 'LtiError';
  }
}
