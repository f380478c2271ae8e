import type { ReactNode } from 'react';

/** Official block of the DSFR logo; the line break is part of the State's visual identity. */
export const BRAND_TOP: ReactNode = (
  <>
    République
    <br />
    Française
  </>
);
