import type { Mail } from './mailer.js';

/** Escapes text for HTML bodies (mails, the dev outbox page). */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

function layout(title: string, paragraphs: string[], link: { url: string; label: string }): string {
  const body = paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body style="font-family: Marianne, Arial, sans-serif; color: #161616; max-width: 560px">
<h1 style="font-size: 20px">${escapeHtml(title)}</h1>
${body}
<p><a href="${escapeHtml(link.url)}" style="background: #000091; color: #fff; padding: 8px 16px; text-decoration: none">${escapeHtml(link.label)}</a></p>
<p style="font-size: 12px; color: #666">Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur : ${escapeHtml(link.url)}</p>
<p style="font-size: 12px; color: #666">Pairs — l'échange d'expériences entre élus</p>
</body></html>`;
}

export function verificationMail(to: string, displayName: string, url: string): Mail {
  const title = 'Confirmez votre adresse e-mail';
  const paragraphs = [
    `Bonjour ${displayName},`,
    'Bienvenue sur Pairs. Pour pouvoir publier des retours d’expérience et répondre à vos pairs, confirmez votre adresse e-mail en suivant ce lien. Il est valable 48 heures.',
    'Si vous n’avez pas créé de compte sur Pairs, ignorez ce message.',
  ];
  return {
    to,
    subject: 'Pairs — confirmez votre adresse e-mail',
    text: `${paragraphs.join('\n\n')}\n\n${url}\n\nPairs — l'échange d'expériences entre élus`,
    html: layout(title, paragraphs, { url, label: 'Confirmer mon adresse' }),
  };
}

export function passwordResetMail(to: string, displayName: string, url: string): Mail {
  const title = 'Réinitialisez votre mot de passe';
  const paragraphs = [
    `Bonjour ${displayName},`,
    'Une demande de réinitialisation du mot de passe de votre compte Pairs a été faite. Suivez ce lien pour choisir un nouveau mot de passe. Il est valable une heure et ne sert qu’une fois ; vos autres sessions seront fermées.',
    'Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : votre mot de passe reste inchangé.',
  ];
  return {
    to,
    subject: 'Pairs — réinitialisation de votre mot de passe',
    text: `${paragraphs.join('\n\n')}\n\n${url}\n\nPairs — l'échange d'expériences entre élus`,
    html: layout(title, paragraphs, { url, label: 'Choisir un nouveau mot de passe' }),
  };
}
