import { useCallback, useLayoutEffect, useState } from 'react';

/**
 * Focus for an element that a state change is about to show (a form once a draft is resumed,
 * an error summary): `requestFocus(id)` along with that change, and focus moves once it renders.
 */
export function useFocusRequest(): (id: string) => void {
  const [request, setRequest] = useState<{ id: string } | null>(null);

  // Layout effect: focus moves in the same frame as the content it points to appears.
  useLayoutEffect(() => {
    if (request !== null) document.getElementById(request.id)?.focus();
  }, [request]);

  return useCallback((id: string) => setRequest({ id }), []);
}
