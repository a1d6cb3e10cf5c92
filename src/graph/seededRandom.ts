import { seededRandom } from "../model/seededRandom.ts";

/** Run fn with Math.random replaced by a seeded source (fcose and cose-base call Math.random). */
export function withSeededRandom<T>(seed: number, fn: () => T): T {
  const original = Math.random;
  Math.random = seededRandom(seed);
  try {
    return fn();
  } finally {
    Math.random = original;
  }
}
