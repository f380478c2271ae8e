// Reading and writing the filters of a list page in its URL, so that a filtered list can be shared
// and the back button undoes a choice.

/** Longer than any slug or code: not a filter anyone chose. */
const MAX_PARAM_LENGTH = 200;

/** A parameter's value, trimmed; null when absent, empty or too long to be a filter. */
export function cleanParam(value: string | null): string | null {
  if (value === null) return null;
  const trimmed = value.trim();
  return trimmed === '' || trimmed.length > MAX_PARAM_LENGTH ? null : trimmed;
}

/** The key whose URL value is `param` (`utiles` → `TOP`), or `fallback` for an unknown value. */
export function keyOfParam<K extends string>(
  values: Readonly<Record<K, string>>,
  param: string | null,
  fallback: K,
): K {
  const found = (Object.keys(values) as K[]).find((key) => values[key] === param);
  return found ?? fallback;
}

/** The URL value of `key`, or null for the default (left out so that equal filters give equal URLs). */
export function nonDefaultParam<K extends string>(
  values: Readonly<Record<K, string>>,
  key: K | undefined,
  defaultKey: K,
): string | null {
  return key === undefined || key === defaultKey ? null : values[key];
}

/** Sets each parameter that has a value; null, undefined and empty ones are left out. */
export function setNonEmptyParams(
  params: URLSearchParams,
  entries: ReadonlyArray<readonly [name: string, value: string | null | undefined]>,
): URLSearchParams {
  for (const [name, value] of entries) {
    if (value !== null && value !== undefined && value !== '') params.set(name, value);
  }
  return params;
}

/** `path`, followed by the query string when there is one. */
export function pathWithParams(path: string, params: URLSearchParams): string {
  const query = params.toString();
  return query === '' ? path : `${path}?${query}`;
}
