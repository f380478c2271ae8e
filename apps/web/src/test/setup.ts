import { setLink } from '@codegouvfr/react-dsfr/link';
import { cleanup, configure } from '@testing-library/react';
import { Link } from 'react-router';
import { afterEach } from 'vitest';

// main.tsx registers react-router's Link through startReactDsfr, which also boots the DSFR
// browser script; tests only need the link part so that `linkProps={{ to }}` render real hrefs.
// setLink renders `href` links (external, mailto:, #anchor) itself and only hands `to` links to
// the router Link, a contract its type cannot express (startReactDsfr takes any `Function`).
setLink({ Link: Link as unknown as Parameters<typeof setLink>[0]['Link'] });

// jsdom has no layout: its scrollTo only logs "not implemented"; navigation calls it.
window.scrollTo = () => undefined;

// `findBy…`/`waitFor` give up after 1 s by default: on a loaded 2-core CI machine (tests running in
// parallel with PostgreSQL and Chromium) a correct page sometimes takes longer. A wrong page still
// fails, only later.
configure({ asyncUtilTimeout: 5_000 });

// Vitest globals are off, so Testing Library cannot register its automatic cleanup.
afterEach(() => {
  cleanup();
});
