/** Deterministic pseudo-random uint32 stream (xorshift32): prints and ids for store tests. */
export function randoms(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return x >>> 0;
  };
}
