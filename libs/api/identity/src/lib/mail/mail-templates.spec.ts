import { passwordResetMail, verificationMail } from './mail-templates.js';

describe('mail templates', () => {
  it('writes the verification mail in French with the link in text and HTML', () => {
    const mail = verificationMail('a@b.fr', 'Nadia', 'https://pairs.example.fr/verifier-email?token=abc');
    expect(mail.subject).toBe('Pairs — confirmez votre adresse e-mail');
    expect(mail.text).toContain('Bonjour Nadia');
    expect(mail.text).toContain('https://pairs.example.fr/verifier-email?token=abc');
    expect(mail.html).toContain('href="https://pairs.example.fr/verifier-email?token=abc"');
  });

  it('escapes names in the HTML', () => {
    const mail = passwordResetMail(
      'a@b.fr',
      '<script>alert(1)</script>',
      'https://x/reinitialiser-mot-de-passe?token=t',
    );
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&lt;script&gt;');
  });
});
