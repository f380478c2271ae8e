import './lib/register-link';

export {
  AppHeader,
  HEADER_ID,
  MAIN_NAVIGATION_ID,
  type AppHeaderProps,
  type HeaderAccount,
} from './lib/app-header';
export { AppFooter, FOOTER_ID } from './lib/app-footer';
export { AppSkipLinks, MAIN_CONTENT_ID } from './lib/app-skip-links';
export { ErrorAlert, type ErrorAlertProps } from './lib/error-alert';
export { PageTitle, type PageTitleProps } from './lib/page-title';
export { useDocumentTitle, formatDocumentTitle } from './lib/use-document-title';
export { BRAND_TOP } from './lib/site-identity';
export { Combobox, type ComboboxOption, type ComboboxProps } from './lib/combobox';
