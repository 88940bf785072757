/** 1,100.9亿 is 110090000000, not 110090000000.00002: a product of a decimal and a multiplier keeps 15 significant digits. */
export function withoutFloatNoise(value: number): number {
  return Number.isInteger(value) ? value : Number(value.toPrecision(15));
}
