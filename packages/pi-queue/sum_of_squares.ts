/**
 * pythagoras's `sum(n * n for n in numbers)`, exact at any size: sums of two 32-bit squares
 * reach 2^65, far past where a `number` stops counting by ones.
 *
 * @example
 * ```ts
 * import { sumOfSquares } from "@ch8/pi-queue";
 *
 * sumOfSquares([3n, 4n]); //=> 25n
 * sumOfSquares([4294967295n, 4294967295n]); //=> 36893488130239234050n
 * sumOfSquares([]); //=> 0n
 * ```
 */
export function sumOfSquares(numbers: readonly bigint[]): bigint {
  let sum = 0n;
  for (const n of numbers) sum += n * n;
  return sum;
}
