/**
 * Demo case studies (retours d'expérience) for the seed: fictional write-ups on real territories.
 * The first four follow the facts of shared/domain/README.md, rewritten; the others are invented
 * but plausible. Territory codes exist in @etalab/decoupage-administratif 6.0.0, theme slugs in
 * DEMO_THEMES and author handles in DEMO_USERS (the first handle owns the case study).
 */
export interface DemoCaseStudy {
  /** Lowercase ascii words joined by '-', at most 100 characters, unique. */
  slug: string;
  /** At most 200 characters. */
  title: string;
  /** One to three sentences, at most 500 characters. */
  summary: string;
  /** Markdown: the problem in political terms, what was done, the timeline. */
  body: string;
  /** Commune INSEE code, EPCI SIREN, 'DEP-<code>' or 'REG-<code>'. */
  territoryCode: string;
  /** One to three slugs of DEMO_THEMES. */
  themeSlugs: string[];
  /** Handles of DEMO_USERS; the first one owns the case study. */
  authorHandles: string[];
  status: 'PUBLISHED' | 'DRAFT' | 'IN_REVIEW';
  /** 'YYYY-MM-DD'. */
  startedOn: string | null;
  /** 'YYYY-MM-DD', not before startedOn; null while ongoing. */
  endedOn: string | null;
  /** Whole euros. */
  costEuros: number | null;
  /** Their sum never exceeds costEuros. */
  fundingSources: { name: string; amountEuros: number }[];
  /** Markdown, measured results with numbers. */
  results: string;
  /** Markdown: savings, embodied impact, renewal cycle, externalities. */
  environmentalAssessment: string;
  /** Markdown: what the authors would do again, or not. */
  lessonsLearned: string;
  solutionsUsed: string[];
  /** A role, never a person: no names, phone numbers or e-mail addresses. */
  contact: string;
  /** ISO date for PUBLISHED, null otherwise. */
  publishedAt: string | null;
  /** 0 unless published. */
  viewCount: number;
  /** Slug of a demo group: the case study lives there (its authors are active members). */
  groupSlug?: string;
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

export const DEMO_CASE_STUDIES: readonly DemoCaseStudy[] = [
  {
    slug: 'draguignan-led-et-regulation-eclairage-public',
    title: 'Éclairage public : passer aux LED et tester la régulation intelligente à Draguignan',
    summary:
      'La ville a remplacé les lampes à incandescence de ses lampadaires par des LED, puis équipé une partie du réseau d’une régulation « intelligente ». Les LED ont nettement fait baisser la facture ; la régulation a surtout apporté du confort, sans économie nette visible sur la facture.',
    body: md`
      ## Le problème posé aux élus

      En 2017, l’éclairage public était l’un des premiers postes de consommation d’électricité de la commune. Une bonne partie des lampadaires fonctionnait encore avec de vieilles lampes à incandescence : gourmandes, peu durables, souvent en panne. Les riverains se plaignaient à la fois des rues mal éclairées et, dans certains quartiers, d’une lumière inutile toute la nuit. La question politique était simple à poser et difficile à trancher : comment réduire nettement la facture sans donner le sentiment « d’éteindre la ville » ni dégrader la sécurité perçue dans le centre ancien ?

      ## Ce que nous avons fait

      - **Un inventaire complet** des quelque 5 900 points lumineux, classés par consommation, état et usage de la rue.
      - **Le remplacement par des LED** (température de couleur chaude, flux dirigé vers le sol) des 2 400 points les plus énergivores, par tranches annuelles.
      - **Une régulation dite intelligente** sur 600 points des grands axes, des parcs et des cheminements piétons : télégestion, détection de présence, abaissement de l’intensité en milieu de nuit et remontée à pleine puissance au passage d’un piéton ou d’un véhicule.
      - **Une évaluation coûts/bénéfices** menée avec le Cerema, qui a retenu notre projet parmi les cas « smart » étudiés avec sa méthode, en distinguant ce qui revient aux LED et ce qui revient à la régulation.

      ## Calendrier

      - **Automne 2017** : diagnostic du parc et délibération du programme pluriannuel.
      - **2018 à 2020** : remplacement des lampes par tranches, quartier par quartier.
      - **2020** : installation de la régulation sur 600 points.
      - **2021 et premier semestre 2022** : mesures avant/après et analyse avec le Cerema.
    `,
    territoryCode: '83050',
    themeSlugs: ['eclairage-public', 'impact-environnemental-du-numerique'],
    authorHandles: ['marc-olivier'],
    status: 'PUBLISHED',
    startedOn: '2017-09-04',
    endedOn: '2022-06-30',
    costEuros: 1_920_000,
    fundingSources: [
      { name: 'DSIL (État)', amountEuros: 480_000 },
      { name: 'Certificats d’économies d’énergie (CEE)', amountEuros: 210_000 },
      { name: 'Syndicat départemental d’énergie du Var', amountEuros: 150_000 },
      { name: 'Autofinancement', amountEuros: 1_080_000 },
    ],
    results: md`
      - Sur les 2 400 points rénovés, la consommation est passée d’environ **1,38 GWh à 0,55 GWh par an** (−60 %).
      - Soit une économie de l’ordre de **165 000 € par an** aux tarifs de 2022.
      - Les interventions de maintenance sur ce périmètre ont été divisées par trois (environ 1 100 par an avant, 350 après).
      - La régulation sur 600 points n’a réduit la consommation que d’environ **4 % de plus**, un écart du même ordre que les variations liées à la météo et aux contrats : **aucune baisse nette lisible sur la facture**.
      - Elle a en revanche fait reculer les plaintes de riverains dans les parcs et sur les cheminements.
      - Temps de retour du programme : **6 à 7 ans** une fois les aides déduites.
    `,
    environmentalAssessment: md`
      - **Économies** : environ 830 MWh évités chaque année, soit de l’ordre de 40 à 50 t CO2e avec le mix électrique français.
      - **Impact de fabrication** : un luminaire LED contient de l’aluminium et de l’électronique (le driver), mais dure 15 à 20 ans là où une lampe à incandescence se changeait tous les un à deux ans ; le bilan est clairement favorable.
      - **Régulation** : capteurs, passerelles, abonnements de télécommunication et serveur de supervision consomment eux aussi et devront être renouvelés tous les 8 à 10 ans. Rapporté à un gain énergétique marginal, leur bilan est au mieux neutre.
      - **Externalités** : moins de lumière perdue vers le ciel, au bénéfice de la faune nocturne et de la qualité du ciel.
    `,
    lessonsLearned: md`
      - **À refaire** : l’inventaire avant toute décision, et commencer par les points les plus gourmands ; c’est là que se font les économies.
      - **À refaire** : mesurer avant et après avec des sous-compteurs, sinon il est impossible de démêler l’effet des travaux de celui des tarifs.
      - **À ne pas refaire** : généraliser la régulation « intelligente ». Nous la réservons désormais aux lieux dont la fréquentation varie vraiment (parcs, cheminements) ; ailleurs, une horloge astronomique et un abaissement programmé suffisent.
      - **Conseil** : exiger une garantie longue sur les drivers des luminaires, ce sont eux qui lâchent en premier.
    `,
    solutionsUsed: [
      'Luminaires LED',
      'Détection de présence',
      'Télégestion de l’éclairage public',
      'Méthode coûts/bénéfices du Cerema',
    ],
    contact: 'Service éclairage public, mairie de Draguignan — via la messagerie Pairs',
    publishedAt: '2024-02-12',
    viewCount: 1842,
  },
  {
    slug: 'chalons-en-champagne-tablettes-pour-les-elus',
    title: 'Des tablettes pour les élus de Châlons-en-Champagne : moins de papier, un bilan à nuancer',
    summary:
      'Pour ne plus imprimer les dossiers envoyés avant chaque conseil, la ville a équipé ses élus de tablettes. Les économies de papier se sont vues dès la première année, mais le renouvellement des appareils au bout d’environ cinq ans pèse dans la balance ; la signature électronique, elle, évite des déplacements.',
    body: md`
      ## Le problème

      Chaque conseiller municipal recevait environ **750 pages par an** : ordres du jour, notes de synthèse, projets de délibération, dossiers de commission. Tout était imprimé, trié, mis sous pli et porté à domicile ou posté. Pour le service des assemblées, c’était des journées de reprographie avant chaque séance ; pour les élus, des dossiers arrivés parfois tard et déjà périmés quand un projet changeait la veille.

      Le débat n’était pas seulement budgétaire. Une partie du conseil doutait qu’une tablette soit « plus écologique » que du papier. Nous avons donc voulu décider sur des chiffres, et les présenter honnêtement en séance.

      ## Ce que nous avons fait

      - **Après le renouvellement du conseil de 2020**, une délibération a proposé à chacun des 49 élus une tablette avec étui-clavier, une application de consultation des dossiers et une gestion centralisée des appareils. Le papier restait possible pour qui le demandait.
      - **Une formation en petits groupes**, avec des binômes entre élus à l’aise et élus moins familiers du numérique.
      - **Un parapheur et la signature électronique** pour les adjoints titulaires d’une délégation : arrêtés, bons de commande, courriers.
      - **Une analyse coûts/bénéfices avec le Cerema**, en tenant compte des externalités : fabrication des tablettes, déplacements évités, durée de vie.

      ## Calendrier

      - **Septembre 2020** : délibération et achat.
      - **Janvier 2021** : remise des tablettes et formations.
      - **2021** : première année de mesure.
      - **Début 2022** : bilan avec le Cerema, présenté en conseil.
      - **2025-2026** : renouvellement du parc à prévoir.
    `,
    territoryCode: '51108',
    themeSlugs: ['dematerialisation-des-assemblees', 'impact-environnemental-du-numerique'],
    authorHandles: ['nadia-benali'],
    status: 'PUBLISHED',
    startedOn: '2020-09-15',
    endedOn: '2022-03-31',
    costEuros: 37_680,
    fundingSources: [{ name: 'Autofinancement', amountEuros: 37_680 }],
    results: md`
      - Pages imprimées pour les élus : d’environ **36 700 par an à 4 400** la première année (−88 %) ; six élus ont gardé le papier.
      - Environ **6 500 € par an** économisés en papier, encre, affranchissement et temps de portage.
      - Les dossiers sont mis à jour jusqu’à la veille de la séance, sans réimpression.
      - Environ **280 déplacements évités** la première année grâce à la signature électronique des adjoints.
      - Sur le plan financier, l’équipement est à peu près remboursé au bout de cinq ans, c’est-à-dire au moment où il faudra le renouveler.
    `,
    environmentalAssessment: md`
      - **Gain visible dès l’an 1** : entre 80 et 160 kg de papier évités par an selon le recto-verso, plus l’encre et les tournées de distribution.
      - **Mais la fabrication domine** : l’essentiel de l’empreinte d’une tablette vient de sa production. Multipliée par 49 et renouvelée tous les cinq ans, elle compense à peu près les gains de papier sur un cycle.
      - **Ce qui fait pencher la balance** : les déplacements évités pour signer, et la durée de vie réelle des appareils. Gardées sept ans, les tablettes deviennent nettement favorables.
      - **Fin de vie** : reprise prévue pour réemploi associatif plutôt que destruction.
    `,
    lessonsLearned: md`
      - **À refaire** : laisser le choix du papier, former entre pairs, et surtout la signature électronique, qui est le vrai gain au quotidien.
      - **À ne pas refaire** : acheter des tablettes haut de gamme. Un modèle milieu de gamme ou reconditionné, avec batterie remplaçable et une durée d’usage visée de six à sept ans, aurait donné un meilleur bilan.
      - **Conseil politique** : ne pas vendre la dématérialisation comme « écologique » par principe. Présenter un bilan nuancé a désamorcé les critiques de l’opposition.
    `,
    solutionsUsed: [
      'Tablettes',
      'Gestion de flotte mobile (MDM)',
      'Parapheur électronique',
      'Signature électronique',
    ],
    contact: 'Service des assemblées, mairie de Châlons-en-Champagne — via la messagerie Pairs',
    publishedAt: '2024-04-03',
    viewCount: 1513,
  },
  {
    slug: 'grand-autunois-morvan-monsuivisocial',
    title: 'Monsuivisocial : un outil partagé pour coordonner les agents sociaux du Grand Autunois Morvan',
    summary:
      'Huit agents intervenant dans le champ social n’avaient aucun outil commun pour suivre les bénéficiaires. Après une investigation de trois mois financée par l’ANCT, une application a été développée en mode agile, dans le respect du RGPD, puis testée avec dix CCAS en plus de celui d’Autun.',
    body: md`
      ## Le problème

      Sur notre territoire de 55 communes, huit agents accompagnent des personnes en difficulté : CCAS d’Autun, service social intercommunal, accueils de proximité. Beaucoup suivent les mêmes familles, mais chacun avec ses outils : tableurs, cahiers, dossiers papier. Les habitants racontaient plusieurs fois leur histoire, des rendez-vous se doublonnaient, et produire le rapport d’activité pour les élus prenait des jours. Ces fichiers dispersés posaient aussi un vrai problème de protection des données personnelles.

      Les logiciels du marché étaient pensés pour de grands départements, trop chers et trop lourds pour de petits CCAS.

      ## Ce que nous avons fait

      - **Une investigation de trois mois, financée par l’ANCT** via son incubateur des territoires : entretiens et observation avec les agents, puis vérification auprès d’autres CCAS qu’ils avaient le même besoin. La réponse étant oui, il a été décidé de construire un outil commun plutôt qu’un outil « maison ».
      - **Un développement en mode agile** : une nouvelle version toutes les deux semaines, testée par les agents, avec des priorités fixées par l’usage (fiche bénéficiaire, historique des accompagnements, agenda partagé, statistiques pour le rapport d’activité).
      - **Le RGPD dès le départ** : analyse d’impact, minimisation des données collectées, droits d’accès par rôle, durées de conservation, hébergement en France.
      - **Une phase de test** avec dix CCAS volontaires, en plus de celui d’Autun.

      ## Calendrier

      - **Janvier à mars 2022** : investigation.
      - **Avril à septembre 2022** : premières versions.
      - **Octobre 2022 à juin 2023** : expérimentation avec onze CCAS.
      - **Ensuite** : l’application a vocation à rejoindre la cinquantaine de services incubés par l’ANCT.
    `,
    territoryCode: '200070530',
    themeSlugs: [
      'action-sociale-et-suivi-des-beneficiaires',
      'mutualisation-entre-collectivites',
      'financements-et-aides',
    ],
    authorHandles: ['vanessa-roche', 'jean-pierre-morel'],
    status: 'PUBLISHED',
    startedOn: '2022-01-10',
    endedOn: '2023-06-30',
    costEuros: 52_000,
    fundingSources: [
      { name: 'ANCT (incubateur des territoires)', amountEuros: 38_000 },
      { name: 'Autofinancement (temps des agents)', amountEuros: 14_000 },
    ],
    results: md`
      - Les **8 agents** utilisent l’outil au quotidien trois mois après son arrivée.
      - Plus de **900 dossiers** ouverts la première année, avec un historique partagé.
      - Le rapport d’activité se prépare en **une demi-journée** au lieu d’environ six jours.
      - **310 réorientations** entre services tracées, là où elles se perdaient auparavant.
      - **10 CCAS** ont testé l’application avec celui d’Autun ; huit ont souhaité continuer après l’expérimentation.
    `,
    environmentalAssessment: md`
      - **Aucun équipement neuf** : l’application s’utilise dans un navigateur, sur les postes existants.
      - **Un outil pour plusieurs CCAS** plutôt qu’un logiciel par commune : moins de licences, de serveurs et de développements en double.
      - **Moins de papier** : les fiches et dossiers imprimés ont presque disparu des bureaux.
      - **Externalités** : une orientation juste du premier coup évite aux familles des trajets inutiles, un enjeu réel en zone rurale.
      - **Point de vigilance** : les pièces justificatives numérisées s’accumulent ; nous appliquons des durées de conservation strictes.
    `,
    lessonsLearned: md`
      - **À refaire** : partir du besoin et le vérifier ailleurs. Les trois mois d’investigation nous ont évité de financer un outil pour nous seuls.
      - **À refaire** : associer le délégué à la protection des données dès le premier jour ; c’est ce qui a convaincu les agents de quitter leurs cahiers.
      - **À prévoir** : le mode agile demande du temps aux agents, environ deux heures toutes les deux semaines, à bloquer dans les plannings.
      - **À ne pas refaire** : sous-estimer l’accompagnement au changement. Une formation en binôme aurait dû venir plus tôt.
    `,
    solutionsUsed: ['Monsuivisocial', 'Incubateur des territoires (ANCT)'],
    contact: 'Pôle solidarités, communauté de communes du Grand Autunois Morvan — via la messagerie Pairs',
    publishedAt: '2024-06-18',
    viewCount: 1207,
  },
  {
    slug: 'rennes-strategie-numerique-responsable',
    title: 'Rennes se dote d’une stratégie pour un numérique responsable, réfléchi et construit ensemble',
    summary:
      'Plutôt qu’une liste d’outils, la ville a adopté une feuille de route politique fondée sur six principes, préparée avec les habitants, les agents et les associations. Elle sert désormais de grille pour décider de chaque projet numérique.',
    body: md`
      ## Le problème

      Les projets numériques naissaient au fil de l’eau, service par service, sans cap commun. Les élus n’avaient pas de grille pour arbitrer, alors que les inquiétudes des habitants montaient : personnes laissées de côté par la dématérialisation, usage des données personnelles, empreinte environnementale des équipements, dépendance à quelques grands fournisseurs. Avant de parler d’outils, il fallait une **commande politique** claire.

      ## Ce que nous avons fait

      Une démarche de concertation avec des habitants, des agents et les associations de médiation numérique a abouti à une stratégie bâtie sur **six principes** :

      1. **Utile** : partir d’un besoin réel des usagers ou des agents, pas de la technologie.
      2. **Sobre** : acheter moins, faire durer les équipements, préférer le réemploi.
      3. **Inclusif** : garder toujours une alternative humaine ou papier à une démarche en ligne.
      4. **Protecteur** : ne collecter que les données nécessaires et les protéger.
      5. **Ouvert** : logiciels libres quand c’est possible, données publiques ouvertes, réversibilité des contrats.
      6. **Construit ensemble et évalué** : associer les usagers et rendre compte chaque année.

      Chaque nouveau projet passe désormais par une grille d’une page reprenant ces principes avant le comité de pilotage. Un bilan est présenté chaque année en conseil municipal.

      ## Calendrier

      - **Printemps 2021** : lancement de la démarche.
      - **Automne 2021** : ateliers de concertation.
      - **2022** : adoption de la stratégie en conseil municipal.
      - **Depuis** : application de la grille et bilan annuel ; la démarche continue.
    `,
    territoryCode: '35238',
    themeSlugs: ['numerique-responsable', 'impact-environnemental-du-numerique'],
    authorHandles: ['gaelle-le-goff'],
    status: 'PUBLISHED',
    startedOn: '2021-03-15',
    endedOn: null,
    costEuros: 70_000,
    fundingSources: [{ name: 'Autofinancement', amountEuros: 70_000 }],
    results: md`
      - **14 ateliers** de concertation, environ **520 participants**.
      - **37 projets** examinés avec la grille en deux ans : six ont été redimensionnés, deux abandonnés.
      - Durée d’usage des postes de travail portée de **5 à 7 ans** ; un quart des ordinateurs achetés sont désormais reconditionnés.
      - Toutes les démarches mises en ligne depuis l’adoption conservent un accueil physique ou téléphonique.
    `,
    environmentalAssessment: md`
      - **Le levier principal est la durée de vie** : pour un ordinateur, la fabrication pèse bien plus que l’électricité consommée à l’usage. Passer de cinq à sept ans sur un parc d’environ 4 000 postes évite l’achat d’environ 230 machines par an.
      - **Hébergement** : applications inutilisées fermées et données obsolètes supprimées au fil des bilans.
      - **Limites** : nous n’avons pas encore d’empreinte carbone complète du numérique de la ville, et les effets rebond (plus d’usages parce que c’est plus simple) restent mal mesurés.
    `,
    lessonsLearned: md`
      - **À refaire** : poser la commande politique avant les solutions. Les six principes servent surtout à savoir dire non, ou « pas comme ça ».
      - **À refaire** : peu de principes, une grille courte, utilisable en réunion.
      - **À refaire** : associer les habitants ; cela a donné sa légitimité à la stratégie, mais a pris six mois de plus que prévu.
      - **À ne pas refaire** : une première version trop abstraite. Il a fallu l’illustrer de cas concrets pour que les services s’en emparent.
    `,
    solutionsUsed: ['Grille d’analyse des projets numériques', 'Postes reconditionnés', 'Logiciels libres'],
    contact: 'Mission numérique responsable, ville de Rennes — via la messagerie Pairs',
    publishedAt: '2024-09-25',
    viewCount: 1366,
  },
  {
    slug: 'anost-base-adresse-locale',
    title: 'Anost : nommer les chemins et numéroter 400 adresses avec la Base adresse locale',
    summary:
      'Dans cette commune du Morvan de moins de 700 habitants, de nombreux hameaux n’avaient pas d’adresse précise : secours, livreurs et opérateurs de la fibre s’y perdaient. La commune a nommé ses voies, numéroté chaque habitation et publié sa Base adresse locale, sans service informatique.',
    body: md`
      ## Le problème

      Chez nous, beaucoup d’habitants avaient pour adresse le seul nom de leur hameau, partagé par plusieurs maisons. Les secours perdaient de précieuses minutes, les livreurs appelaient la mairie, et l’opérateur de la fibre ne pouvait pas ouvrir la commercialisation pour les logements sans adresse normalisée. Nommer les voies est aussi une décision politique : il fallait respecter les noms de lieux hérités, sans froisser personne.

      ## Ce que nous avons fait

      - **Un groupe de travail** de quatre conseillers et de la secrétaire de mairie, avec des anciens du village pour la toponymie.
      - **Un recensement sur le terrain**, plan cadastral en main, hameau par hameau.
      - **La dénomination de 58 voies** par délibération du conseil municipal.
      - **Une numérotation métrique** : le numéro correspond à la distance en mètres depuis le début de la voie, ce qui laisse de la place aux constructions futures.
      - **La saisie dans l’éditeur gratuit Mes Adresses**, puis la publication de notre Base adresse locale dans la Base Adresse Nationale.
      - **Les plaques et panneaux** commandés, puis distribués par les élus avec un courrier expliquant les démarches de changement d’adresse.

      ## Calendrier

      - **Septembre 2021** : lancement et groupe de travail.
      - **Janvier à mars 2022** : repérage sur le terrain.
      - **Avril 2022** : délibération nommant les voies.
      - **Juin 2022** : publication de la Base adresse locale.
      - **Octobre 2022** : pose des plaques et des panneaux.
    `,
    territoryCode: '71009',
    themeSlugs: ['adressage-base-adresse-locale'],
    authorHandles: ['martine-girard'],
    status: 'PUBLISHED',
    startedOn: '2021-09-06',
    endedOn: '2022-10-28',
    costEuros: 21_400,
    fundingSources: [
      { name: 'DETR (État)', amountEuros: 8_500 },
      { name: 'Département de Saône-et-Loire', amountEuros: 4_000 },
      { name: 'Autofinancement', amountEuros: 8_900 },
    ],
    results: md`
      - **412 adresses** publiées et certifiées, **58 voies** nommées.
      - Les quelque **70 logements** que l’opérateur de la fibre signalait comme introuvables ont tous une adresse ; ils sont devenus raccordables.
      - Plus aucun retard lié à l’adresse signalé par les secours depuis la pose des plaques.
      - Coût ramené à environ **52 € par adresse**, plaques comprises.
      - Environ **60 heures** de travail de secrétariat au total.
    `,
    environmentalAssessment: md`
      - **Impact faible** : aucun équipement informatique acheté, l’éditeur s’utilise en ligne depuis le poste de la mairie.
      - **Durée de vie** : des plaques en aluminium émaillé prévues pour durer plusieurs décennies.
      - **Externalités positives** : moins de kilomètres perdus par les livreurs, les artisans et les secours, et un déploiement de la fibre débloqué.
      - **Entretien** : une nouvelle construction se numérote en quelques minutes, sans rien réimprimer.
    `,
    lessonsLearned: md`
      - **À refaire** : associer les anciens pour les noms ; les habitants se sont approprié les nouvelles adresses.
      - **À refaire** : la numérotation métrique, qui évite les « 12 bis ter ».
      - **À ne pas refaire** : commander les plaques avant d’avoir validé la base ; douze plaques étaient fausses.
      - **Conseil** : une commune sans informaticien peut le faire seule, l’outil est simple. Prévenir tôt les habitants des démarches de changement d’adresse.
    `,
    solutionsUsed: [
      'Base adresse locale',
      'Mes Adresses (éditeur de Base adresse locale)',
      'Base Adresse Nationale',
    ],
    contact: 'Secrétariat de mairie d’Anost — via la messagerie Pairs',
    publishedAt: '2024-11-14',
    viewCount: 688,
  },
  {
    slug: 'sarry-conseil-municipal-sans-papier',
    title: 'Un conseil municipal sans papier dans une commune de 2 000 habitants',
    summary:
      'À Sarry, près de Châlons-en-Champagne, la convocation électronique et la publication en ligne des actes ont remplacé les enveloppes déposées dans les boîtes aux lettres. Pas de tablettes neuves pour tous : la plupart des élus utilisent leur propre équipement et la commune prête quelques tablettes reconditionnées.',
    body: md`
      ## Le problème

      Avec 19 conseillers et une dizaine de séances par an, la secrétaire de mairie préparait à chaque fois des dossiers d’une soixantaine de pages : photocopies, enveloppes, puis tournée d’un adjoint dans les boîtes aux lettres. Depuis la loi Engagement et proximité de 2019, la convocation électronique est la règle, sauf pour l’élu qui demande le papier. Et depuis juillet 2022, les communes de moins de 3 500 habitants choisissent le mode de publicité de leurs actes. C’était l’occasion de tout revoir. La crainte du conseil : mettre en difficulté les élus peu à l’aise avec le numérique.

      ## Ce que nous avons fait

      Cette fiche a été rédigée avec le secrétariat de mairie de Sarry, à la suite d’un échange entre élus de l’agglomération.

      - **Un inventaire** : 13 élus sur 19 avaient déjà un ordinateur ou une tablette à la maison.
      - **Une plateforme de convocation électronique** proposée par un opérateur public de mutualisation, avec accusé de réception horodaté.
      - **Six tablettes reconditionnées** prêtées aux élus qui n’étaient pas équipés.
      - **Une formation de deux heures** en binômes.
      - **Une délibération** choisissant la publication électronique des actes sur le site de la commune ; la télétransmission au contrôle de légalité existait déjà.

      ## Calendrier

      - **Janvier 2023** : décision en conseil.
      - **Mars 2023** : équipement et formation.
      - **Avril 2023** : premier conseil entièrement dématérialisé.
      - **Juillet 2023** : bilan.
    `,
    territoryCode: '51525',
    themeSlugs: ['dematerialisation-des-assemblees', 'impact-environnemental-du-numerique'],
    authorHandles: ['nadia-benali'],
    status: 'PUBLISHED',
    startedOn: '2023-01-16',
    endedOn: '2023-07-07',
    costEuros: 3_760,
    fundingSources: [{ name: 'Autofinancement', amountEuros: 3_760 }],
    results: md`
      - Pages imprimées pour le conseil : d’environ **13 700 par an à 1 400** ; deux élus ont choisi de garder le papier.
      - **17 élus sur 19** reçoivent tout en ligne ; l’assiduité aux séances n’a pas bougé.
      - Environ **3 heures gagnées par séance** pour le secrétariat, soit 35 heures par an.
      - L’horodatage des envois a mis fin aux contestations sur les délais de convocation.
      - Environ **600 € par an** d’abonnement, contre environ 900 € de papier, d’encre et de reprographie auparavant.
    `,
    environmentalAssessment: md`
      - **Papier** : environ 12 000 pages évitées par an, soit quelques dizaines de kilos ; c’est modeste.
      - **Le vrai gain** : aucun appareil neuf pour 13 élus, qui utilisent leur propre équipement, et six tablettes reconditionnées dont la fabrication a déjà été « amortie » par un premier usage.
      - **Renouvellement** : les tablettes seront gardées jusqu’à ce qu’elles ne fonctionnent plus, six ans au moins.
      - **Externalités** : plus de tournée en voiture de l’adjoint, une vingtaine de kilomètres par séance.
      - **Vigilance** : envoyer un lien vers la plateforme plutôt que des pièces jointes lourdes à 19 personnes.
    `,
    lessonsLearned: md`
      - **À refaire** : garder le papier pour qui le demande, c’est un droit ; former en binômes ; tester d’abord sur une commission.
      - **À refaire** : traiter la publicité des actes en même temps que les convocations.
      - **À ne pas refaire** : nous avions envisagé d’acheter des tablettes neuves pour tous. C’était inutile et bien plus coûteux.
      - **Conseil** : désigner un élu référent que les autres peuvent appeler avant la séance.
    `,
    solutionsUsed: [
      'Convocation électronique',
      'Tablettes reconditionnées',
      'Télétransmission des actes',
      'Publication électronique des actes',
    ],
    contact: 'Secrétariat de mairie de Sarry — via la messagerie Pairs',
    publishedAt: '2025-01-21',
    viewCount: 540,
  },
  {
    slug: 'campagnes-de-l-artois-territoire-de-la-demi-heure',
    title: 'De la ville du quart d’heure au territoire de la demi-heure dans les Campagnes de l’Artois',
    summary:
      'Dans une intercommunalité de 96 communes rurales, l’agence d’urbanisme de l’Artois a adapté le concept de ville du quart d’heure : quels services essentiels sont accessibles en moins de trente minutes, et pour qui ? Le numérique n’est venu qu’ensuite, là où il répondait à un manque identifié.',
    body: md`
      ## Le problème

      Le « quart d’heure à pied » n’a pas de sens quand les bourgs sont à cinq ou dix kilomètres les uns des autres. Les maires s’inquiétaient des fermetures de services (cabinets médicaux, bureaux de poste, classes), de la dépendance à la voiture et de l’isolement des personnes âgées ou des jeunes sans permis. La question posée par les élus était politique avant d’être technique : quel temps d’accès est acceptable, pour quels services, et que faut-il rapprocher des habitants ?

      Le numérique n’était pas le sujet de départ. Il fallait d’abord un projet de territoire ; les outils viendraient en temps voulu.

      ## Ce que nous avons fait

      - **Une liste de 15 services du quotidien** arrêtée avec les maires : médecin généraliste, pharmacie, école, collège, commerce alimentaire, accueil France services, bureau de poste, arrêt de car, crèche…
      - **Une cartographie des temps d’accès**, réalisée par l’agence d’urbanisme, en voiture, en transport à la demande, à vélo et à pied, depuis chaque carreau habité de 200 mètres.
      - **Une enquête auprès de 1 100 habitants** sur leurs déplacements réels.
      - **Six ateliers avec les maires**, bassin de vie par bassin de vie.
      - **Un plan d’actions** : arrêts supplémentaires pour le service France services itinérant, covoiturage, réservation simplifiée du transport à la demande et, là seulement où un manque était démontré, des visio-permanences en mairie.

      ## Calendrier

      - **Janvier 2023** : lancement avec l’agence d’urbanisme.
      - **2023** : cartographie et enquête.
      - **Premier semestre 2024** : ateliers et plan d’actions.
      - **Second semestre 2024 et 2025** : premières actions pilotes et bilan.
    `,
    territoryCode: '200069482',
    themeSlugs: ['territoire-de-la-demi-heure', 'ville-du-quart-d-heure'],
    authorHandles: ['thomas-delattre'],
    status: 'PUBLISHED',
    startedOn: '2023-01-16',
    endedOn: '2025-06-30',
    costEuros: 84_000,
    fundingSources: [
      { name: 'Région Hauts-de-France', amountEuros: 25_000 },
      { name: 'Banque des Territoires', amountEuros: 12_000 },
      { name: 'Autofinancement', amountEuros: 47_000 },
    ],
    results: md`
      - **91 %** des habitants sont à moins de 30 minutes en voiture des 15 services ; sans voiture, la part tombe à **46 %**.
      - **9 communes** sont à plus de 30 minutes d’un médecin généraliste pour qui n’a pas de voiture.
      - **2 nouveaux arrêts** pour le service France services itinérant.
      - **4 visio-permanences** ouvertes en mairie, **310 rendez-vous** la première année (caisse d’allocations familiales, retraite, emploi).
      - Les cartes ont été reprises dans le projet de territoire adopté par le conseil communautaire.
    `,
    environmentalAssessment: md`
      - **Le levier, ce sont les déplacements** : nous estimons à environ 12 000 km les trajets évités la première année par les visio-permanences, auxquels s’ajoutent les trajets raccourcis grâce aux nouveaux arrêts du service itinérant, qui roule lui-même environ 6 000 km de plus par an.
      - **Équipement** : quatre kits de visioconférence simples, choisis réparables ; leur impact de fabrication est faible au regard des trajets évités.
      - **Externalité à surveiller** : que la visio ne serve pas de prétexte à fermer des accueils physiques. Le plan d’actions l’écrit noir sur blanc : elle complète, elle ne remplace pas.
    `,
    lessonsLearned: md`
      - **À refaire** : partir de la question politique et non de l’outil.
      - **À refaire** : les cartes ont convaincu les élus bien plus que les rapports écrits.
      - **À refaire** : interroger en priorité les habitants sans voiture, que les réunions publiques n’atteignent pas.
      - **À ne pas refaire** : notre première liste comptait une trentaine de services ; la réduire à quinze a rendu le diagnostic lisible.
    `,
    solutionsUsed: [
      'Cartographie des temps d’accès',
      'Enquête mobilité',
      'Visio-permanences en mairie',
      'France services itinérant',
    ],
    contact:
      'Pôle aménagement, communauté de communes des Campagnes de l’Artois, avec l’agence d’urbanisme de l’Artois — via la messagerie Pairs',
    publishedAt: '2025-03-10',
    viewCount: 733,
  },
  {
    slug: 'digoin-aidants-connect-accueil-mairie',
    title:
      'Aidants Connect à Digoin : aider aux démarches en ligne sans garder les mots de passe des habitants',
    summary:
      'Les agents d’accueil de la mairie, du CCAS et de la médiathèque faisaient chaque semaine des démarches en ligne à la place d’habitants, souvent avec des identifiants notés sur un carnet. Avec Aidants Connect, chaque aide repose désormais sur un mandat sécurisé et traçable.',
    body: md`
      ## Le problème

      À mesure que les démarches passent en ligne (allocations, impôts, cartes grises, retraite), de plus en plus d’habitants viennent en mairie pour se faire aider. Les agents rendaient service, parfois en tapant eux-mêmes les identifiants des personnes, conservés sur des post-it ou dans un carnet. Personne ne pouvait prouver que l’usager avait donné son accord : une situation risquée pour les agents comme pour la commune. Pour les élus, l’enjeu était double : ne laisser personne de côté, et protéger les agents qui faisaient ce travail sans cadre.

      ## Ce que nous avons fait

      - **Un état des lieux** : sept agents aidaient déjà, à la mairie, au CCAS et à la médiathèque, sans le dire ni le compter.
      - **L’habilitation de la structure à Aidants Connect** et la formation de six aidants.
      - **Le mandat** : l’usager donne son accord, pour des démarches et une durée précises, en se connectant avec FranceConnect ; l’aidant n’a plus jamais besoin de son mot de passe.
      - **Un espace d’accueil confidentiel** avec un poste dédié.
      - **Un lien avec le conseiller numérique**, vers qui sont orientées les personnes qui veulent devenir autonomes.
      - **Un accompagnement du Département**, référent inclusion numérique, pour l’habilitation et le partage d’expérience avec d’autres communes.

      ## Calendrier

      - **Mars 2023** : décision en bureau municipal.
      - **Mai 2023** : habilitation et formations.
      - **Juin 2023** : premiers mandats.
      - **Septembre 2024** : bilan après quinze mois.
    `,
    territoryCode: '71176',
    themeSlugs: ['inclusion-numerique-aidants-connect', 'action-sociale-et-suivi-des-beneficiaires'],
    authorHandles: ['isabelle-faure'],
    status: 'PUBLISHED',
    startedOn: '2023-03-06',
    endedOn: '2024-09-30',
    costEuros: 14_600,
    fundingSources: [
      { name: 'Département de Saône-et-Loire', amountEuros: 4_000 },
      { name: 'Autofinancement', amountEuros: 10_600 },
    ],
    results: md`
      - **1 120 mandats** créés en quinze mois pour **530 personnes** différentes.
      - Démarches : 35 % allocations familiales et MSA, 24 % impôts, 18 % titres (carte grise, permis), 12 % retraite, 11 % autres.
      - **Plus aucun identifiant** conservé à l’accueil (vérifié lors d’un contrôle interne).
      - Une personne aidée sur quatre orientée vers un atelier du conseiller numérique ; une soixantaine font désormais seules leurs démarches courantes.
      - Durée moyenne d’une démarche accompagnée : **22 minutes**.
    `,
    environmentalAssessment: md`
      - **Impact matériel faible** : deux postes, dont un reconditionné, sur la connexion existante ; le service lui-même est fourni au niveau national.
      - **Déplacements évités** : des habitants sans voiture n’ont plus à se rendre aux guichets de Mâcon ou de Charolles pour des démarches simples.
      - **Externalité sociale** : une aide sécurisée et traçable ; le risque est de créer une dépendance, d’où l’orientation systématique vers l’apprentissage.
    `,
    lessonsLearned: md`
      - **À refaire** : commencer par recenser ce que les agents font déjà ; c’est ce constat qui a convaincu le conseil.
      - **À refaire** : travailler avec le conseiller numérique dès le départ.
      - **À ne pas refaire** : sous-estimer le temps nécessaire. Les démarches sont longues ; nous recevons désormais sur rendez-vous, avec deux demi-journées sans rendez-vous.
      - **Conseil aux élus** : dire clairement aux agents qu’ils sont protégés par le mandat ; certains hésitaient à s’engager.
    `,
    solutionsUsed: ['Aidants Connect', 'FranceConnect', 'Conseiller numérique'],
    contact: 'Accueil de la mairie et CCAS de Digoin — via la messagerie Pairs',
    publishedAt: '2025-05-27',
    viewCount: 412,
  },
  {
    slug: 'grand-autunois-morvan-informatique-mutualisee',
    title: 'Un service informatique partagé pour les petites communes du Grand Autunois Morvan',
    summary:
      'La plupart des communes du territoire n’avaient ni informaticien ni délégué à la protection des données. La communauté de communes a créé un service commun : un technicien, un délégué à la protection des données à temps partiel et un groupement de commandes, financés par les communes adhérentes et l’intercommunalité.',
    body: md`
      ## Le problème

      Dans nos petites mairies, la secrétaire est souvent seule face à un ordinateur vieillissant, sans sauvegarde, avec un prestataire éloigné qui facture chaque déplacement. La désignation d’un délégué à la protection des données, obligatoire pour toute collectivité, restait lettre morte. Une attaque par rançongiciel dans un territoire voisin a achevé de convaincre les maires. Mais la question politique était sensible : beaucoup craignaient de perdre la main sur leurs équipements, et de payer pour un service dont ils ne verraient pas la couleur.

      ## Ce que nous avons fait

      - **Une enquête auprès des 55 communes** : équipements, contrats, sauvegardes, besoins.
      - **La création d’un service commun** par délibération : un technicien itinérant, un délégué à la protection des données à 30 %, une assistance téléphonique et un outil de suivi des demandes.
      - **Une cotisation simple** : un montant par habitant avec un plancher, pour que les plus petites communes ne paient pas plus que le service rendu.
      - **Un groupement de commandes** pour les postes (dont une part reconditionnée), la sauvegarde externalisée, l’antivirus et la messagerie.
      - **Un comité des utilisateurs**, réunissant les secrétaires de mairie deux fois par an.
      - Les communes restent propriétaires de leurs équipements et libres de quitter le service.

      ## Calendrier

      - **Automne 2020** : enquête.
      - **Janvier 2021** : délibération créant le service commun.
      - **Avril 2021** : recrutement du technicien.
      - **2021 à 2023** : montée en charge.
      - **Mars 2024** : bilan des trois premières années.
    `,
    territoryCode: '200070530',
    themeSlugs: ['mutualisation-entre-collectivites', 'impact-environnemental-du-numerique'],
    authorHandles: ['bernard-vallet', 'martine-girard'],
    status: 'PUBLISHED',
    startedOn: '2020-10-01',
    endedOn: '2024-03-31',
    costEuros: 186_000,
    fundingSources: [
      { name: 'Participations des communes adhérentes', amountEuros: 96_000 },
      { name: 'Communauté de communes (budget général)', amountEuros: 70_000 },
      { name: 'Région Bourgogne-Franche-Comté', amountEuros: 20_000 },
    ],
    results: md`
      - **38 communes sur 55** ont adhéré en trois ans.
      - Délai moyen de résolution d’une panne : de **9 jours à 1,5 jour**.
      - **100 %** des adhérents ont une sauvegarde externalisée quotidienne, contre 6 communes avant.
      - Un registre des traitements tenu à jour dans les 38 communes ; deux violations de données traitées dans le délai légal.
      - **146 postes** achetés en groupement, à un prix moyen inférieur de 18 % ; 40 % étaient reconditionnés.
      - **70 %** des demandes résolues à distance.
    `,
    environmentalAssessment: md`
      - **Durée de vie** : le technicien répare et reconfigure au lieu de remplacer ; la durée d’usage visée des postes passe de 5 à 7 ans.
      - **Réemploi** : 40 % de postes reconditionnés dans les achats groupés.
      - **Sauvegardes** : un service mutualisé remplace une multitude de disques USB dispersés et souvent hors d’usage.
      - **Déplacements** : le technicien parcourt environ 18 000 km par an ; c’est pourquoi la prise en main à distance est privilégiée dès que possible.
    `,
    lessonsLearned: md`
      - **À refaire** : commencer par une enquête, et donner la parole aux secrétaires de mairie, qui sont les vraies utilisatrices.
      - **À refaire** : une cotisation lisible, votée une fois pour trois ans.
      - **À ne pas refaire** : sous-dimensionner le service. Le technicien a été saturé dès la première année ; il aurait fallu prévoir un temps et demi.
      - **Conseil politique** : garantir noir sur blanc que chaque commune reste maîtresse de ses équipements a levé la plupart des réticences.
    `,
    solutionsUsed: [
      'Service commun informatique',
      'DPO mutualisé',
      'Groupement de commandes',
      'Sauvegarde externalisée',
      'Postes reconditionnés',
    ],
    contact:
      'Service commun informatique, communauté de communes du Grand Autunois Morvan — via la messagerie Pairs',
    publishedAt: '2025-09-16',
    viewCount: 298,
  },
  {
    slug: 'saone-et-loire-smart-diagnostic-des-collectivites',
    title: 'Saône-et-Loire : 120 collectivités font leur smart diagnostic avant d’investir',
    summary:
      'Le Département a proposé aux communes et aux intercommunalités d’évaluer elles-mêmes leur maturité numérique avec l’outil de smart diagnostic du Cerema et de la Banque des Territoires. Résultat : une carte des besoins réels, des ressources locales mieux connues et des dossiers d’aide mieux ciblés.',
    body: md`
      ## Le problème

      Les maires sollicitaient le Département sur « le numérique » dans le désordre : site internet, cybersécurité, fibre, logiciels métier. Beaucoup étaient démarchés par des vendeurs sans savoir par où commencer. Les aides existent, mais elles foisonnent : l’annuaire Aides-territoires recense à lui seul plus de 180 dispositifs pour le numérique. Le Département voulait cibler son propre soutien sur des besoins établis, pas sur les demandes les plus pressantes.

      ## Ce que nous avons fait

      - **Un partenariat avec le Cerema et la Banque des Territoires** pour utiliser leur outil de smart diagnostic : une autoévaluation sur des critères précis (gouvernance, infrastructures, services aux habitants, données, sécurité, inclusion, sobriété).
      - **Des ateliers d’une demi-journée dans chaque arrondissement**, où un élu et la secrétaire de mairie remplissent le questionnaire ensemble, avec un animateur.
      - **Le repérage des acteurs et des ressources locales**, ajouté au diagnostic : syndicats, centres de gestion, structures de mutualisation, conseillers numériques. Il a donné naissance à un annuaire départemental.
      - **Une restitution individuelle** pour chaque collectivité, avec les aides mobilisables, et une synthèse départementale.

      ## Calendrier

      - **Septembre 2023** : conception avec les partenaires.
      - **Octobre 2023 à mai 2024** : ateliers dans les cinq arrondissements.
      - **Juin 2024** : synthèse départementale.
      - **Septembre 2024** : restitution aux élus et lancement des accompagnements.
    `,
    territoryCode: 'DEP-71',
    themeSlugs: ['maturite-numerique-smart-diagnostic', 'financements-et-aides'],
    authorHandles: ['isabelle-faure', 'sophie-lambert'],
    status: 'PUBLISHED',
    startedOn: '2023-09-04',
    endedOn: '2024-09-27',
    costEuros: 46_000,
    fundingSources: [
      { name: 'Banque des Territoires', amountEuros: 15_000 },
      { name: 'Autofinancement', amountEuros: 31_000 },
    ],
    results: md`
      - **108 communes et 12 intercommunalités** ont réalisé leur diagnostic.
      - **64 %** n’avaient aucune sauvegarde externalisée, **41 %** aucun délégué à la protection des données, **28 %** n’avaient pas publié leur Base adresse locale.
      - Trois sites internet communaux sur quatre ne respectaient pas les règles d’accessibilité.
      - **52 demandes d’accompagnement** reçues, **19 dossiers d’aide** déposés dans les six mois.
      - Un annuaire de **34 ressources locales** mis à disposition de toutes les mairies.
    `,
    environmentalAssessment: md`
      - **Impact direct faible** : un outil en ligne et des ateliers organisés par arrondissement pour limiter les trajets, dont deux en visioconférence.
      - **Effet indirect principal** : le critère de sobriété a montré que sept collectivités sur dix ne s’étaient jamais posé la question de la durée de vie de leurs équipements.
      - **Achats évités** : plusieurs communes ont renoncé à des équipements « intelligents » coûteux (panneaux d’information, capteurs) après avoir vu que leurs priorités étaient ailleurs.
    `,
    lessonsLearned: md`
      - **À refaire** : remplir le diagnostic en atelier collectif, en binôme élu et secrétaire, plutôt que seul devant un formulaire.
      - **À refaire** : cartographier les ressources locales en même temps ; c’est la partie la plus appréciée.
      - **À ne pas refaire** : le questionnaire complet est trop long pour une commune de 300 habitants ; nous avons dû en proposer une version courte.
      - **Conseil** : un diagnostic sans accompagnement derrière déçoit. Prévoir dès le départ qui aidera à passer à l’action.
    `,
    solutionsUsed: ['Smart diagnostic (Cerema et Banque des Territoires)', 'Aides-territoires'],
    contact: 'Service en charge du numérique, Département de Saône-et-Loire — via la messagerie Pairs',
    publishedAt: '2026-01-20',
    viewCount: 175,
  },
  {
    slug: 'etang-sur-arroux-extinction-nocturne-eclairage',
    title: 'Étang-sur-Arroux : extinction en milieu de nuit et premières LED, sans système « intelligent »',
    summary:
      'Face à la flambée du prix de l’électricité en 2022, cette commune de 1 750 habitants a choisi d’éteindre l’éclairage public en milieu de nuit grâce à des horloges astronomiques, puis de passer aux LED les points les plus gourmands. Une solution simple, qui a presque divisé la consommation par deux.',
    body: md`
      ## Le problème

      À l’automne 2022, le renouvellement du contrat d’électricité annonçait une facture d’éclairage public multipliée par trois. Nos quelque 320 points lumineux fonctionnaient encore avec de vieilles lampes au sodium, allumées toute la nuit. Le conseil municipal était partagé : sentiment d’insécurité, retours tardifs à pied, commerces du centre. La vraie question était : éclairer qui, et pourquoi, à trois heures du matin ?

      ## Ce que nous avons fait

      - **Une réunion publique**, avec l’avis de la gendarmerie et des pompiers, avant toute décision.
      - **Des horloges astronomiques** installées dans les 24 armoires de commande : extinction de 23 h à 5 h, sauf au carrefour principal et sur la traversée du bourg.
      - **Une période d’essai de trois mois**, puis une délibération définitive.
      - **Le remplacement par des LED** des 110 points les plus énergivores, avec le syndicat départemental d’énergie.
      - Après avoir pris connaissance de l’analyse du Cerema sur le cas de Draguignan, nous avons renoncé à la régulation « intelligente » : les économies venaient des LED, la régulation relevait surtout du confort.
      - **Des dérogations ponctuelles** pour les fêtes et les manifestations.

      ## Calendrier

      - **Octobre 2022** : réunion publique et délibération.
      - **Novembre 2022** : début de l’extinction, à l’essai.
      - **Février 2023** : délibération définitive.
      - **2023** : remplacement des 110 points par des LED.
      - **Janvier 2024** : bilan d’une année complète.
    `,
    territoryCode: '71192',
    themeSlugs: ['eclairage-public'],
    authorHandles: ['jean-pierre-morel'],
    status: 'PUBLISHED',
    startedOn: '2022-10-03',
    endedOn: '2024-01-31',
    costEuros: 96_000,
    fundingSources: [
      { name: 'Syndicat départemental d’énergie de Saône-et-Loire', amountEuros: 28_800 },
      { name: 'DETR (État)', amountEuros: 24_000 },
      { name: 'Autofinancement', amountEuros: 43_200 },
    ],
    results: md`
      - Consommation de l’éclairage public : de **186 MWh à 98 MWh par an** (−47 %).
      - Environ **34 000 €** évités en 2023 par rapport à la facture annoncée sans mesures.
      - Sur les 110 points passés aux LED, la consommation a baissé d’environ 65 %.
      - La gendarmerie n’a constaté aucune hausse des incidents la nuit.
      - **14 réclamations** le premier mois, **2** six mois plus tard.
    `,
    environmentalAssessment: md`
      - **Économies** : environ 88 MWh évités chaque année.
      - **Matériel** : des horloges astronomiques simples et durables, sans capteurs, passerelles ni abonnements ; leur impact de fabrication est négligeable.
      - **LED** : les luminaires contiennent de l’aluminium et de l’électronique ; nous n’avons remplacé que les plus gourmands, les autres le seront à leur fin de vie plutôt que d’un coup.
      - **Externalités** : le retour de la nuit noire six heures par jour profite à la faune nocturne et au ciel étoilé, apprécié des habitants.
    `,
    lessonsLearned: md`
      - **À refaire** : l’extinction d’abord, c’est le levier le moins cher ; la période d’essai a rendu la décision acceptable.
      - **À refaire** : la réunion publique avec la gendarmerie, qui a apaisé les craintes.
      - **À ne pas refaire** : oublier de prévenir les ambulanciers et les organisateurs de fêtes ; nous l’avons appris à nos dépens.
      - **Conseil** : dans une petite commune, inutile de payer un système de régulation « intelligent » ; une horloge bien réglée fait l’essentiel.
    `,
    solutionsUsed: ['Horloges astronomiques', 'Luminaires LED', 'Extinction en milieu de nuit'],
    contact: 'Service technique, mairie d’Étang-sur-Arroux — via la messagerie Pairs',
    publishedAt: '2026-04-08',
    viewCount: 96,
  },
  {
    slug: 'grand-est-guichet-regional-numerique-petites-communes',
    title: 'Un guichet régional pour aider les petites communes à financer des projets numériques utiles',
    summary:
      'La Région a ouvert un guichet unique réservé aux communes de moins de 2 000 habitants, avec une condition : avoir réalisé un smart diagnostic avant de déposer un dossier. Premier bilan après deux ans, en cours de relecture.',
    body: md`
      ## Le problème

      Les petites communes renonçaient souvent aux aides pour le numérique : trop de dispositifs, des dossiers longs, des montants minimaux trop élevés pour des projets de quelques milliers d’euros. À l’inverse, certaines subventions finançaient des équipements achetés sans réflexion préalable. La commission aménagement du territoire voulait une aide simple, mais conditionnée à un besoin établi.

      ## Ce que nous avons fait

      - **Un guichet unique** en ligne, avec un formulaire de deux pages, pour les communes de moins de 2 000 habitants.
      - **Une condition** : joindre un smart diagnostic réalisé dans les deux ans, seul ou avec le Département ou une structure de mutualisation.
      - **Un taux d’aide de 50 %**, porté à 70 % pour les projets mutualisés entre plusieurs communes.
      - **Un bonus** pour les équipements reconditionnés et les contrats de plus de cinq ans avec maintenance.
      - **Des relais locaux** : les structures de mutualisation aident les communes à monter leur dossier.

      ## Calendrier

      - **Janvier 2024** : vote du dispositif en commission permanente.
      - **Avril 2024** : ouverture du guichet.
      - **2024-2025** : deux campagnes de dépôt.
      - **Décembre 2025** : clôture de la première période et bilan.
    `,
    territoryCode: 'REG-44',
    themeSlugs: ['financements-et-aides', 'maturite-numerique-smart-diagnostic'],
    authorHandles: ['paul-mercier'],
    status: 'IN_REVIEW',
    startedOn: '2024-01-15',
    endedOn: '2025-12-31',
    costEuros: 1_350_000,
    fundingSources: [
      { name: 'Région Grand Est', amountEuros: 1_200_000 },
      { name: 'Banque des Territoires', amountEuros: 150_000 },
    ],
    results: md`
      - **214 communes** aidées sur les deux campagnes, pour une aide moyenne d’environ 5 600 €.
      - **38 %** des dossiers portaient sur la sécurité et la sauvegarde, **22 %** sur l’adressage, **17 %** sur l’accueil et l’inclusion numérique.
      - **31 projets mutualisés** entre plusieurs communes.
      - Délai moyen entre dépôt et décision : **7 semaines**.
    `,
    environmentalAssessment: md`
      - **Reconditionné** : le bonus a porté à environ un tiers la part d’équipements reconditionnés dans les projets aidés.
      - **Durée de vie** : l’exigence de contrats de maintenance longs vise des équipements gardés au moins six ans.
      - **Limite** : l’empreinte des projets n’est pas encore mesurée ; un indicateur est à l’étude avec le Cerema pour la prochaine période.
    `,
    lessonsLearned: md`
      - **À refaire** : la condition du diagnostic préalable, qui a fait disparaître les demandes d’équipements sans projet.
      - **À refaire** : s’appuyer sur les structures de mutualisation, qui ont accompagné près d’un dossier sur deux.
      - **À revoir** : le plafond de 2 000 habitants exclut des bourgs-centres qui portent des services pour tout un bassin de vie.
      - **À clarifier** avant publication : les résultats de la seconde campagne sont encore provisoires.
    `,
    solutionsUsed: ['Guichet unique d’aides', 'Smart diagnostic (Cerema et Banque des Territoires)'],
    contact: 'Direction de l’aménagement du territoire, Région Grand Est — via la messagerie Pairs',
    publishedAt: null,
    viewCount: 0,
  },
  {
    slug: 'rennes-metropole-reemploi-ordinateurs-communes',
    title:
      'Donner une seconde vie aux ordinateurs de la métropole dans les petites communes et les associations',
    summary:
      'Plutôt que de faire recycler les postes retirés de ses services, la métropole les fait reconditionner pour les communes membres et les associations du territoire. Brouillon : l’expérimentation est en cours.',
    body: md`
      ## Le problème

      Chaque année, plusieurs centaines d’ordinateurs quittent les services de la métropole et de la ville centre, souvent encore en état de marche. Ils partaient au recyclage, alors que des petites communes membres et des associations de médiation numérique manquaient d’équipements. Prolonger leur usage est l’une des mesures les plus efficaces de notre stratégie de numérique responsable, mais la question juridique (cession de biens publics) et la logistique faisaient peur.

      ## Ce que nous faisons

      - **Un inventaire** des postes sortants et de leur état.
      - **Un effacement certifié des données** avant toute cession.
      - **Un partenariat avec une structure de l’économie sociale et solidaire** pour le reconditionnement.
      - **Une délibération-cadre** permettant la cession gratuite aux communes membres et aux associations.
      - **Une priorité** aux communes de moins de 3 500 habitants et aux lieux de médiation numérique.

      ## Calendrier

      - **Septembre 2025** : lancement de l’expérimentation.
      - **Premier semestre 2026** : premières cessions.
      - **À compléter** : dates du bilan, une fois la première vague de cessions terminée et les communes bénéficiaires interrogées.
    `,
    territoryCode: '243500139',
    themeSlugs: ['impact-environnemental-du-numerique', 'mutualisation-entre-collectivites'],
    authorHandles: ['gaelle-le-goff'],
    status: 'DRAFT',
    startedOn: '2025-09-01',
    endedOn: null,
    costEuros: null,
    fundingSources: [],
    results: md`
      - **À compléter** après les premières cessions.
      - Premiers chiffres provisoires : environ 180 postes sortants recensés sur le premier semestre, dont près de deux sur trois jugés reconditionnables.
      - Une douzaine de communes et d’associations ont déjà exprimé un besoin, pour une cinquantaine de postes au total.
      - Coût par poste reconditionné à établir avec la structure partenaire.
    `,
    environmentalAssessment: md`
      - **Hypothèse à vérifier** : chaque poste réemployé évite la fabrication d’un poste neuf, qui concentre l’essentiel de son empreinte.
      - **À mesurer** : la durée d’usage réelle après cession, et les transports liés à la collecte et à la redistribution.
      - **À compléter** avec la structure de reconditionnement.
    `,
    lessonsLearned: md`
      - **À compléter** à la fin de l’expérimentation.
      - Premier enseignement : la délibération-cadre a pris plus de temps que la logistique ; il faut l’anticiper.
      - Les communes demandent aussi un accompagnement à l’installation, pas seulement du matériel : le service commun informatique de la métropole pourrait s’en charger.
    `,
    solutionsUsed: ['Postes reconditionnés', 'Effacement certifié des données'],
    contact: 'Mission numérique responsable, Rennes Métropole — via la messagerie Pairs',
    publishedAt: null,
    viewCount: 0,
  },
  // ------------------------------------------------------------------ in private groups
  {
    slug: 'artois-carte-services-a-la-demi-heure',
    title: 'Cartographier les services à moins d’une demi-heure pour les communes rurales de l’Artois',
    summary:
      'L’agence d’urbanisme a cartographié, commune par commune, les services du quotidien accessibles en trente minutes sans voiture. Les cartes servent de point de départ aux débats des conseils municipaux. Partagé d’abord entre élus du groupe.',
    body: md`
      ## Le problème

      Dans les communes rurales, la « ville du quart d’heure » paraît hors de portée, et beaucoup d’élus en concluent que la proximité n’est pas un sujet pour eux. Pourtant, une partie des habitants ne conduit pas : jeunes sans permis, personnes âgées, ménages sans seconde voiture.

      ## Ce que nous avons fait

      - **Un inventaire** des services du quotidien (santé, commerces, école, mairie, démarches) et de leurs horaires.
      - **Des cartes d’accessibilité** à trente minutes, à pied, à vélo et en transport à la demande.
      - **Une présentation type** de vingt minutes pour les conseils municipaux, construite à partir de ces cartes.

      ## Calendrier

      - **Printemps 2025** : inventaire des services.
      - **Automne 2025** : cartes et premières présentations dans les conseils volontaires.
    `,
    territoryCode: '62041',
    themeSlugs: ['territoire-de-la-demi-heure', 'ville-du-quart-d-heure'],
    authorHandles: ['thomas-delattre'],
    status: 'PUBLISHED',
    startedOn: '2025-03-01',
    endedOn: '2025-11-30',
    costEuros: 18_000,
    fundingSources: [{ name: 'Programme partenarial de l’agence', amountEuros: 18_000 }],
    results: md`
      - Cartes produites pour les communes volontaires du groupe.
      - Dans plusieurs conseils, le débat a porté sur le transport à la demande plutôt que sur de nouveaux équipements.
    `,
    environmentalAssessment: md`
      Aucun équipement acheté : des données ouvertes et des logiciels libres de cartographie. L’enjeu environnemental est indirect (moins de trajets en voiture si les services se rapprochent).
    `,
    lessonsLearned: md`
      Partir des personnes sans voiture plutôt que du concept. À refaire : associer plus tôt les secrétaires de mairie, qui connaissent les horaires réels des services.
    `,
    solutionsUsed: ['Données ouvertes (base permanente des équipements)', 'Logiciel libre de cartographie'],
    contact: 'Pôle mobilités, Agence d’urbanisme de l’Artois — via la messagerie Pairs',
    publishedAt: '2025-12-10',
    viewCount: 37,
    groupSlug: 'elus-ruraux-et-demi-heure',
  },
  {
    slug: 'grand-autunois-convention-partage-outil-suivi-ccas',
    title: 'Ouvrir notre outil de suivi social aux CCAS voisins : la convention de partage',
    summary:
      'Après avoir construit son outil de suivi des bénéficiaires, la communauté de communes l’a ouvert à des CCAS voisins par une convention : chacun reste responsable de ses données, les coûts sont répartis au nombre d’agents.',
    body: md`
      ## Le problème

      Des CCAS voisins avaient le même besoin que nous : suivre les bénéficiaires et coordonner les agents sans tableurs dispersés. Leur ouvrir l’outil posait des questions juridiques (responsabilité des données, cession ou mise à disposition) et financières.

      ## Ce que nous avons fait

      - **Une convention type** entre la communauté de communes et chaque CCAS.
      - **Une séparation stricte** des dossiers : chaque CCAS ne voit que les siens.
      - **Une répartition des coûts** d’hébergement et de maintenance au nombre d’agents utilisateurs.

      ## Calendrier

      - **Janvier 2026** : rédaction de la convention avec le délégué à la protection des données.
      - **Mars 2026** : premiers CCAS raccordés.
    `,
    territoryCode: '200070530',
    themeSlugs: ['action-sociale-et-suivi-des-beneficiaires', 'mutualisation-entre-collectivites'],
    authorHandles: ['vanessa-roche', 'bernard-vallet'],
    status: 'PUBLISHED',
    startedOn: '2026-01-05',
    endedOn: '2026-03-31',
    costEuros: 6_500,
    fundingSources: [],
    results: md`
      - Quatre CCAS raccordés au premier trimestre.
      - Aucune demande d’accès croisé aux dossiers depuis le raccordement.
    `,
    environmentalAssessment: md`
      Un seul hébergement pour plusieurs structures au lieu d’un outil par CCAS : pas de serveur supplémentaire.
    `,
    lessonsLearned: md`
      Écrire la convention avec le délégué à la protection des données dès le début. À éviter : promettre une date de raccordement avant la délibération de chaque conseil d’administration.
    `,
    solutionsUsed: ['Monsuivisocial'],
    contact:
      'Service action sociale, Communauté de communes du Grand Autunois Morvan — via la messagerie Pairs',
    publishedAt: '2026-04-15',
    viewCount: 21,
    groupSlug: 'suivi-social-mutualise-entre-ccas',
  },
  {
    slug: 'anost-premiers-pas-suivi-social-partage',
    title: 'Anost : premiers pas d’un tout petit CCAS avec un outil de suivi partagé',
    summary:
      'Brouillon, partagé dans le groupe quand il sera prêt : comment un CCAS d’une commune de 700 habitants, avec une agente à mi-temps, passe du cahier à un outil mutualisé.',
    body: md`
      ## Le problème

      Notre CCAS suit une trentaine de foyers avec un cahier et des tableurs. Les dossiers se perdent quand l’agente est absente.

      ## Ce que nous faisons

      - Raccordement à l’outil de la communauté de communes, par convention.
      - Reprise des dossiers en cours, sans reprendre l’historique papier.

      ## Calendrier

      - **À compléter** après les trois premiers mois d’utilisation.
    `,
    territoryCode: '71009',
    themeSlugs: ['action-sociale-et-suivi-des-beneficiaires'],
    authorHandles: ['martine-girard'],
    status: 'DRAFT',
    startedOn: '2026-09-01',
    endedOn: null,
    costEuros: null,
    fundingSources: [],
    results: '',
    environmentalAssessment: '',
    lessonsLearned: '',
    solutionsUsed: ['Monsuivisocial'],
    contact: 'Secrétariat de mairie d’Anost — via la messagerie Pairs',
    publishedAt: null,
    viewCount: 0,
    groupSlug: 'suivi-social-mutualise-entre-ccas',
  },
];
