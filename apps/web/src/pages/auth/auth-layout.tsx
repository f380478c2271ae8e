import type { ReactNode } from 'react';

/** Narrow centred column of the sign-in, sign-up and password pages (full width on mobile). */
export function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <div className="fr-container fr-my-6w">
      <div className="fr-grid-row fr-grid-row--center">
        <div className="fr-col-12 fr-col-md-8 fr-col-lg-6">{children}</div>
      </div>
    </div>
  );
}
