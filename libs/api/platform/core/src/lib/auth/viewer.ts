/** Platform roles (DESIGN.md §3). */
export const PlatformRole = {
  MEMBER: 'MEMBER',
  MODERATOR: 'MODERATOR',
  ADMIN: 'ADMIN',
} as const;
export type PlatformRole = (typeof PlatformRole)[keyof typeof PlatformRole];

/** A signed-in user as seen by the access policy. Anonymous visitors are `null`. */
export interface Actor {
  id: string;
  role: PlatformRole;
  emailVerified: boolean;
  /** Set when the viewer came through a session; lets `logout` revoke it. */
  sessionId?: string;
}

/** The viewer of a request: an actor, or null for an anonymous visitor. */
export type Viewer = Actor | null;

/**
 * Resolves the viewer from a request's credentials (the session cookie). The identity
 * context's `SessionsService` is the implementation; tests may pass their own to the app.
 */
export interface ViewerResolver {
  resolve(credentials: RequestCredentials): Promise<Viewer>;
}

export interface RequestCredentials {
  /** Cookies sent with the request (HTTP) or the websocket upgrade (subscriptions). */
  cookies: Record<string, string | undefined>;
  ip: string;
  userAgent: string;
}
