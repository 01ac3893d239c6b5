/**
 * The Gini coefficient of non-negative integer amounts (Boltzmann wealth's model
 * reporter), computed with a counting sort so that a step's data collection costs
 * O(n + max) and allocates nothing once the scratch buffer has grown.
 */

/**
 * Gini coefficient by the formula Mesa's Boltzmann model uses: with the amounts sorted
 * ascending (`x_0 <= ... <= x_{n-1}`),
 * `B = sum(x_i * (n - i)) / (n * sum(x))` and `G = 1 + 1/n - 2B`.
 * Returns 0 when every amount is 0 (where Mesa's formula would divide by zero).
 */
export class IntegerGini {
  private counts = new Int32Array(16);

  /**
   * @param amounts non-negative integers, e.g. every agent's wealth
   * @param n how many leading entries of `amounts` to use
   * @example
   * ```ts
   * new IntegerGini().compute(Int32Array.of(1, 1, 1, 1), 4); // 0
   * new IntegerGini().compute(Int32Array.of(0, 0, 0, 4), 4); // 0.75
   * ```
   */
  compute(amounts: ArrayLike<number>, n: number = amounts.length): number {
    if (n === 0) return 0;
    let max = 0;
    let total = 0;
    for (let i = 0; i < n; i++) {
      const v = amounts[i];
      if (v > max) max = v;
      total += v;
    }
    if (total === 0) return 0;
    if (this.counts.length <= max) this.counts = new Int32Array(Math.max(max + 1, this.counts.length * 2));
    const counts = this.counts;
    counts.fill(0, 0, max + 1);
    for (let i = 0; i < n; i++) counts[amounts[i]]++;
    // Walk the values in ascending order; a run of c equal values v at ranks i..i+c-1
    // contributes v * sum_{k=i}^{i+c-1} (n - k) = v * c * (n - i - (c - 1) / 2).
    // Zeros sort first and contribute nothing, so ranks of non-zero values start after them.
    let weighted = 0;
    let rank = counts[0];
    for (let v = 1; v <= max; v++) {
      const c = counts[v];
      if (c === 0) continue;
      weighted += v * c * (n - rank - (c - 1) / 2);
      rank += c;
    }
    const b = weighted / (n * total);
    return 1 + 1 / n - 2 * b;
  }
}
