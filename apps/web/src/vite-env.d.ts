/// <reference types="vite/client" />

// Typed build-time settings (Vite only exposes variables prefixed with VITE_).
interface ImportMetaEnv {
  /** Address shown on the accessibility and privacy pages; set it for each deployment. */
  readonly VITE_CONTACT_EMAIL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
