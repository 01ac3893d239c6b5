/**
 * The standard normal CDF, which the ABC perturbation kernel needs to sample and weigh
 * Gaussian steps truncated to a prior's support. Written here rather than taken from a
 * package: it is ten lines, and the core depends only on seedrandom.
 */

/**
 * erfc(x) by the Chebyshev fit of Numerical Recipes (Press et al., 3rd ed., §6.2,
 * `erfccheb`'s simpler predecessor): fractional error below 1.2e-7 everywhere.
 */
function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}

/**
 * P(Z <= z) for a standard normal Z.
 *
 * @example
 * ```ts
 * normalCdf(1.959964); // ≈ 0.975
 * ```
 */
export function normalCdf(z: number): number {
  if (z === Infinity) return 1;
  if (z === -Infinity) return 0;
  return 0.5 * erfc(-z / Math.SQRT2);
}
