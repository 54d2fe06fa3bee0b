/**
 * A first-in first-out queue with a fixed capacity that, when full, drops its oldest item to make
 * room (SPEC X6). A ring buffer rather than an array with shift(): at 100,000+ items a shift per
 * record would copy the whole array each time, exactly when the LRS is down and events pile up.
 */
export class BoundedQueue<T> {
  private items: (T | undefined)[];
  private head = 0;
  private count = 0;

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`capacity must be a positive integer, got ${capacity}`);
    // Grows on demand up to capacity: a queue sized for a million costs nothing while it is empty.
    this.items = new Array<T | undefined>(Math.min(capacity, 1024));
  }

  get length(): number {
    return this.count;
  }

  /** Adds at the end; returns the item dropped from the front to make room, if any. */
  push(item: T): { dropped: T } | undefined {
    let dropped: { dropped: T } | undefined;
    if (this.count === this.capacity) {
      dropped = { dropped: this.items[this.head] as T };
      this.items[this.head] = undefined;
      this.head = (this.head + 1) % this.items.length;
      this.count -= 1;
    } else if (this.count === this.items.length) {
      this.grow();
    }
    this.items[(this.head + this.count) % this.items.length] = item;
    this.count += 1;
    return dropped;
  }

  /** Removes and returns up to `max` items from the front, oldest first. */
  take(max: number): T[] {
    const n = Math.min(max, this.count);
    const out = new Array<T>(n);
    for (let i = 0; i < n; i++) {
      out[i] = this.items[this.head] as T;
      this.items[this.head] = undefined;
      this.head = (this.head + 1) % this.items.length;
    }
    this.count -= n;
    return out;
  }

  private grow(): void {
    const size = Math.min(this.capacity, this.items.length * 2);
    const next = new Array<T | undefined>(size);
    for (let i = 0; i < this.count; i++) next[i] = this.items[(this.head + i) % this.items.length];
    this.items = next;
    this.head = 0;
  }
}
