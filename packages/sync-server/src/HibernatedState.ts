/**
 * A board without its Y.Doc (SPEC §8): the encoded state (Yjs V2) and its state vector. A live doc
 * holds every struct as an object (several times the encoded size); an idle board needs none of
 * them to answer a SyncStep1 or to tell whether an offered update would change it.
 */
import * as Y from 'yjs';

type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>;

export class HibernatedState {
  private constructor(
    /** The full state, Yjs V2, as `encodeStateAsUpdateV2` gives it (pending structs included). */
    readonly state: Uint8Array,
    /** The doc's state vector when it went to sleep (V1 encoding, as on the wire). */
    readonly stateVector: Uint8Array,
  ) {}

  /** Captures a doc; `state` when the caller already encoded it (e.g. for a compaction). */
  static of(doc: Y.Doc, state = Y.encodeStateAsUpdateV2(doc)): HibernatedState {
    return new HibernatedState(state, Y.encodeStateVector(doc));
  }

  get byteLength(): number {
    return this.state.length;
  }

  /** What a client holding `stateVector` lacks, as a V1 update (the wire format). */
  diff(stateVector: Uint8Array): Uint8Array {
    return Y.convertUpdateFormatV2ToV1(Y.diffUpdateV2(this.state, stateVector));
  }

  /** Applies the state to a fresh doc (waking the board). */
  restoreInto(doc: Y.Doc, origin: unknown): void {
    Y.applyUpdateV2(doc, this.state, origin);
  }

  /**
   * Whether applying the V1 `update` (already decoded) would change the board. New structs are seen
   * from the state vector alone; only an update made of known structs and deletions needs the
   * board's delete set, read from the encoded state (rare: a reconnecting client's SyncStep2).
   */
  wouldChange(update: Uint8Array, decoded: DecodedUpdate): boolean {
    const held = Y.decodeStateVector(this.stateVector);
    for (const struct of decoded.structs) {
      if ((held.get(struct.id.client) ?? 0) < struct.id.clock + struct.length) return true;
    }
    if ((decoded.ds as unknown as { clients: Map<number, unknown[]> }).clients.size === 0) return false;
    const { ds } = Y.decodeUpdateV2(this.state);
    return !Y.snapshotContainsUpdate(Y.createSnapshot(ds, held), update);
  }
}
