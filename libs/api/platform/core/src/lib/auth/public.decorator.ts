import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC_KEY = 'pairs:isPublic';

/**
 * Opts a resolver or controller out of the default-deny guard. Every use must say why in
 * a comment next to it: anonymous visitors read public content; nothing else is public.
 */
export const Public = () => SetMetadata(IS_PUBLIC_KEY, true);
