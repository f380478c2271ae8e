/** Page size used when a list query gives no `first`. */
export const DEFAULT_PAGE_SIZE = 20;
/** Largest accepted `first`; a larger value is refused with BAD_USER_INPUT, never clamped. */
export const MAX_PAGE_SIZE = 100;
