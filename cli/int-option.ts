/** Commander option parsers that reject malformed values as usage errors (exit code 2). */
import { InvalidArgumentError } from "commander";

/** A whole number >= `min`. */
export function intAtLeast(min: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!/^-?\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min) {
      throw new InvalidArgumentError(`expected a whole number of at least ${min}, got "${value}".`);
    }
    return n;
  };
}

/** A seed: a whole number from 0 to 4294967295. */
export function seedOption(value: string): number {
  const n = intAtLeast(0)(value);
  if (n > 0xffffffff) throw new InvalidArgumentError(`expected a seed from 0 to 4294967295, got "${value}".`);
  return n;
}

/** Collects a repeatable option into an array. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}
