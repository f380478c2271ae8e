import { Alert } from '@codegouvfr/react-dsfr/Alert';
import type { MouseEvent } from 'react';

export interface ErrorSummaryProps {
  /** Focused after a failed submission. */
  id: string;
  title: string;
  errors: { message: string; fields: Readonly<Record<string, string>> };
  /** The invalid fields' paths, in form order. */
  paths: readonly string[];
  labelOf: (path: string) => string;
  /** The input a path's link leads to; null for none (the line is then plain text). */
  inputIdOf: (path: string) => string | null;
}

/** Alert listing every invalid field with a link to it; focused after a failed submission. */
export function ErrorSummary({ id, title, errors, paths, labelOf, inputIdOf }: ErrorSummaryProps) {
  const goTo = (event: MouseEvent<HTMLAnchorElement>, inputId: string) => {
    event.preventDefault();
    const target = document.getElementById(inputId);
    target?.scrollIntoView?.({ block: 'center' });
    target?.focus();
  };
  return (
    <div id={id} tabIndex={-1} className="fr-mb-4w">
      <Alert
        severity="error"
        role="alert"
        as="h2"
        title={title}
        description={
          <>
            <p className="fr-mb-1w">{errors.message}</p>
            {paths.length > 0 && (
              <ul className="fr-mb-0">
                {paths.map((path) => {
                  const inputId = inputIdOf(path);
                  const text = `${labelOf(path)} : ${errors.fields[path]}`;
                  return (
                    <li key={path}>
                      {inputId === null ? (
                        text
                      ) : (
                        <a href={`#${inputId}`} onClick={(event) => goTo(event, inputId)}>
                          {text}
                        </a>
                      )}
                    </li>
                  );
                })}
              </ul>
            )}
          </>
        }
      />
    </div>
  );
}
