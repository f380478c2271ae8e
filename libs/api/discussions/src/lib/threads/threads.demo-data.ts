/**
 * Demo discussions (fils de discussion) for the seed: questions élus ask each other, answered by peers of
 * comparable territories. Facts stay consistent with the demo case studies
 * (libs/api/knowledge/src/lib/case-studies/case-studies.demo-data.ts) and the demo users' mandates
 * (libs/api/identity/src/lib/seed/identity-seeder.ts).
 *
 * Theme slugs (slugify(name) of DEMO_THEMES, libs/api/knowledge/src/lib/themes/themes.seeder.ts):
 * - amenagement-et-proximite: territoire-de-la-demi-heure, ville-du-quart-d-heure, adressage-base-adresse-locale
 * - numerique-responsable: impact-environnemental-du-numerique, eclairage-public, dematerialisation-des-assemblees
 * - services-aux-habitants: action-sociale-et-suivi-des-beneficiaires, inclusion-numerique-aidants-connect
 * - pilotage-et-cooperation: maturite-numerique-smart-diagnostic, mutualisation-entre-collectivites,
 *   financements-et-aides
 */

/** Handles of DEMO_USERS (libs/api/identity/src/lib/seed/identity-seeder.ts). */
export interface DemoReply {
  /** Unique within its thread, used for quotes and the accepted answer, e.g. 'r1'. */
  key: string;
  author: string;
  body: string;
  /** Hours after the thread was created (increasing within a thread). */
  hoursAfter: number;
  /** Key of an earlier reply of the same thread that this one quotes. */
  quotes?: string;
  /** Handles who reacted (never the reply's own author, no duplicates). */
  useful?: string[];
  thanks?: string[];
  /** Later versions of the body (each one an edit, kept as a revision). */
  edits?: string[];
  /** Deleted by its author: shown as a placeholder. At most one in the whole dataset. */
  deleted?: boolean;
}

export interface DemoThread {
  /** Stable key (used by tests and the seeder to find it again), kebab-case. */
  key: string;
  title: string;
  body: string;
  author: string;
  /** One to three slugs of DEMO_THEMES. */
  themeSlugs: string[];
  /** Slug of a published demo case study: the question is asked to its authors. */
  caseStudySlug?: string;
  /** Slug of a demo group: the question lives there (its author and repliers are active members). */
  groupSlug?: string;
  /** Days before "now" when the thread was created. */
  daysAgo: number;
  replies: DemoReply[];
  /** Key of one of its replies (not deleted). */
  acceptedReply?: string;
  pinned?: boolean;
  locked?: boolean;
  /** Reactions on the thread itself (never its author). */
  useful?: string[];
  thanks?: string[];
  /** Later versions by the author. */
  edits?: Array<{ title?: string; body?: string }>;
}

/** Markdown written indented in this file: drops the common indentation and the blank edges. */
function md(strings: TemplateStringsArray): string {
  const lines = strings
    .join('')
    .replace(/^\s*\n/, '')
    .trimEnd()
    .split('\n');
  const indent = Math.min(
    ...lines.filter((line) => line.trim()).map((line) => line.length - line.trimStart().length),
  );
  return lines.map((line) => line.slice(indent)).join('\n');
}

const WELCOME_BODY = md`
  ## Bienvenue sur Pairs

  Ici, des élus et des agents de collectivités s’entraident sur des questions concrètes : un projet à lancer, une décision à préparer, un dossier qui bloque. Les meilleures réponses viennent de ceux qui ont affronté le même problème dans un territoire comparable. Pour les obtenir, quelques conseils :

  1. **Un titre qui est une vraie question** : « Extinction de l’éclairage la nuit : comment l’avez-vous fait accepter ? » plutôt que « Éclairage public ».
  2. **Le contexte** : taille de la commune ou de l’intercommunalité, ce qui existe déjà, le budget envisagé, le calendrier.
  3. **Ce que vous avez déjà essayé ou lu**, pour que personne ne vous réponde ce que vous savez déjà.
  4. **Une à trois thématiques**, pour que les bonnes personnes voient passer votre question.
  5. **Aucune donnée personnelle** : pas de nom d’habitant, de bénéficiaire ou d’agent, pas de numéro de téléphone ni d’adresse électronique. Pour un contact, indiquez un service (« le secrétariat de mairie », « le pôle solidarités ») ou proposez la messagerie Pairs.

  Quand une réponse a réglé votre problème, **marquez-la comme acceptée** : les suivants trouveront tout de suite la bonne piste. Les réactions « Utile » et « Merci » servent à repérer les réponses qui comptent ; elles ne remplacent pas un petit mot de retour quand votre projet avance.

  Les désaccords sont bienvenus, les débats partisans beaucoup moins : nous sommes là pour partager des expériences, pas pour refaire la campagne. En cas de problème, utilisez le bouton « Signaler » ; l’équipe de modération s’en occupe.
`;

const WELCOME_BODY_EDITED = WELCOME_BODY.replace(
  '5. **Aucune donnée personnelle**',
  '5. **La fiche concernée, s’il y en a une** : si votre question porte sur un retour d’expérience publié, posez-la depuis la fiche. Le fil y sera rattaché et ses auteurs pourront vous répondre directement.\n6. **Aucune donnée personnelle**',
);

const ETANG_REPLY = md`
  Bonjour Martine, nous avons fait exactement cette démarche à Étang-sur-Arroux, commune de notre communauté de communes (1 750 habitants, environ 320 points lumineux), à l’automne 2022. La fiche est publiée sur Pairs ; en résumé :

  - **Plage horaire** : extinction de 23 h à 5 h, sauf au carrefour principal et sur la traversée du bourg.
  - **Un essai de trois mois** avant la délibération définitive. C’est ce qui a rendu la décision acceptable : les habitants savaient qu’on pouvait revenir en arrière.
  - **Matériel** : une horloge astronomique dans chacune des 24 armoires de commande. Elle calcule seule les heures de lever et de coucher du soleil ; pas de capteurs, pas d’abonnement. Le syndicat départemental d’énergie les a posées, avec un reste à charge de quelques centaines d’euros par armoire.
  - **Une réunion publique** avec la gendarmerie et les pompiers à la tribune. Ce sont eux qui ont répondu sur les cambriolages, pas les élus, et c’était bien plus convaincant.

  Résultat : une consommation passée de 186 à 98 MWh par an, en comptant aussi le passage aux LED des 110 points les plus gourmands. La gendarmerie n’a constaté aucune hausse des incidents la nuit. Nous avons eu 14 réclamations le premier mois, 2 six mois plus tard.
`;

const TABLETS_REPLY = md`
  Bonjour Jean-Pierre, merci pour votre lecture attentive de la fiche. Quelques éléments concrets :

  - **Coût** : 37 680 € pour 49 élus, soit environ 770 € par élu, tablette, étui-clavier, licences et gestion de flotte compris, hors temps de formation.
  - **Durée de vie réelle** : sur nos 49 tablettes de 2021, 43 fonctionnent toujours ; les autres ont eu l’écran cassé ou ont été perdues. Les batteries tiennent encore une séance complète. Nous visons désormais six à sept ans.
  - **Si c’était à refaire** : un modèle milieu de gamme, ou reconditionné avec deux ans de garantie, et une batterie remplaçable. Le haut de gamme n’a servi à rien : nos élus lisent des documents et signent.
  - **Réseau** : l’application télécharge les dossiers en Wi-Fi avant la séance et ils restent lisibles hors connexion. C’est indispensable pour des élus de hameaux mal couverts.

  Ne négligez pas la **signature électronique** pour les vice-présidents : c’est elle qui a évité le plus de déplacements, environ 280 la première année chez nous.
`;

const VISIO_REPLY = md`
  C’est la bonne question, mais elle se pose en kilomètres plutôt qu’en rendez-vous. Nous estimons à environ **12 000 km** les trajets évités la première année, souvent pour des personnes qui, sans la visio, n’auraient pas fait la démarche du tout.

  Côté coût, un kit revient à 1 500 à 2 500 € installation comprise. Comparé à une permanence physique tenue par un organisme, c’est modeste. Et la fréquentation a nettement augmenté au second semestre, une fois le bouche-à-oreille lancé : présentez-la au bureau comme une expérimentation d’un an, avec un bilan.
`;

