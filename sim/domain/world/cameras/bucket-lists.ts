/**
 * Lists of camera ids per bucket (a street segment, a grid cell), changed seldom (a camera
 * installed or taken down) and read on every piece of every trip. Reads go to a packed copy
 * (compressed rows: one offsets array, one ids array) rebuilt after a change, so a lookup
 * touches two small typed arrays instead of one list object per bucket scattered in the heap.
 * Each bucket keeps its ids in the order they were added.
 */
export class BucketLists {
  private readonly lists: number[][];
  private dirty = true;
  /** Bucket b's ids are ids[start[b] .. start[b + 1]) (after `pack`). */
  start: Int32Array;
  ids = new Int32Array(0);

  constructor(readonly buckets: number) {
    this.lists = Array.from({ length: buckets }, () => []);
    this.start = new Int32Array(buckets + 1);
  }

  add(b: number, id: number): void {
    this.lists[b].push(id);
    this.dirty = true;
  }

  /** Removes id from bucket b (if listed), keeping the order of the others. */
  remove(b: number, id: number): void {
    const list = this.lists[b];
    const i = list.indexOf(id);
    if (i < 0) return;
    list.splice(i, 1);
    this.dirty = true;
  }

  /** Rebuilds the packed copy if anything changed since the last call; call before reading. */
  pack(): void {
    if (!this.dirty) return;
    let n = 0;
    for (let b = 0; b < this.buckets; b++) n += this.lists[b].length;
    if (this.ids.length < n) this.ids = new Int32Array(n);
    let o = 0;
    for (let b = 0; b < this.buckets; b++) {
      this.start[b] = o;
      const list = this.lists[b];
      for (let i = 0; i < list.length; i++) this.ids[o++] = list[i];
    }
    this.start[this.buckets] = o;
    this.dirty = false;
  }
}
