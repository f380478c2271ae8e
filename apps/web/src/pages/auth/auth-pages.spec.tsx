import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, testViewer } from '../../test/render-app';
import { apiError, operationsLink } from '../../test/static-link';

describe('SignUpPage', () => {
  function fill() {
    fireEvent.change(screen.getByLabelText(/^Adresse e-mail/), {
      target: { value: 'claire.martin@anost.fr' },
    });
    fireEvent.change(screen.getByLabelText(/^Nom affiché/), { target: { value: 'Claire Martin' } });
    fireEvent.change(screen.getByLabelText(/^Identifiant/), { target: { value: 'claire-martin' } });
    fireEvent.change(screen.getByLabelText(/^Mot de passe/), { target: { value: 'motdepasse' } });
    fireEvent.click(screen.getByRole('button', { name: 'Créer mon compte' }));
  }

  it('states the handle and password rules in the hints', () => {
    renderApp('/inscription', operationsLink({}).link);
    expect(screen.getByRole('heading', { level: 1, name: 'Créer un compte' })).toBeDefined();
    expect(document.title).toBe('Créer un compte — Pairs');
    expect(screen.getByLabelText(/^Identifiant/).closest('.fr-input-group')?.textContent).toContain(
      '3 à 30 caractères : lettres, chiffres, tirets',
    );
    expect(screen.getByText('12 caractères minimum, évitez les mots de passe courants')).toBeDefined();
  });

  it('shows each field error next to its field', async () => {
    const { link } = operationsLink({
      Register: apiError('CONFLICT', {
        fields: [
          { field: 'email', reason: 'taken', message: 'taken' },
          { field: 'handle', reason: 'taken', message: 'taken' },
        ],
      }),
    });
    renderApp('/inscription', link);
    fill();

    await screen.findByRole('alert');
    const email = screen.getByLabelText(/^Adresse e-mail/);
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(email.getAttribute('aria-describedby')!)?.textContent).toMatch(
      /^Un compte existe déjà avec cette adresse e-mail/,
    );
    expect(screen.getByText('Cet identifiant est déjà utilisé. Choisissez-en un autre.')).toBeDefined();
  });

  it('shows the password policy error under the password field', async () => {
    const { link } = operationsLink({
      Register: apiError('BAD_USER_INPUT', {
        fields: [{ field: 'password', reason: 'minLength', message: 'too short' }],
      }),
    });
    renderApp('/inscription', link);
    fill();
    expect(await screen.findByText('Le mot de passe doit contenir au moins 12 caractères.')).toBeDefined();
    expect(screen.getByLabelText(/^Mot de passe/).getAttribute('aria-invalid')).toBe('true');
  });

  it('goes to the account page with a notice once the account exists', async () => {
    let registered = false;
    const viewer = testViewer({ emailVerified: false });
    const { link } = operationsLink({
      Register: () => {
        registered = true;
        return { data: { register: viewer } };
      },
    });
    renderApp('/inscription', link, { viewer: () => (registered ? viewer : null) });
    fill();

    await screen.findByRole('heading', { level: 1, name: 'Mon compte' });
    expect(screen.getByText(/Un e-mail de confirmation vous a été envoyé/)).toBeDefined();
  });
});

