import { PasswordInput } from '@codegouvfr/react-dsfr/blocks/PasswordInput';

export const PASSWORD_POLICY_HINT = '12 caractères minimum, évitez les mots de passe courants';

export interface PasswordFieldProps {
  label: string;
  name: string;
  autoComplete: 'current-password' | 'new-password';
  hintText?: string;
  /** French error message, shown under the field. */
  error?: string;
}

/** DSFR password input ("Afficher" toggle) with our error display. */
export function PasswordField({ label, name, autoComplete, hintText, error }: PasswordFieldProps) {
  return (
    <PasswordInput
      label={label}
      hintText={hintText}
      // No "Votre mot de passe doit contenir :" heading: the policy is in the hint.
      messagesHint=""
      messages={error === undefined ? [] : [{ severity: 'error', message: error }]}
      nativeInputProps={{
        name,
        autoComplete,
        required: true,
        'aria-invalid': error !== undefined || undefined,
      }}
    />
  );
}
