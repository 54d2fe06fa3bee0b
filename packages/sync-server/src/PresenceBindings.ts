/**
 * Which person an awareness clientID belongs to, per board (SPEC 6.7). A clientID stays bound to
 * the identity that first spoke for it after its socket left, so that nobody else can take it over
 * (and get the owner's reconnecting client closed as an impersonator); the same identity reclaims
 * it. Bindings outlive the board's stay in memory and are forgotten after `ttlMs` of silence.
 */
export interface Binding {
  userId: string;
  /** The last clock seen for the clientID (the removal's clock after its socket left). */
  clock: number;
  touchedAt: number;
}

export class PresenceBindings {
  private readonly boards = new Map<string, Map<number, Binding>>();
  private lastSweep = 0;

  constructor(
    private readonly ttlMs = 6 * 60 * 60 * 1000,
    private readonly now: () => number = Date.now,
  ) {}

  get(boardId: string, clientID: number): Binding | undefined {
    return this.boards.get(boardId)?.get(clientID);
  }

  /** Whether `userId` may speak for `clientID` on the board (nobody else holds it). */
  mayUse(boardId: string, clientID: number, userId: string): boolean {
    const binding = this.get(boardId, clientID);
    return binding === undefined || binding.userId === userId;
  }

  bind(boardId: string, clientID: number, userId: string, clock: number): void {
    this.sweep();
    let board = this.boards.get(boardId);
    if (!board) this.boards.set(boardId, (board = new Map()));
    const current = board.get(clientID);
    if (current && current.userId !== userId) return;
    board.set(clientID, { userId, clock: Math.max(clock, current?.clock ?? 0), touchedAt: this.now() });
  }

  /** Records the clock of an accepted state or of the removal broadcast when the socket left. */
  touch(boardId: string, clientID: number, clock: number): void {
    const binding = this.get(boardId, clientID);
    if (!binding) return;
    binding.clock = Math.max(binding.clock, clock);
    binding.touchedAt = this.now();
  }

  forgetBoard(boardId: string): void {
    this.boards.delete(boardId);
  }

  private sweep(): void {
    const now = this.now();
    if (now - this.lastSweep < 60_000) return;
    this.lastSweep = now;
    for (const [boardId, board] of this.boards) {
      for (const [clientID, binding] of board) if (now - binding.touchedAt > this.ttlMs) board.delete(clientID);
      if (board.size === 0) this.boards.delete(boardId);
    }
  }
}