describe('VerifyEmailPage', () => {
  it('spends the token once, even under StrictMode, and confirms', async () => {
    const { link, calls } = operationsLink({
      VerifyEmail: {
        data: {
          verifyEmail: { __typename: 'User', id: 'user-1', handle: 'claire-martin', emailVerified: true },
        },
      },
    });
    renderApp('/verifier-email?token=abc123', link, { strict: true });

    await screen.findByRole('heading', { name: 'Votre adresse e-mail est confirmée' });
    expect(calls.filter((call) => call.operationName === 'VerifyEmail')).toEqual([
      { operationName: 'VerifyEmail', variables: { input: { token: 'abc123' } } },
    ]);
    expect(screen.getByRole('link', { name: 'Voir mon profil' }).getAttribute('href')).toBe(
      '/membres/claire-martin',
    );
  });

  it('explains an invalid link and offers a new mail to a signed-in user', async () => {
    const { link, calls } = operationsLink({
      VerifyEmail: apiError('BAD_USER_INPUT', {
        fields: [{ field: 'token', reason: 'invalid', message: 'This link is invalid or has expired' }],
      }),
      ResendVerification: { data: { resendVerification: true } },
    });
    renderApp('/verifier-email?token=used', link, { viewer: testViewer({ emailVerified: false }) });

    await screen.findByRole('heading', { name: "Ce lien de confirmation n'est plus valide" });
    fireEvent.click(await screen.findByRole('button', { name: "Renvoyer l'e-mail" }));
    await screen.findByText(/Un nouvel e-mail de confirmation vous a été envoyé/);
    expect(calls.filter((call) => call.operationName === 'ResendVerification')).toHaveLength(1);
  });

  it('asks an anonymous visitor with an invalid link to sign in', async () => {
    const { link } = operationsLink({
      VerifyEmail: apiError('BAD_USER_INPUT', {
        fields: [{ field: 'token', reason: 'invalid', message: 'x' }],
      }),
    });
    renderApp('/verifier-email?token=used', link);
    const signIn = await screen.findByRole('link', { name: 'Connectez-vous' });
    expect(signIn.getAttribute('href')).toBe('/connexion?redirect=%2Fmon-compte');
  });
});

describe('password reset', () => {
  it('always gives the same confirmation after asking for a link', async () => {
    const { link, calls } = operationsLink({
      RequestPasswordReset: { data: { requestPasswordReset: true } },
    });
    renderApp('/mot-de-passe-oublie', link);
    fireEvent.change(screen.getByLabelText(/^Adresse e-mail/), { target: { value: 'quelquun@example.fr' } });
    fireEvent.click(screen.getByRole('button', { name: 'Recevoir un lien' }));

    await screen.findByText(/Si un compte existe pour cette adresse, un e-mail vient d'être envoyé\./);
    expect(calls.find((call) => call.operationName === 'RequestPasswordReset')?.variables).toEqual({
      input: { email: 'quelquun@example.fr' },
    });
  });

  it('sets the new password, then offers to sign in', async () => {
    const { link, calls } = operationsLink({ ResetPassword: { data: { resetPassword: true } } });
    renderApp('/reinitialiser-mot-de-passe?token=tok', link);
    fireEvent.change(screen.getByLabelText(/^Nouveau mot de passe/), {
      target: { value: 'un nouveau mot de passe' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer le mot de passe' }));

    await screen.findByRole('heading', { name: 'Votre mot de passe a été modifié' });
    expect(
      within(screen.getByRole('main')).getByRole('link', { name: 'Se connecter' }).getAttribute('href'),
    ).toBe('/connexion');
    expect(calls.find((call) => call.operationName === 'ResetPassword')?.variables).toEqual({
      input: { token: 'tok', password: 'un nouveau mot de passe' },
    });
  });

  it('says when the link has expired, with a way to ask again', async () => {
    const { link } = operationsLink({
      ResetPassword: apiError('BAD_USER_INPUT', {
        fields: [{ field: 'token', reason: 'invalid', message: 'x' }],
      }),
    });
    renderApp('/reinitialiser-mot-de-passe?token=old', link);
    fireEvent.change(screen.getByLabelText(/^Nouveau mot de passe/), {
      target: { value: 'un nouveau mot de passe' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer le mot de passe' }));

    await screen.findByRole('heading', { name: "Ce lien n'est plus valide" });
    expect(screen.getByRole('link', { name: 'Demander un nouveau lien' }).getAttribute('href')).toBe(
      '/mot-de-passe-oublie',
    );
  });

  it('says a link without a token is invalid, without calling the API', async () => {
    const { link, calls } = operationsLink({});
    renderApp('/reinitialiser-mot-de-passe', link);
    await screen.findByRole('heading', { name: "Ce lien n'est plus valide" });
    await waitFor(() => expect(calls.filter((call) => call.operationName !== 'Viewer')).toEqual([]));
  });
});