export const DEMO_THREADS: DemoThread[] = [
  {
    key: 'bienvenue-poser-une-bonne-question',
    title: 'Bienvenue : comment poser une bonne question sur Pairs',
    body: WELCOME_BODY,
    author: 'sophie-lambert',
    themeSlugs: ['pilotage-et-cooperation'],
    daysAgo: 118,
    pinned: true,
    useful: ['martine-girard', 'thomas-delattre', 'jean-pierre-morel', 'isabelle-faure', 'vanessa-roche'],
    thanks: ['martine-girard', 'nadia-benali', 'gaelle-le-goff', 'paul-mercier', 'bernard-vallet'],
    edits: [{ body: WELCOME_BODY_EDITED }],
    replies: [
      {
        key: 'r1',
        author: 'martine-girard',
        body: 'Merci pour ce mode d’emploi. Une question pratique : peut-on poser une question sans citer sa commune ? Certains sujets sont sensibles localement (une fermeture de classe, un différend avec un prestataire) et je n’ai pas très envie que mes administrés tombent dessus.',
        hoursAfter: 5,
        useful: ['sophie-lambert', 'bernard-vallet'],
      },
      {
        key: 'r2',
        author: 'sophie-lambert',
        body: md`
          Oui, tout à fait. Votre profil indique votre mandat, mais rien ne vous oblige à nommer votre commune dans le message : « une commune rurale de 650 habitants dans le Morvan » suffit largement pour que les autres comparent avec leur situation.

          Gardez seulement en tête que les fils sont lus par de nombreux membres : écrivez comme si un administré pouvait vous lire, et sans mettre personne en cause.
        `,
        hoursAfter: 9,
        quotes: 'r1',
        useful: ['martine-girard', 'jean-pierre-morel', 'isabelle-faure'],
        thanks: ['martine-girard'],
      },
      {
        key: 'r3',
        author: 'thomas-delattre',
        body: 'Une suggestion : indiquer aussi son intercommunalité et la distance à la ville-centre quand c’est utile. Sur les sujets d’aménagement et de mobilité, une commune de 500 habitants à dix minutes d’une préfecture et une autre à quarante-cinq minutes n’appellent pas du tout les mêmes réponses.',
        hoursAfter: 30,
        useful: ['sophie-lambert', 'gaelle-le-goff', 'nadia-benali'],
      },
      {
        key: 'r4',
        author: 'sophie-lambert',
        body: 'Très juste, surtout pour la mobilité et l’accès aux services : c’est tout l’esprit du territoire de la demi-heure. Quand ces précisions manquent dans une question, n’hésitez pas à les demander en réponse.',
        hoursAfter: 52,
        thanks: ['thomas-delattre'],
      },
    ],
  },
  {
    key: 'extinction-eclairage-nuit-petite-commune',
    title: 'Extinction de l’éclairage public la nuit : comment l’avez-vous fait accepter par les habitants ?',
    body: md`
      Bonjour à tous,

      Anost compte un peu moins de 700 habitants et **environ 140 points lumineux**, répartis entre le bourg et une dizaine de hameaux. Avec le nouveau contrat d’électricité, la facture d’éclairage public est passée de 9 000 € à près de 21 000 € par an, pour un budget de fonctionnement d’environ 600 000 €.

      Le conseil municipal est d’accord sur le principe d’éteindre en milieu de nuit, mais les avis divergent : certains craignent les cambriolages, d’autres pensent aux personnes qui rentrent tard du travail ou aux jeunes qui attendent le car le matin.

      Mes questions :

      - Quelles plages horaires avez-vous retenues, et avez-vous fait une période d’essai ?
      - Quel matériel faut-il dans les armoires de commande, et pour quel coût ?
      - Faut-il un arrêté, une délibération, ou les deux ?
      - Comment avez-vous présenté les choses en réunion publique ?

      Précision : nous n’avons aucun service technique, seulement un agent communal polyvalent et le syndicat départemental d’énergie.
    `,
    author: 'martine-girard',
    themeSlugs: ['eclairage-public'],
    daysAgo: 64,
    acceptedReply: 'r1',
    useful: [
      'jean-pierre-morel',
      'marc-olivier',
      'bernard-vallet',
      'paul-mercier',
      'thomas-delattre',
      'nadia-benali',
    ],
    thanks: ['sophie-lambert'],
    replies: [
      {
        key: 'r1',
        author: 'jean-pierre-morel',
        body: ETANG_REPLY,
        hoursAfter: 4,
        useful: [
          'martine-girard',
          'marc-olivier',
          'bernard-vallet',
          'isabelle-faure',
          'sophie-lambert',
          'thomas-delattre',
          'paul-mercier',
        ],
        thanks: ['martine-girard', 'nadia-benali'],
        edits: [
          `${ETANG_REPLY}\n\n**Ajout** : un oubli de notre part, à ne pas reproduire. Prévenez avant la première nuit les ambulanciers, les infirmières libérales et les associations qui organisent des fêtes. Nous l’avons appris à nos dépens lors d’une soirée du comité des fêtes.`,
        ],
      },
      {
        key: 'r2',
        author: 'marc-olivier',
        body: md`
          À Draguignan (environ 40 000 habitants), nous n’avons pas retenu l’extinction totale dans le centre ancien, mais un abaissement de l’intensité en milieu de nuit. Ce que je retiens pour une commune comme la vôtre : **ne payez pas un système « intelligent »**.

          Nous avons équipé 600 points d’une régulation avec détection de présence : environ 4 % d’économie supplémentaire, invisible sur la facture. Les vraies économies viennent du passage aux LED des points les plus gourmands et d’une extinction ou d’un abaissement programmés. Une horloge astronomique bien réglée fait l’essentiel.
        `,
        hoursAfter: 7,
        useful: ['martine-girard', 'jean-pierre-morel', 'gaelle-le-goff'],
        thanks: ['martine-girard'],
      },
      {
        key: 'r3',
        author: 'martine-girard',
        body: 'Merci à tous les deux, c’est très clair. Le syndicat vient de me confirmer que nous avons 11 armoires de commande, ce qui reste raisonnable. Reste la question juridique : un simple arrêté du maire suffit-il, ou faut-il passer par le conseil ?',
        hoursAfter: 26,
      },
      {
        key: 'r4',
        author: 'isabelle-faure',
        body: md`
          L’éclairage public relève du pouvoir de police du maire : c’est donc un **arrêté municipal** qui fixe les horaires d’extinction et les secteurs concernés. La plupart des communes y ajoutent une **délibération**, qui n’est pas toujours exigée mais donne une légitimité politique à la décision et couvre le volet budgétaire (les travaux dans les armoires).

          Points de vigilance :

          - maintenir l’éclairage là où il existe un danger particulier : carrefour dangereux, passage piéton très fréquenté ;
          - informer la population **avant** la première nuit, par courrier ou dans le bulletin municipal ;
          - poser des panneaux aux entrées du bourg (« commune pratiquant l’extinction nocturne »), que le syndicat peut souvent fournir.

          En cas de doute, le service juridique de l’association départementale des maires répond vite.
        `,
        hoursAfter: 29,
        quotes: 'r3',
        useful: ['martine-girard', 'jean-pierre-morel', 'paul-mercier', 'bernard-vallet', 'sophie-lambert'],
        thanks: ['martine-girard'],
      },
      {
        key: 'r5',
        author: 'gaelle-le-goff',
        body: md`
          Un argument qui a compté à Rennes pour les parcs et les bords de rivière : la **biodiversité**. La « trame noire », c’est-à-dire des corridors sans éclairage pour la faune nocturne, parle à beaucoup d’habitants, y compris à ceux qui s’inquiètent de la sécurité.

          Au cœur du Morvan, le ciel étoilé est un atout. Certaines communes le valorisent avec le label « Villes et villages étoilés » de l’ANPCEN.
        `,
        hoursAfter: 50,
        useful: ['martine-girard', 'thomas-delattre'],
      },
      {
        key: 'r6',
        author: 'bernard-vallet',
        body: 'Pour compléter du côté intercommunal : une vingtaine des 55 communes du Grand Autunois Morvan éteignent désormais en milieu de nuit. Celles qui s’en sont le mieux sorties ont groupé leurs travaux avec le syndicat d’énergie : un seul passage de l’entreprise, des horloges commandées en nombre, un coût par armoire plus bas. Si d’autres maires sont intéressés, nous pouvons réunir les communes concernées après le prochain bureau.',
        hoursAfter: 75,
        useful: ['martine-girard', 'jean-pierre-morel'],
      },
      {
        key: 'r7',
        author: 'paul-mercier',
        body: 'Dans le Grand Est aussi, beaucoup de petites communes ont éteint la nuit depuis 2022. Sur la sécurité, les retours des gendarmeries sont assez constants : pas de hausse des cambriolages, qui ont d’ailleurs lieu le plus souvent en journée. Mais c’est le sentiment de sécurité qui se joue en réunion publique, et là, une période d’essai vaut mieux que tous les chiffres.',
        hoursAfter: 98,
        useful: ['martine-girard'],
      },
      {
        key: 'r8',
        author: 'martine-girard',
        body: 'Point d’étape : le conseil a validé le principe la semaine dernière, la réunion publique aura lieu dans trois semaines avec le commandant de la brigade. Quelqu’un aurait-il une trame de courrier aux habitants ? Je voudrais quelque chose de court, sans jargon.',
        hoursAfter: 170,
      },
      {
        key: 'r9',
        author: 'jean-pierre-morel',
        body: md`
          Voici la trame que nous avions utilisée, sur une seule page :

          1. **Pourquoi** : la facture, en euros, et ce qu’elle représente pour le budget de la commune.
          2. **Quoi** : les horaires, les secteurs, les exceptions (carrefours, traversée du bourg).
          3. **Quand** : la date de la première nuit, la durée de l’essai, la date du bilan.
          4. **Comment donner son avis** : un registre en mairie et une permanence d’élu.
          5. **Les fêtes et manifestations** : l’éclairage peut être rallumé sur demande.

          Un conseil : donnez le montant économisé et dites à quoi il servira. Chez nous, c’était la réfection de la toiture de l’école ; tout le monde a compris.
        `,
        hoursAfter: 176,
        quotes: 'r8',
        useful: ['martine-girard', 'isabelle-faure', 'nadia-benali'],
        thanks: ['martine-girard'],
      },
      {
        key: 'r10',
        author: 'thomas-delattre',
        body: 'Un point souvent oublié en zone rurale : **les arrêts de car**. Dans les Campagnes de l’Artois, les premiers cars scolaires passent vers 6 h 45, et les salariés en horaires postés partent bien avant. Plusieurs communes ont gardé un ou deux points allumés près des arrêts, ou fixé la fin de l’extinction en fonction de la première desserte. Regardez les horaires de votre ligne avant d’arrêter la plage.',
        hoursAfter: 220,
        useful: ['martine-girard', 'jean-pierre-morel'],
        thanks: ['martine-girard'],
      },
      {
        key: 'r11',
        author: 'nadia-benali',
        body: 'À Châlons-en-Champagne, l’extinction ne concerne que certains secteurs (zones d’activités, axes périphériques), mais la leçon est la même : tout se joue dans la communication préalable. Les quartiers qui avaient reçu un courrier et vu les panneaux n’ont presque pas réclamé ; ceux que nous avions oubliés ont appelé la mairie dès le premier soir.',
        hoursAfter: 290,
        useful: ['martine-girard'],
      },
      {
        key: 'r12',
        author: 'marc-olivier',
        body: 'Une précision technique, puisque vous passerez sans doute aux LED ensuite : les allumages et extinctions quotidiens ne posent aucun problème aux LED, au contraire des anciennes lampes à décharge. En revanche, exigez une garantie longue sur les drivers des luminaires, ce sont eux qui lâchent en premier.',
        hoursAfter: 340,
        useful: ['jean-pierre-morel', 'martine-girard'],
      },
      {
        key: 'r13',
        author: 'sophie-lambert',
        body: 'Merci à tous pour ce fil très complet. Martine, si vous faites un bilan à la fin de l’essai, il ferait une excellente fiche de retour d’expérience : nous n’en avons pas encore pour une commune de moins de 1 000 habitants sur ce sujet.',
        hoursAfter: 400,
        thanks: ['martine-girard'],
      },
      {
        key: 'r14',
        author: 'martine-girard',
        body: md`
          Premier bilan après un mois d’essai :

          - extinction de 23 h à 5 h 30 (nous avons suivi le conseil sur le car du matin) ;
          - 3 appels en mairie la première semaine, plus rien depuis ;
          - d’après les relevés transmis par le syndicat, une consommation en baisse d’environ 40 % sur le mois ;
          - une cinquantaine de personnes à la réunion publique, et la gendarmerie a fait le reste.

          Merci encore, ce fil nous a fait gagner des semaines. Je marque la réponse de Jean-Pierre comme acceptée, et je promets la fiche pour la fin de l’essai.
        `,
        hoursAfter: 1300,
        useful: ['gaelle-le-goff', 'thomas-delattre'],
        thanks: ['jean-pierre-morel', 'isabelle-faure', 'sophie-lambert', 'bernard-vallet', 'marc-olivier'],
      },
      {
        key: 'r15',
        author: 'isabelle-faure',
        body: 'Bravo pour cette mise en œuvre rapide. Pour l’étape suivante, le passage aux LED des points les plus gourmands peut être aidé : DETR, syndicat départemental d’énergie, certificats d’économies d’énergie. Les services du Département peuvent vous aider à assembler ces financements dans un seul dossier.',
        hoursAfter: 1330,
        useful: ['martine-girard'],
        thanks: ['martine-girard'],
      },
    ],
  },
  {
    key: 'tablettes-conseil-communautaire-neuves-ou-reconditionnees',
    title:
      'Tablettes pour 80 conseillers communautaires : neuves ou reconditionnées, et pour combien d’années ?',
    body: md`
      Question pour l’autrice de la fiche de Châlons-en-Champagne.

      Au Grand Autunois Morvan, le conseil communautaire compte près de 80 membres venus de 55 communes, dont beaucoup de maires de petites communes. Chaque séance représente environ 300 pages de dossiers, imprimées et envoyées par la poste.

      Le bureau hésite entre trois options :

      - des **tablettes neuves** pour tous : le devis tourne autour de 60 000 € avec la gestion de flotte ;
      - des **tablettes reconditionnées**, pour environ la moitié, mais certains s’inquiètent des batteries ;
      - **aucune tablette**, chacun avec son propre équipement, comme à Sarry.

      Vous écrivez que vous choisiriez aujourd’hui un modèle milieu de gamme ou reconditionné. Avec le recul, quelle durée de vie réelle constatez-vous ? Et comment faites-vous pour les élus dont les hameaux sont mal couverts par le réseau mobile ?
    `,
    author: 'jean-pierre-morel',
    themeSlugs: ['dematerialisation-des-assemblees', 'impact-environnemental-du-numerique'],
    caseStudySlug: 'chalons-en-champagne-tablettes-pour-les-elus',
    daysAgo: 47,
    acceptedReply: 'r1',
    useful: ['bernard-vallet', 'martine-girard', 'sophie-lambert'],
    replies: [
      {
        key: 'r1',
        author: 'nadia-benali',
        body: TABLETS_REPLY,
        hoursAfter: 6,
        useful: [
          'jean-pierre-morel',
          'bernard-vallet',
          'martine-girard',
          'gaelle-le-goff',
          'paul-mercier',
          'sophie-lambert',
        ],
        thanks: ['jean-pierre-morel'],
        edits: [
          TABLETS_REPLY.replace(
            '43 fonctionnent toujours',
            '45 fonctionnent toujours (j’avais d’abord écrit 43 ; chiffre vérifié auprès du service des assemblées)',
          ),
        ],
      },
      {
        key: 'r2',
        author: 'martine-girard',
        body: 'Vu d’une petite commune : à Anost, la convocation électronique du conseil municipal est arrivée sans aucun achat, chacun utilise son ordinateur ou sa tablette, comme dans la fiche de Sarry. Pour le conseil communautaire, en revanche, je préférerais qu’on me prête une tablette plutôt que de lire 300 pages sur mon téléphone. Mais qu’on n’en achète pas pour ceux qui sont déjà équipés.',
        hoursAfter: 20,
        useful: ['nadia-benali', 'jean-pierre-morel'],
      },
      {
        key: 'r3',
        author: 'jean-pierre-morel',
        body: 'Merci, c’est précieux. Vous parlez de six à sept ans : aviez-vous inscrit le renouvellement au budget dès le départ ? C’est la première question que m’a posée notre vice-président aux finances.',
        hoursAfter: 30,
        quotes: 'r1',
      },
      {
        key: 'r4',
        author: 'nadia-benali',
        body: md`
          Non, et c’était une erreur. Nous avons découvert en préparant le budget que le renouvellement de tout le parc tombait la même année. Nous avons donc décidé :

          - de garder les tablettes tant qu’elles fonctionnent, en changeant la batterie quand il le faut (une soixantaine d’euros par appareil chez un réparateur local) ;
          - de ne racheter qu’au fil des pannes, en reconditionné ;
          - de confier les appareils retirés à une association de réemploi.

          Prévoyez plutôt une petite ligne chaque année qu’un gros achat tous les cinq ans : c’est plus facile à défendre, et meilleur pour le bilan environnemental, puisque l’essentiel de l’empreinte d’une tablette vient de sa fabrication.
        `,
        hoursAfter: 52,
        useful: ['jean-pierre-morel', 'bernard-vallet', 'gaelle-le-goff'],
        thanks: ['jean-pierre-morel'],
      },
      {
        key: 'r5',
        author: 'bernard-vallet',
        body: 'Je prends la suite côté intercommunalité : nous allons proposer au bureau une solution mixte. Des tablettes reconditionnées, achetées par le groupement de commandes du service commun informatique, prêtées aux seuls élus qui le demandent, avec une durée d’usage visée de sept ans. Le devis initial de 60 000 € devrait descendre sous les 20 000 €. Merci Nadia, la fiche et vos réponses ont beaucoup aidé.',
        hoursAfter: 80,
        useful: ['jean-pierre-morel', 'martine-girard'],
        thanks: ['nadia-benali'],
      },
    ],
  },
  {
    key: 'monsuivisocial-petits-ccas',
    title:
      'Monsuivisocial : un petit CCAS sans agent dédié peut-il l’utiliser, et qui est responsable des données ?',
    body: md`
      Question aux auteurs de la fiche sur Monsuivisocial.

      Plusieurs maires du Charolais et du Brionnais m’ont interrogée après la présentation de votre outil en réunion départementale. Leurs CCAS sont petits : quelques dizaines de dossiers par an, suivis par la secrétaire de mairie et un ou deux élus.

      Ils se posent trois questions :

      1. L’outil est-il adapté à ce volume, ou faut-il un minimum d’activité pour que cela vaille la peine ?
      2. Qui est responsable des données : la commune, la communauté de communes, l’ANCT ?
      3. Combien de temps faut-il prévoir pour démarrer ?

      Le Département pourrait ensuite relayer l’information auprès des CCAS intéressés.
    `,
    author: 'isabelle-faure',
    themeSlugs: ['action-sociale-et-suivi-des-beneficiaires', 'mutualisation-entre-collectivites'],
    caseStudySlug: 'grand-autunois-morvan-monsuivisocial',
    daysAgo: 33,
    useful: ['sophie-lambert', 'bernard-vallet', 'martine-girard'],
    replies: [
      {
        key: 'r1',
        author: 'vanessa-roche',
        body: md`
          Bonjour, merci pour votre intérêt. Je réponds point par point.

          **1. Le volume.** Parmi les dix CCAS qui ont testé l’outil avec celui d’Autun, plusieurs étaient petits et suivis par la secrétaire de mairie. L’intérêt tient moins au nombre de dossiers qu’au fait que plusieurs personnes suivent les mêmes familles : CCAS, service social intercommunal, accueils de proximité. C’est là que l’historique partagé évite aux habitants de raconter leur histoire trois fois.

          **2. Les données.** Chaque CCAS reste responsable de traitement pour ses bénéficiaires. Nous avons réalisé l’analyse d’impact dès le départ avec le délégué à la protection des données ; ce modèle peut être repris et adapté. Les droits d’accès sont définis par rôle et les durées de conservation sont paramétrées.

          **3. Le démarrage.** Une demi-journée de prise en main, puis un point au bout d’un mois. Le plus long n’est pas l’outil : c’est de décider ensemble ce qu’on saisit, et surtout ce qu’on ne saisit pas.

          Pour les conditions d’accès actuelles, le plus simple est de contacter le pôle solidarités de la communauté de communes par la messagerie Pairs : nous faisons le lien avec l’équipe de l’incubateur de l’ANCT.
        `,
        hoursAfter: 5,
        useful: ['isabelle-faure', 'jean-pierre-morel', 'sophie-lambert', 'martine-girard'],
        thanks: ['isabelle-faure'],
      },
      {
        key: 'r2',
        author: 'jean-pierre-morel',
        body: 'Côté élus, un argument a beaucoup porté : le rapport d’activité du CCAS, qui demandait six jours de travail, se prépare maintenant en une demi-journée. Pour un conseil d’administration de CCAS, disposer enfin de chiffres fiables (personnes accompagnées, réorientations, délais) change la nature des débats. Et la présence du délégué à la protection des données dès le départ a rassuré les agents : c’est ce qui les a décidés à abandonner leurs cahiers.',
        hoursAfter: 26,
        useful: ['isabelle-faure', 'vanessa-roche'],
      },
      {
        key: 'r3',
        author: 'isabelle-faure',
        body: 'Merci à tous les deux. Si je comprends bien, pour un CCAS qui suit seul une trentaine de familles, sans service social intercommunal à côté, l’intérêt serait limité ?',
        hoursAfter: 50,
        quotes: 'r1',
      },
      {
        key: 'r4',
        author: 'vanessa-roche',
        body: md`
          C’est notre constat, avec une nuance. Sur les dix CCAS testeurs, huit ont voulu continuer ; les deux qui ont arrêté suivaient moins d’une vingtaine de dossiers par an, sans autre partenaire. Pour eux, un tableau bien tenu et conforme au RGPD suffisait.

          En revanche, dès qu’il y a un partenaire (un accueil France services, un service intercommunal, une assistante sociale du Département qui tient des permanences), le partage devient utile. La question à poser aux maires est donc : **avec qui partagez-vous déjà le suivi de vos familles ?**
        `,
        hoursAfter: 54,
        useful: ['isabelle-faure', 'martine-girard', 'bernard-vallet'],
        thanks: ['isabelle-faure'],
      },
    ],
  },
  {
    key: 'base-adresse-locale-portee-par-l-intercommunalite',
    title: 'Base adresse locale : l’intercommunalité peut-elle s’en charger pour ses 96 communes ?',
    body: md`
      Dans les Campagnes de l’Artois (96 communes, la plupart de moins de 500 habitants), notre diagnostic du territoire de la demi-heure a fait apparaître un problème inattendu : **une quarantaine de communes** n’ont pas publié leur Base adresse locale, ou seulement en partie. Le transport à la demande, les livreurs et les secours s’y perdent.

      Depuis la loi 3DS, toutes les communes doivent pourtant nommer leurs voies et numéroter leurs adresses. Les maires concernés manquent de temps, pas de volonté. Nous réfléchissons donc à une mission d’appui portée par la communauté de communes.

      - Juridiquement, jusqu’où l’intercommunalité peut-elle aller à la place des communes ?
      - Quel temps de travail faut-il prévoir par commune ?
      - Connaissez-vous une intercommunalité ou un syndicat qui l’a déjà fait ?
    `,
    author: 'thomas-delattre',
    themeSlugs: ['adressage-base-adresse-locale', 'mutualisation-entre-collectivites'],
    daysAgo: 88,
    acceptedReply: 'r6',
    useful: ['martine-girard', 'isabelle-faure', 'paul-mercier', 'vanessa-roche'],
    replies: [
      {
        key: 'r1',
        author: 'martine-girard',
        body: md`
          Ce qui doit rester à la commune : la **dénomination des voies**, par délibération du conseil municipal, et la **numérotation**, qui relève du maire. Tout le reste peut être préparé par quelqu’un d’autre : le repérage sur le terrain, la saisie, la publication.

          À Anost (412 adresses, 58 voies), nous l’avons fait seuls avec l’éditeur gratuit Mes Adresses, en environ 60 heures de secrétariat. Pour une commune de 200 habitants, ce sera bien moins, mais le temps des élus sur le terrain reste incompressible : ce sont eux qui connaissent les lieux-dits.
        `,
        hoursAfter: 3,
        useful: ['thomas-delattre', 'isabelle-faure', 'sophie-lambert'],
      },
      {
        key: 'r2',
        author: 'bernard-vallet',
        body: 'Plusieurs intercommunalités et syndicats le font déjà en devenant partenaires de la charte de la Base adresse locale : ils accompagnent les communes et peuvent publier pour leur compte, la commune restant responsable de ses adresses. La liste des partenaires est sur https://adresse.data.gouv.fr. Chez nous, le service commun informatique a aidé une douzaine de communes à prendre en main l’éditeur, sans faire à leur place.',
        hoursAfter: 8,
        useful: ['thomas-delattre', 'martine-girard', 'sophie-lambert'],
        thanks: ['thomas-delattre'],
      },
      {
        key: 'r3',
        author: 'isabelle-faure',
        body: 'En Saône-et-Loire, le smart diagnostic a montré que 28 % des collectivités n’avaient pas publié leur Base adresse locale. C’est souvent le premier chantier que nous recommandons : peu coûteux, utile tout de suite pour les secours et la fibre. Le Département a aidé plusieurs communes pour les plaques, Anost par exemple à hauteur de 4 000 €. Renseignez-vous auprès du vôtre, et pensez à la DETR.',
        hoursAfter: 22,
        useful: ['thomas-delattre', 'martine-girard'],
      },
      {
        key: 'r4',
        author: 'thomas-delattre',
        body: 'Merci, je ne connaissais pas ce statut de partenaire. Concrètement, comment se passent les délibérations ? L’intercommunalité fournit-elle une délibération type, que chaque conseil adapte ?',
        hoursAfter: 27,
        quotes: 'r2',
      },
      {
        key: 'r5',
        author: 'paul-mercier',
        body: 'Pour information, notre guichet régional finance l’adressage des communes de moins de 2 000 habitants à 50 %, à condition d’avoir réalisé un smart diagnostic.',
        hoursAfter: 31,
        deleted: true,
      },
      {
        key: 'r6',
        author: 'martine-girard',
        body: md`
          Nous avons rédigé notre propre délibération, mais j’aurais rêvé d’un modèle. Les étapes, dans l’ordre :

          1. Un **groupe de travail** de quelques élus et de la secrétaire de mairie, avec des anciens du village pour les noms.
          2. Le **repérage sur le terrain**, hameau par hameau, plan cadastral en main.
          3. La **délibération** nommant les voies : le même modèle peut servir partout, seule la liste change.
          4. L’**arrêté de numérotation** du maire.
          5. La **saisie et la publication** de la Base adresse locale.
          6. Le **courrier aux habitants**, avec les démarches de changement d’adresse.
          7. La **commande des plaques**, seulement après validation de la base : nous avions commandé trop tôt, et douze plaques étaient fausses.

          Pour la numérotation, choisissez la numérotation métrique : le numéro correspond à la distance en mètres depuis le début de la voie, ce qui laisse de la place aux maisons futures.

          Si l’intercommunalité prépare le repérage et la saisie, la commune n’a plus qu’à délibérer et signer. C’est exactement ce qui manque aux petites communes.
        `,
        hoursAfter: 34,
        useful: [
          'thomas-delattre',
          'bernard-vallet',
          'isabelle-faure',
          'sophie-lambert',
          'jean-pierre-morel',
          'paul-mercier',
          'vanessa-roche',
        ],
        thanks: ['thomas-delattre', 'isabelle-faure'],
      },
      {
        key: 'r7',
        author: 'sophie-lambert',
        body: 'Pour ceux qui découvrent le sujet, la fiche d’Anost détaille le calendrier et le coût complet, environ 52 € par adresse, plaques comprises. Elle est rattachée à la thématique Adressage.',
        hoursAfter: 40,
        useful: ['thomas-delattre'],
      },
      {
        key: 'r8',
        author: 'vanessa-roche',
        body: 'Un argument complémentaire, côté action sociale : nos agents qui font des visites à domicile perdaient un temps fou dans les hameaux sans adresse précise, et les services d’aide à domicile aussi. Depuis que plusieurs communes ont fait leur adressage, les tournées sont bien plus fiables. C’est à dire aux maires qui pensent que l’adressage, c’est « juste pour la fibre ».',
        hoursAfter: 75,
        useful: ['martine-girard', 'thomas-delattre', 'jean-pierre-morel'],
      },
      {
        key: 'r9',
        author: 'thomas-delattre',
        body: md`
          Point d’étape : le bureau communautaire a validé hier une **mission d’appui à l’adressage** sur 18 mois.

          - Une chargée de mission à mi-temps fera le repérage avec les élus, puis la saisie.
          - Chaque commune garde sa délibération et son arrêté ; nous fournissons les modèles.
          - Budget estimé : 32 000 €, dont une partie demandée au titre de la DETR.

          Nous partons du déroulé proposé par Martine.
        `,
        hoursAfter: 400,
        thanks: ['martine-girard', 'bernard-vallet'],
        useful: ['isabelle-faure'],
      },
      {
        key: 'r10',
        author: 'bernard-vallet',
        body: 'Bonne nouvelle. Un conseil tiré de notre expérience : prévenez l’opérateur de la fibre dès le départ et transmettez-lui l’ordre dans lequel vous traiterez les communes. À Anost, les quelque 70 logements qu’il jugeait introuvables sont devenus raccordables dès la publication des adresses.',
        hoursAfter: 430,
        quotes: 'r9',
        useful: ['thomas-delattre'],
      },
      {
        key: 'r11',
        author: 'thomas-delattre',
        body: 'Merci à tous. Je marque la réponse de Martine comme acceptée : c’est elle qui a structuré notre mission. Je reviendrai avec un bilan des premières communes.',
        hoursAfter: 460,
        thanks: ['martine-girard'],
      },
    ],
  },
  {
    key: 'aidants-connect-accueils-de-proximite',
    title:
      'Aidants Connect dans nos accueils de proximité : combien de temps pour démarrer, et avec quels agents ?',
    body: md`
      Dans les trois accueils de proximité de la communauté de communes, les agents aident de plus en plus d’habitants à faire leurs démarches en ligne : allocations familiales, impôts, titres. Nous savons que certains le font avec les identifiants des usagers, notés sur un carnet ou retenus de tête. Ce n’est tenable ni pour les habitants ni pour les agents.

      J’ai lu la fiche de Digoin. Avant de proposer Aidants Connect au bureau communautaire :

      - combien de temps a pris l’habilitation, entre la décision et le premier mandat ?
      - avez-vous désigné des agents dédiés, ou tous les agents d’accueil sont-ils aidants ?
      - comment éviter que les personnes deviennent dépendantes de l’accueil ?
    `,
    author: 'vanessa-roche',
    themeSlugs: ['inclusion-numerique-aidants-connect', 'action-sociale-et-suivi-des-beneficiaires'],
    daysAgo: 41,
    acceptedReply: 'r1',
    useful: ['jean-pierre-morel', 'martine-girard', 'sophie-lambert'],
    replies: [
      {
        key: 'r1',
        author: 'isabelle-faure',
        body: md`
          À Digoin, entre la décision en bureau municipal et les premiers mandats, il s’est écoulé **trois mois** : habilitation de la structure, désignation d’un responsable, formation des aidants.

          **Les agents** : six aidants formés, parmi les sept qui aidaient déjà sans le dire. Pas de recrutement, mais du temps reconnu : l’accueil se fait sur rendez-vous, avec deux demi-journées sans rendez-vous. Comptez 22 minutes en moyenne par démarche.

          **La dépendance** : c’est le vrai risque. Chaque personne aidée se voit proposer un atelier avec le conseiller numérique ; une sur quatre y va, et une soixantaine de personnes font désormais seules leurs démarches courantes.

          La procédure d’habilitation est expliquée sur https://aidantsconnect.beta.gouv.fr.
        `,
        hoursAfter: 6,
        useful: [
          'vanessa-roche',
          'jean-pierre-morel',
          'martine-girard',
          'gaelle-le-goff',
          'sophie-lambert',
          'bernard-vallet',
        ],
        thanks: ['vanessa-roche'],
      },
      {
        key: 'r2',
        author: 'gaelle-le-goff',
        body: 'À Rennes, l’un de nos six principes est de toujours garder une alternative humaine à une démarche en ligne. Aidants Connect est un bon outil pour cela, mais ne le laissez pas devenir la seule porte d’entrée : certaines personnes ne pourront jamais utiliser FranceConnect. Gardez un accueil sans condition.',
        hoursAfter: 24,
        useful: ['vanessa-roche', 'isabelle-faure'],
      },
      {
        key: 'r3',
        author: 'vanessa-roche',
        body: 'Justement : que faites-vous pour une personne qui n’a aucun identifiant FranceConnect ? C’est fréquent chez nos publics les plus âgés.',
        hoursAfter: 30,
        quotes: 'r2',
      },
      {
        key: 'r4',
        author: 'isabelle-faure',
        body: md`
          Le mandat repose sur une connexion de la personne à FranceConnect, avec l’un de ses comptes existants (impôts, assurance maladie…). Sans aucun compte, la première séance consiste à en créer un avec elle ; le mandat devient possible ensuite.

          Pour les personnes qui ne pourront jamais s’en servir, Aidants Connect n’est pas la bonne réponse : il faut les orienter vers un accompagnement social classique ou vers les services qui reçoivent encore au guichet.
        `,
        hoursAfter: 33,
        useful: ['vanessa-roche', 'jean-pierre-morel', 'gaelle-le-goff'],
        thanks: ['vanessa-roche'],
      },
    ],
  },
  {
    key: 'capteurs-gratuits-eclairage-public-donnees',
    title:
      'Des capteurs « gratuits » sur nos lampadaires contre l’exploitation des données : que répondre aux maires démarchés ?',
    body: md`
      Plusieurs maires de petites communes du Grand Est m’ont signalé la même démarche commerciale : un industriel propose d’installer gratuitement des capteurs sur les lampadaires (comptage de passages, qualité de l’air, bruit), en échange du droit d’exploiter les données pendant **douze ans**. L’offre comprend un tableau de bord pour la mairie.

      Certains sont tentés : c’est « gratuit », et cela donne l’image d’une commune moderne. D’autres se méfient sans savoir formuler pourquoi.

      Je ne cherche pas à désigner une entreprise, mais à aider ces maires à poser les bonnes questions avant de signer. Quels points de vigilance avez-vous rencontrés ?
    `,
    author: 'paul-mercier',
    themeSlugs: ['numerique-responsable', 'eclairage-public', 'maturite-numerique-smart-diagnostic'],
    daysAgo: 56,
    locked: true,
    useful: ['marc-olivier', 'gaelle-le-goff', 'isabelle-faure', 'bernard-vallet', 'martine-girard'],
    replies: [
      {
        key: 'r1',
        author: 'marc-olivier',
        body: md`
          Ce n’est pas gratuit, au mieux différé. Notre expérience de la régulation sur 600 points à Draguignan : capteurs, passerelles, abonnements télécom et serveur de supervision ont un coût de fonctionnement, et doivent être renouvelés tous les 8 à 10 ans. Une convention de douze ans dépasse donc la durée de vie du matériel : qui paiera le remplacement ?

          Les questions à poser :

          - qui est propriétaire des capteurs, et des données ?
          - que se passe-t-il à la fin du contrat, ou si l’entreprise disparaît ?
          - la commune peut-elle récupérer ses données dans un format ouvert ?
          - qui paie l’électricité et la maintenance ?
          - quelle est la pénalité de sortie ?
        `,
        hoursAfter: 5,
        useful: [
          'paul-mercier',
          'gaelle-le-goff',
          'isabelle-faure',
          'martine-girard',
          'bernard-vallet',
          'thomas-delattre',
          'sophie-lambert',
        ],
        thanks: ['paul-mercier'],
      },
      {
        key: 'r2',
        author: 'gaelle-le-goff',
        body: md`
          Deux principes de notre stratégie rennaise s’appliquent directement.

          **Protecteur** : un capteur de comptage peut collecter des données personnelles (images, identifiants de téléphones). Exigez de savoir exactement ce qui est mesuré et faites vérifier par votre délégué à la protection des données ; une analyse d’impact peut être obligatoire.

          **Ouvert** : les données produites dans l’espace public devraient pouvoir être réutilisées par la commune, et si possible publiées. Une exclusivité de douze ans, c’est l’inverse.
        `,
        hoursAfter: 9,
        useful: ['paul-mercier', 'marc-olivier', 'sophie-lambert'],
      },
      {
        key: 'r3',
        author: 'isabelle-faure',
        body: 'Le smart diagnostic a aidé plusieurs communes de Saône-et-Loire à dire non à ce type d’offre : une fois leurs priorités posées (sauvegarde, sécurité, adressage), les capteurs ne répondaient à aucun besoin identifié. La bonne question à poser au maire : **quelle décision prendrez-vous grâce à ces données ?** S’il n’y a pas de réponse, il n’y a pas de besoin.',
        hoursAfter: 20,
        useful: ['paul-mercier', 'martine-girard'],
      },
      {
        key: 'r4',
        author: 'thomas-delattre',
        body: 'Côté aménagement, les données de comptage peuvent être utiles, mais ponctuellement. Pour notre diagnostic du territoire de la demi-heure, des comptages temporaires de deux semaines, loués avec leur analyse, ont suffi. Nul besoin de capteurs permanents pendant douze ans.',
        hoursAfter: 28,
        useful: ['paul-mercier', 'isabelle-faure'],
      },
      {
        key: 'r5',
        author: 'martine-girard',
        body: 'On m’a fait une proposition très proche à Anost. Le commercial m’a assuré que c’était « soutenu par la Région ». Est-ce plausible ?',
        hoursAfter: 46,
      },
      {
        key: 'r6',
        author: 'paul-mercier',
        body: 'Je ne peux répondre que pour le Grand Est, où aucun dispositif régional ne finance ce type d’offre ; votre commune est en Bourgogne-Franche-Comté. Mais le réflexe vaut partout : si un démarcheur se prévaut d’un soutien public, demandez-lui la référence écrite de la décision ou du dispositif. C’est un excellent test.',
        hoursAfter: 50,
        useful: ['martine-girard', 'bernard-vallet'],
        thanks: ['martine-girard'],
      },
      {
        key: 'r7',
        author: 'bernard-vallet',
        body: 'Dans notre intercommunalité, une commune a signé ce genre de convention avant de nous en parler. Le tableau de bord a fonctionné un an ; depuis, la société facture la maintenance des capteurs, ce que permettait une clause que personne n’avait lue. Faites relire toute convention de ce type par le service juridique de l’intercommunalité ou par le centre de gestion avant de signer.',
        hoursAfter: 70,
        useful: ['paul-mercier', 'marc-olivier', 'martine-girard'],
      },
      {
        key: 'r8',
        author: 'jean-pierre-morel',
        body: 'Soyons lucides : si des industriels démarchent les maires, c’est parce que l’État et les Régions ont laissé les petites communes seules face au numérique. On baisse les dotations, puis on s’étonne que des maires acceptent tout ce qui se présente comme gratuit.',
        hoursAfter: 96,
      },
      {
        key: 'r9',
        author: 'paul-mercier',
        body: 'Je ne peux pas laisser dire cela. Ma Région a ouvert un guichet d’aides réservé aux communes de moins de 2 000 habitants, et ceux qui dénoncent aujourd’hui l’abandon des territoires ne l’ont pas voté. On ne peut pas tout mettre sur le dos des autres collectivités.',
        hoursAfter: 101,
        quotes: 'r8',
      },
      {
        key: 'r10',
        author: 'sophie-lambert',
        body: md`
          Je ferme ce fil. Les premières réponses répondent très bien à la question posée ; les deux derniers messages glissent vers un débat sur les politiques de l’État et des Régions, qui a sa place ailleurs, mais pas ici.

          Pour les maires démarchés, voici ce qu’on peut retenir :

          - **ce n’est jamais gratuit** : maintenance, abonnements et renouvellement du matériel finissent par être facturés ;
          - **propriété et réversibilité** : capteurs, données, format de restitution, fin de contrat et pénalités de sortie doivent être écrits ;
          - **RGPD** : savoir ce qui est collecté et faire vérifier par le délégué à la protection des données ;
          - **un besoin d’abord** : quelle décision ces données permettront-elles de prendre ?
          - **une relecture juridique** par l’intercommunalité ou le centre de gestion avant toute signature.

          La fiche de Draguignan montre bien ce qu’apportent les LED et ce qu’apporte, ou non, la régulation. Merci à chacun de garder ce ton d’entraide dans les autres fils.
        `,
        hoursAfter: 104,
        useful: ['isabelle-faure', 'bernard-vallet', 'martine-girard'],
        thanks: ['paul-mercier', 'marc-olivier', 'gaelle-le-goff'],
      },
    ],
  },
  {
    key: 'vote-electronique-en-seance',
    title: 'Vote électronique en séance du conseil municipal : boîtiers, application ou main levée ?',
    body: md`
      Depuis l’arrivée des tablettes, une partie de nos 49 élus demande que les votes en séance soient eux aussi électroniques : résultats affichés immédiatement, nom des votants consigné sans erreur dans le procès-verbal. D’autres tiennent au vote à main levée, plus lisible pour le public présent et pour ceux qui suivent la retransmission.

      Avant d’en débattre en commission, je cherche des retours concrets :

      - boîtiers de vote dédiés ou application sur les tablettes ? Pour quel coût ?
      - comment gérez-vous les pouvoirs et les élus qui arrivent en cours de séance ?
      - que faites-vous en cas de panne en pleine séance ?
      - et pour les votes à bulletin secret, comme les nominations ?

      Les retours de villes moyennes m’intéressent, mais aussi ceux des petites communes.
    `,
    author: 'nadia-benali',
    themeSlugs: ['dematerialisation-des-assemblees'],
    daysAgo: 2,
    useful: ['paul-mercier', 'jean-pierre-morel'],
    replies: [],
  },
  {
    key: 'visio-permanences-en-mairie-rurale',
    title:
      'Visio-permanences en mairie : combien de rendez-vous réels, et comment éviter qu’elles remplacent les guichets ?',
    body: md`
      Au Grand Autunois Morvan, plusieurs maires des communes les plus éloignées d’Autun, à 25 ou 40 minutes de route, demandent des permanences de la caisse d’allocations familiales, de la caisse de retraite ou de France Travail. Les organismes ne viendront pas physiquement.

      L’idée d’équiper quelques mairies pour des rendez-vous en visio revient souvent, mais deux objections reviennent en bureau :

      - est-ce que quelqu’un s’en servira vraiment ?
      - est-ce que ce n’est pas la porte ouverte à la fermeture des derniers guichets ?

      J’ai lu la fiche des Campagnes de l’Artois. Je suis preneur de chiffres de fréquentation et de conseils d’organisation : qui accueille la personne, à quelle fréquence, avec quel matériel.
    `,
    author: 'bernard-vallet',
    themeSlugs: ['territoire-de-la-demi-heure', 'inclusion-numerique-aidants-connect'],
    daysAgo: 27,
    useful: ['martine-girard', 'isabelle-faure', 'paul-mercier', 'vanessa-roche'],
    replies: [
      {
        key: 'r1',
        author: 'thomas-delattre',
        body: md`
          Nos chiffres : **4 visio-permanences** ouvertes en mairie, **310 rendez-vous** la première année, surtout pour les allocations familiales, la retraite et l’emploi. Elles sont installées là où la cartographie montrait que les habitants sans voiture étaient à plus de trente minutes des services.

          - **Organisation** : un créneau par semaine et par mairie, sur rendez-vous pris par l’organisme ou par la mairie. La secrétaire ou un bénévole formé installe la personne et reste à proximité pour les documents à numériser.
          - **Matériel** : un kit simple et réparable (écran, caméra, micro, scanner), dans une pièce fermée pour la confidentialité.
          - **Garde-fou** : le plan d’actions écrit noir sur blanc que la visio complète l’accueil physique et ne le remplace pas. Les élus l’ont voté avant l’achat du premier kit.
        `,
        hoursAfter: 8,
        useful: [
          'bernard-vallet',
          'martine-girard',
          'paul-mercier',
          'isabelle-faure',
          'vanessa-roche',
          'sophie-lambert',
        ],
        thanks: ['bernard-vallet'],
      },
      {
        key: 'r2',
        author: 'martine-girard',
        body: 'À Anost, la mairie est ouverte trois demi-journées par semaine et la secrétaire ne peut pas rester une heure à côté d’un usager. Si une permanence ouvrait chez nous, il faudrait un bénévole ou le conseiller numérique. L’idée me plaît, mais sans personne pour accueillir, ce serait une salle vide avec un écran.',
        hoursAfter: 20,
        useful: ['bernard-vallet', 'isabelle-faure'],
      },
      {
        key: 'r3',
        author: 'isabelle-faure',
        body: 'Les conseillers numériques du Département et des intercommunalités peuvent assurer l’accueil sur certains créneaux, à condition de caler leurs tournées sur les permanences. Pensez aussi au transport à la demande : une permanence à 15 km ne sert à rien à un habitant sans voiture s’il ne peut pas s’y rendre.',
        hoursAfter: 26,
        useful: ['bernard-vallet', 'martine-girard', 'thomas-delattre'],
      },
      {
        key: 'r4',
        author: 'bernard-vallet',
        body: '310 rendez-vous pour 4 mairies, cela fait à peu près un rendez-vous et demi par semaine et par mairie. C’est peu, ou c’est déjà bien ? Je sais que la question me sera posée en bureau.',
        hoursAfter: 31,
        quotes: 'r1',
      },
      {
        key: 'r5',
        author: 'thomas-delattre',
        body: VISIO_REPLY,
        hoursAfter: 36,
        useful: ['bernard-vallet', 'paul-mercier', 'jean-pierre-morel'],
        thanks: ['bernard-vallet'],
        edits: [
          `${VISIO_REPLY}\n\n**Précision** : la mairie la plus fréquentée est passée à trois rendez-vous par semaine au bout d’un an, la moins fréquentée est restée autour d’un. Nous envisageons de déplacer ce dernier kit plutôt que d’en acheter un nouveau.`,
        ],
      },
    ],
  },
  {
    key: 'service-commun-informatique-cotisation',
    title:
      'Service informatique commun pour les petites communes de l’agglomération : comment fixer la cotisation ?',
    body: md`
      Notre agglomération compte une vingtaine de communes, dont beaucoup de moins de 1 000 habitants dans le haut Var. Ces mairies n’ont ni informaticien ni délégué à la protection des données, et la plupart dépendent d’un prestataire qui facture chaque déplacement. Draguignan, ville-centre, a une direction informatique qui pourrait porter un service commun ; on m’a demandé de recueillir des retours avant la conférence des maires.

      J’ai lu la fiche du Grand Autunois Morvan. Les questions qui reviennent :

      - comment fixer une cotisation juste entre une ville de 40 000 habitants et une commune de 200 ?
      - combien d’agents pour démarrer ?
      - comment rassurer les maires qui ont peur de perdre la main sur leurs équipements ?
    `,
    author: 'marc-olivier',
    themeSlugs: ['mutualisation-entre-collectivites', 'financements-et-aides'],
    daysAgo: 71,
    acceptedReply: 'r1',
    useful: ['bernard-vallet', 'martine-girard', 'sophie-lambert', 'nadia-benali'],
    replies: [
      {
        key: 'r1',
        author: 'bernard-vallet',
        body: md`
          Voici ce que nous avons appris en trois ans :

          - **La cotisation** : un montant par habitant avec un plancher, pour que les plus petites communes ne paient pas plus que le service rendu. Elle est votée une fois pour trois ans, ce qui évite de rouvrir le débat chaque année. La ville-centre, qui a ses propres services, peut adhérer pour une partie seulement, par exemple la protection des données.
          - **Le dimensionnement** : nous avons démarré avec un technicien itinérant et un délégué à la protection des données à 30 %. Le technicien a été saturé dès la première année ; prévoyez plutôt un temps et demi.
          - **La confiance** : écrivez dans la délibération que chaque commune reste propriétaire de ses équipements et libre de quitter le service. C’est ce qui a levé la plupart des réticences. Un comité des utilisateurs réunit les secrétaires de mairie deux fois par an.

          Résultats : 38 communes sur 55 ont adhéré en trois ans, et le délai moyen de résolution d’une panne est passé de 9 jours à 1,5 jour.
        `,
        hoursAfter: 10,
        useful: [
          'marc-olivier',
          'martine-girard',
          'nadia-benali',
          'sophie-lambert',
          'isabelle-faure',
          'paul-mercier',
          'gaelle-le-goff',
        ],
        thanks: ['marc-olivier'],
      },
      {
        key: 'r2',
        author: 'martine-girard',
        body: 'Je confirme du côté des petites communes. Pour Anost, la cotisation coûte moins que notre ancien contrat de maintenance, et nous avons enfin une sauvegarde externalisée quotidienne. Surtout, la secrétaire de mairie n’est plus seule : elle appelle l’assistance au lieu de m’appeler le dimanche. Le comité des utilisateurs compte beaucoup, c’est là que les secrétaires disent ce qui ne va pas.',
        hoursAfter: 28,
        useful: ['marc-olivier', 'bernard-vallet', 'nadia-benali'],
        thanks: ['marc-olivier'],
      },
      {
        key: 'r3',
        author: 'sophie-lambert',
        body: 'Avant de tout créer, regardez ce qui existe déjà autour de vous : dans beaucoup de départements, un syndicat mixte informatique ou le centre de gestion propose une partie de ces services (protection des données mutualisée, logiciels de gestion, assistance). Un service commun peut s’appuyer sur eux plutôt que tout refaire. Le volet « ressources locales » du smart diagnostic aide à faire ce repérage.',
        hoursAfter: 50,
        useful: ['marc-olivier', 'bernard-vallet', 'isabelle-faure'],
      },
      {
        key: 'r4',
        author: 'marc-olivier',
        body: 'Merci à tous. Présentation faite hier en conférence des maires, avec vos chiffres : le principe d’une cotisation par habitant avec plancher, votée pour trois ans, a été retenu. Une étude des besoins va commencer, en interrogeant d’abord les secrétaires de mairie. Je marque la réponse de Bernard comme acceptée.',
        hoursAfter: 150,
        thanks: ['bernard-vallet', 'martine-girard'],
      },
    ],
  },
  {
    key: 'smart-diagnostic-passer-aux-actes',
    title: 'Smart diagnostic réalisé : comment passer aux actes dans une commune sans budget numérique ?',
    body: md`
      Nous avons fait le smart diagnostic en atelier avec le Département, en binôme avec notre secrétaire de mairie. Sur la sauvegarde et la protection des données, tout va bien grâce au service commun de l’intercommunalité ; l’adressage est fait depuis 2022.

      Restent trois points faibles :

      - notre site internet n’est pas accessible aux personnes handicapées, et il date de 2014 ;
      - rien n’est organisé pour les habitants éloignés du numérique, sinon la bonne volonté de la secrétaire ;
      - la sobriété : nous ne nous sommes jamais posé la question de la durée de vie de nos équipements.

      Notre budget d’investissement pour le numérique tient en quelques milliers d’euros par an. Par quoi commenceriez-vous, et avec quelles aides ?
    `,
    author: 'martine-girard',
    themeSlugs: ['maturite-numerique-smart-diagnostic', 'financements-et-aides'],
    daysAgo: 19,
    useful: ['bernard-vallet', 'isabelle-faure', 'sophie-lambert'],
    replies: [
      {
        key: 'r1',
        author: 'isabelle-faure',
        body: md`
          Merci d’avoir joué le jeu du diagnostic. Mon conseil : **une action par an**, pas trois.

          Je commencerais par l’accueil des habitants éloignés du numérique, qui coûte surtout du temps : une permanence mensuelle du conseiller numérique en mairie ne demande aucun achat. Le site peut attendre une refonte mutualisée, plusieurs intercommunalités proposent des sites communaux accessibles sur un modèle commun.

          L’annuaire des 34 ressources locales joint à votre restitution indique les conseillers numériques de votre secteur.
        `,
        hoursAfter: 20,
        useful: ['martine-girard', 'sophie-lambert', 'bernard-vallet'],
        thanks: ['martine-girard'],
      },
      {
        key: 'r2',
        author: 'sophie-lambert',
        body: md`
          Pour les aides, l’annuaire Aides-territoires (https://aides-territoires.beta.gouv.fr) permet de filtrer par commune et par thème ; il recense plus de 180 dispositifs pour le numérique. Ne visez pas les appels à projets qui demandent vingt pages de dossier pour 3 000 € : pour une commune de votre taille, la DETR et l’aide départementale restent les plus simples.

          Quant à la sobriété, il n’y a rien à acheter : décider en conseil de garder les postes sept ans et de réparer avant de remplacer suffit pour commencer.
        `,
        hoursAfter: 30,
        useful: ['martine-girard', 'isabelle-faure', 'paul-mercier'],
      },
      {
        key: 'r3',
        author: 'bernard-vallet',
        body: 'Sur le site internet, je note la demande : deux autres communes du territoire ont le même problème. Je propose au prochain comité des utilisateurs du service commun d’étudier un modèle de site accessible commun, avec un coût partagé. Je vous tiens au courant.',
        hoursAfter: 75,
        useful: ['isabelle-faure'],
        thanks: ['martine-girard'],
      },
    ],
  },
  {
    key: 'ordinateurs-sept-ans-au-lieu-de-cinq',
    title: 'Garder les ordinateurs des services sept ans au lieu de cinq : comment l’avez-vous organisé ?',
    body: md`
      Le bilan de nos tablettes d’élus nous a appris que la fabrication pèse plus lourd que l’usage. La question se pose maintenant pour les quelque 600 postes des services de la ville.

      Notre plan prévoit un remplacement tous les cinq ans, soit environ 120 postes par an, pour un budget de l’ordre de 110 000 €. Je voudrais proposer de passer à sept ans, mais les objections arrivent déjà : machines lentes, garanties terminées, mises à jour de sécurité, agents mécontents.

      Ceux qui l’ont fait : qu’avez-vous changé concrètement ?
    `,
    author: 'nadia-benali',
    themeSlugs: ['numerique-responsable', 'impact-environnemental-du-numerique'],
    daysAgo: 5,
    useful: ['gaelle-le-goff', 'marc-olivier', 'bernard-vallet', 'paul-mercier'],
    replies: [
      {
        key: 'r1',
        author: 'gaelle-le-goff',
        body: md`
          À Rennes, nous sommes passés de 5 à 7 ans sur environ 4 000 postes, ce qui évite l’achat d’environ 230 machines par an. Ce qui a fonctionné :

          - **une remise à niveau à mi-vie** : disque SSD et mémoire supplémentaire, quelques dizaines d’euros par poste, et la machine retrouve sa vitesse ;
          - **une extension de garantie** négociée dans le marché dès l’achat ;
          - **un quart des achats en reconditionné** pour les usages bureautiques simples ;
          - **des exceptions assumées** : les postes de dessin ou de cartographie sont renouvelés plus tôt, et leurs anciennes machines passent à des usages plus légers.

          L’argument qui a convaincu : pour un ordinateur, la fabrication pèse bien plus que l’électricité consommée pendant toute sa vie.
        `,
        hoursAfter: 4,
        useful: ['nadia-benali', 'marc-olivier', 'bernard-vallet', 'paul-mercier', 'sophie-lambert'],
        thanks: ['nadia-benali'],
      },
      {
        key: 'r2',
        author: 'bernard-vallet',
        body: 'Même logique dans notre service commun, à une échelle bien plus petite : le technicien répare et reconfigure avant de remplacer, et 40 % des postes achetés en groupement étaient reconditionnés, avec une garantie équivalente. La durée d’usage visée est passée de 5 à 7 ans. La clé, c’est d’avoir quelqu’un qui a le temps de réparer ; sinon, on remplace par facilité.',
        hoursAfter: 10,
        useful: ['nadia-benali', 'gaelle-le-goff'],
      },
      {
        key: 'r3',
        author: 'marc-olivier',
        body: 'À Draguignan, nous avons testé la remise à niveau sur 40 postes de plus de cinq ans : environ 70 € par poste pour le SSD et la mémoire, contre 800 € pour un poste neuf équivalent. Les agents ne voyaient plus la différence. Le plus dur a été de convaincre les chefs de service, pas les agents.',
        hoursAfter: 27,
        useful: ['nadia-benali', 'gaelle-le-goff', 'bernard-vallet'],
      },
      {
        key: 'r4',
        author: 'nadia-benali',
        body: 'Merci, c’est très concret. Comment avez-vous géré les postes incompatibles avec la dernière version du système d’exploitation ? C’est l’objection numéro un de notre direction informatique : une partie de notre parc ne pourra pas passer à Windows 11.',
        hoursAfter: 50,
        quotes: 'r1',
      },
      {
        key: 'r5',
        author: 'gaelle-le-goff',
        body: md`
          C’est le vrai sujet, et nous n’avons pas de solution unique :

          - une partie des postes incompatibles a été réaffectée à des usages qui tiennent dans un navigateur, sous un système libre, notamment dans les salles de formation ;
          - d’autres ont été donnés, après effacement certifié des données, à des associations de médiation numérique ;
          - les postes les plus sensibles ont été remplacés en priorité, en reconditionné quand c’était possible.

          Ce qu’il ne faut pas faire : garder sur le réseau de la ville des postes qui ne reçoivent plus de mises à jour de sécurité. La sobriété ne doit pas se payer en risque informatique.
        `,
        hoursAfter: 68,
        useful: ['nadia-benali', 'marc-olivier', 'isabelle-faure'],
        thanks: ['nadia-benali'],
      },
      {
        key: 'r6',
        author: 'isabelle-faure',
        body: 'Au Département, nous avons ajouté dans nos marchés un lot de postes reconditionnés et une clause de disponibilité des pièces détachées pendant sept ans. Les fournisseurs ont répondu sans difficulté. Si cela vous est utile, notre service des achats peut partager ses clauses avec celui de Châlons-en-Champagne ; écrivez-moi par la messagerie Pairs.',
        hoursAfter: 100,
        thanks: ['nadia-benali'],
      },
    ],
  },
  {
    key: 'empreinte-carbone-numerique-methode',
    title:
      'Mesurer l’empreinte carbone du numérique d’une ville : quelle méthode et quel périmètre avez-vous retenus ?',
    body: md`
      Notre stratégie de numérique responsable a trois ans, et le bilan annuel bute toujours sur la même limite : nous n’avons pas d’empreinte carbone complète du numérique de la ville.

      Nous savons compter les postes de travail et leur durée d’usage, beaucoup moins le reste : serveurs et hébergement externalisé, téléphonie, impressions, logiciels en ligne, équipements des écoles.

      Avant de lancer une étude, j’aimerais savoir comment d’autres collectivités s’y sont prises :

      - quel périmètre : les équipements seuls, ou aussi les services en ligne et les usages ?
      - avec quels facteurs d’émission : la Base Empreinte de l’ADEME, les données des fournisseurs ?
      - en interne ou avec un bureau d’études, et pour quel coût ?
      - et surtout, **qu’en avez-vous fait ensuite** ? Un chiffre sans décision derrière ne m’intéresse pas beaucoup.
    `,
    author: 'gaelle-le-goff',
    themeSlugs: ['impact-environnemental-du-numerique', 'numerique-responsable'],
    daysAgo: 6,
    useful: ['nadia-benali', 'marc-olivier', 'sophie-lambert'],
    replies: [],
  },
  {
    key: 'criteres-aides-regionales-numerique-petites-communes',
    title:
      'Aides régionales au numérique des petites communes : quels critères vous seraient vraiment utiles ?',
    body: md`
      Dans le Grand Est, la première période de notre guichet d’aides pour les communes de moins de 2 000 habitants s’est achevée fin 2025. La commission aménagement du territoire prépare la suivante, et je voudrais y porter la parole des élus de terrain, pas seulement celle des services.

      Les pistes en discussion :

      - relever le plafond de 2 000 habitants, pour inclure les bourgs-centres qui portent des services pour tout un bassin de vie ;
      - garder la condition d’un smart diagnostic préalable, ou l’alléger pour les plus petites communes ;
      - maintenir un bonus pour les projets mutualisés et les équipements reconditionnés ;
      - ajouter un indicateur d’empreinte environnementale des projets.

      Qu’est-ce qui vous a freinés, vous ou votre secrétaire de mairie, pour déposer un dossier d’aide au numérique ? Et qu’est-ce qui vous aurait fait gagner du temps ?
    `,
    author: 'paul-mercier',
    themeSlugs: ['financements-et-aides', 'mutualisation-entre-collectivites'],
    daysAgo: 3,
    useful: ['martine-girard', 'bernard-vallet'],
    replies: [],
  },
  // ------------------------------------------------------------------ in groups
  {
    key: 'demi-heure-conseil-municipal-sceptique',
    title: 'Présenter la « demi-heure » à un conseil municipal qui n’y croit pas',
    body: md`
      Entre nous : mon conseil municipal pense que la « ville du quart d’heure » est une affaire de grandes villes, et que chez nous, tout est à vingt minutes de voiture de toute façon.

      Je voudrais présenter la démarche de la demi-heure au prochain conseil sans me faire renvoyer dans mes buts. Comment l’avez-vous amenée ? Par une carte, par un exemple concret, par les habitants sans voiture ?
    `,
    author: 'martine-girard',
    groupSlug: 'elus-ruraux-et-demi-heure',
    themeSlugs: ['territoire-de-la-demi-heure'],
    daysAgo: 9,
    useful: ['bernard-vallet'],
    acceptedReply: 'r1',
    replies: [
      {
        key: 'r1',
        author: 'thomas-delattre',
        hoursAfter: 5,
        body: md`
          Ce qui marche le mieux dans nos réunions : partir des personnes sans voiture (un jeune sans permis, une personne âgée qui ne conduit plus) et montrer sur une carte ce qui leur est accessible en trente minutes, à pied, à vélo ou en transport à la demande.

          Le débat n’est plus « faut-il une démarche de proximité » mais « qui laissons-nous à plus d’une demi-heure de la pharmacie ». Nous pouvons vous préparer la carte de votre commune pour le conseil.
        `,
        useful: ['martine-girard', 'bernard-vallet'],
      },
      {
        key: 'r2',
        author: 'bernard-vallet',
        hoursAfter: 30,
        body: md`
          Chez nous, c’est le transport à la demande qui a convaincu : les élus voyaient bien les réservations du mardi matin, jour de marché. Partir d’un service qui existe déjà rassure plus qu’un concept.
        `,
        thanks: ['martine-girard'],
      },
    ],
  },
  {
    key: 'convention-partage-outil-suivi-ccas',
    title: 'Partager l’outil de suivi social avec un CCAS voisin : quelle convention avez-vous signée ?',
    body: md`
      Le CCAS d’une commune voisine voudrait utiliser notre outil de suivi des bénéficiaires. Avant de dire oui, je voudrais savoir ce que vous avez signé entre structures : convention de mutualisation, répartition des coûts, qui est responsable de traitement au sens du RGPD ?

      Je préfère en parler ici, entre nous, avant que le sujet arrive en conseil d’administration.
    `,
    author: 'jean-pierre-morel',
    groupSlug: 'suivi-social-mutualise-entre-ccas',
    themeSlugs: ['action-sociale-et-suivi-des-beneficiaires', 'mutualisation-entre-collectivites'],
    daysAgo: 14,
    acceptedReply: 'r1',
    replies: [
      {
        key: 'r1',
        author: 'vanessa-roche',
        hoursAfter: 20,
        body: md`
          Nous avons signé une convention simple : chaque CCAS reste responsable de traitement pour ses bénéficiaires, la communauté de communes est sous-traitante pour l’hébergement et la maintenance. Les coûts sont répartis au nombre d’agents utilisateurs.

          Le point qui a demandé le plus de temps : qui peut voir quels dossiers. Chaque CCAS ne voit que les siens, c’est écrit noir sur blanc dans la convention et vérifié dans l’outil.
        `,
        useful: ['jean-pierre-morel', 'martine-girard'],
      },
      {
        key: 'r2',
        author: 'martine-girard',
        hoursAfter: 52,
        quotes: 'r1',
        body: md`
          Même question de notre côté, pour un tout petit CCAS : la répartition au nombre d’agents nous arrange, nous n’avons qu’une personne à mi-temps sur le suivi.
        `,
      },
    ],
  },
  {
    key: 'reemploi-ordinateurs-communes-bourgogne',
    title: 'Mutualiser le réemploi des ordinateurs entre communes : qui s’en occupe chez vous ?',
    body: md`
      Plusieurs mairies de Saône-et-Loire jettent encore des postes de travail qui pourraient servir à une école ou à une association. Nous réfléchissons à une collecte commune avec reconditionnement local.

      Avez-vous déjà organisé ce circuit à l’échelle d’une intercommunalité ou d’un département ? Qui porte le stockage et l’effacement des données ?
    `,
    author: 'isabelle-faure',
    groupSlug: 'numerique-responsable-en-bourgogne',
    themeSlugs: ['impact-environnemental-du-numerique', 'mutualisation-entre-collectivites'],
    daysAgo: 4,
    replies: [
      {
        key: 'r1',
        author: 'jean-pierre-morel',
        hoursAfter: 26,
        body: md`
          À Autun, l’effacement des disques était le point bloquant : personne ne voulait en porter la responsabilité. Un prestataire d’insertion qui fournit un certificat d’effacement a débloqué la situation.
        `,
        useful: ['isabelle-faure'],
      },
    ],
  },
];
