/** Adds a bound parameter to a statement and returns its placeholder (`$3`). */
export type SqlParam = (value: unknown) => string;

/** Builds positional parameters (`$1`, `$2`…) as a raw SQL statement is written. */
export class SqlParams {
  readonly values: unknown[] = [];
  add = (value: unknown): string => {
    this.values.push(value);
    return `$${this.values.length}`;
  };
}
