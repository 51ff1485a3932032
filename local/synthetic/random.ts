/**
 * A small seeded pseudo-random generator (mulberry32) with the helpers the synthetic population needs.
 * Not for cryptography: it exists so the same seed always yields the same demo population.
 */

// Module-scope aliases: under jest's vm sandbox every lookup of the global `Math` is slow.
const { imul, floor, min, sqrt, log, sin, cos, PI } = Math;

/** A value with its relative weight, for `Random.weighted`. */
export type Weighted<T> = readonly [value: T, weight: number];

/** Folds any number of integers into one well-mixed 32-bit seed (murmur3 finaliser per part). */
export function mixSeed(...parts: readonly number[]): number {
  let hash = 0x811c9dc5;
  for (const part of parts) {
    let k = imul(part | 0, 0xcc9e2d51);
    k = imul((k << 15) | (k >>> 17), 0x1b873593);
    hash ^= k;
    hash = imul((hash << 13) | (hash >>> 19), 5) + 0xe6546b64;
  }
  hash ^= hash >>> 16;
  hash = imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

export class Random {
  private readonly seed: number;
  private state: number;
  private spareNormal: number | undefined;

  constructor(seed: number) {
    this.seed = seed >>> 0;
    this.state = this.seed;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = imul(t ^ (t >>> 15), t | 1);
    t ^= t + imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + floor(this.next() * (max - min + 1));
  }

  /** A float in [min, max). */
  float(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('cannot pick from an empty list');
    return items[floor(this.next() * items.length)]!;
  }

  weighted<T>(options: readonly Weighted<T>[]): T {
    let total = 0;
    for (const [, weight] of options) total += weight;
    if (!(total > 0)) throw new RangeError('weighted pick needs a positive total weight');
    let remaining = this.next() * total;
    for (const [value, weight] of options) {
      remaining -= weight;
      if (remaining < 0) return value;
    }
    return options[options.length - 1]![0];
  }

  /** A normally distributed float (Box–Muller, the second value kept for the next call). */
  normal(mean: number, standardDeviation: number): number {
    if (this.spareNormal !== undefined) {
      const spare = this.spareNormal;
      this.spareNormal = undefined;
      return mean + standardDeviation * spare;
    }
    const u = 1 - this.next();
    const v = this.next();
    const radius = sqrt(-2 * log(u));
    this.spareNormal = radius * sin(2 * PI * v);
    return mean + standardDeviation * radius * cos(2 * PI * v);
  }

  /** A normal value clamped into [lower, upper]. */
  clampedNormal(mean: number, standardDeviation: number, lower: number, upper: number): number {
    const value = this.normal(mean, standardDeviation);
    return value < lower ? lower : min(value, upper);
  }

  /** An independent generator derived from this one's seed, so one concern's draws never shift another's. */
  fork(label: number): Random {
    return new Random(mixSeed(this.seed, label));
  }
}

/** FNV-1a of a string: a stable coin that draws nothing from a generator's random stream. */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

export function createRandom(seed: number): Random {
  return new Random(mixSeed(seed));
}
