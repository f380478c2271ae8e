import type { Link } from 'react-router';

/*
 * Tells react-dsfr's types that `linkProps` are react-router `Link` props (`to`, not `href`).
 * The runtime side is `startReactDsfr({ Link })` in the app entry point; this declaration lives
 * here because the UI lib is where `linkProps` are written.
 */
declare module '@codegouvfr/react-dsfr/spa' {
  interface RegisterLink {
    Link: typeof Link;
  }
}
