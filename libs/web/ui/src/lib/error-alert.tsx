import { Alert } from '@codegouvfr/react-dsfr/Alert';

export interface ErrorAlertProps {
  /**
   * French text to show, typically `describeApiError(error).message` or `errorMessageFor(code)`
   * from `@pairs/web-graphql`. The UI lib takes the text rather than the code so that it stays
   * free of any data-access dependency.
   */
  message: string;
  title?: string;
  /** Heading level of the title, to keep the page outline correct (default h2, under the page h1). */
  as?: `h${2 | 3 | 4 | 5 | 6}`;
  className?: string;
}

/** An error announced immediately to assistive technologies (`role="alert"`). */
export function ErrorAlert({
  message,
  title = 'Une erreur est survenue',
  as = 'h2',
  className,
}: ErrorAlertProps) {
  return (
    <Alert severity="error" role="alert" as={as} title={title} description={message} className={className} />
  );
}
