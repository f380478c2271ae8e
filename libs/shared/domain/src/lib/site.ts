/** Product name and tagline, shown by the web shell and returned by the API. */
export const SITE_NAME = 'Pairs';
export const SITE_TAGLINE = "l'échange d'expériences entre élus";
