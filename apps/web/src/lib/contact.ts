/**
 * Team contact address for accessibility and personal-data requests.
 * Configured per deployment; the reserved `.example` domain makes a missing setting obvious.
 */
export const CONTACT_EMAIL: string = import.meta.env.VITE_CONTACT_EMAIL || 'contact@pairs.example';
