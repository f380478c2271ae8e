// French phrase fragments the discussions bench dataset (threads-dataset.mjs) assembles into
// questions and replies. Per theme slug (the children of DEMO_THEMES, as in case-studies-text.mjs,
// whose problems, actions, results, lessons and outcomes replies also draw from): `titles` (the
// question as a title), `asks` (the question in the body), `questions` (short bullet questions) and
// `answers` (sentences of a peer's reply). `THREAD_GENERIC` holds what any thread or reply may use.
// Placeholders, filled per post: {T} the writer's commune ({àT} "à Lyon", "au Mans"; {ÀT};
// {deT} "de Lyon", "du Mans", "d’Arles"), {pop} its population, {n} 3–40,
// {n2} 20–900, {pct} 15–64, {pct2} 5–34, {k} 5–180 (thousands of euros), {y} 2–6 (years),
// {A} the first name of the person answered, {Q} the first name of the person quoted.

export const THREAD_TEXT = {
  'eclairage-public': {
    titles: [
      'Extinction de l’éclairage public la nuit : comment l’avez-vous fait accepter ?',
      'Passage aux LED : faut-il tout changer d’un coup ou par tranches ?',
      'Quelle plage horaire d’extinction avez-vous retenue ?',
      'Télégestion des armoires d’éclairage : utile dans une petite commune ?',
      'Éclairage public : arrêté du maire ou délibération du conseil ?',
      'Extinction nocturne et sécurité : quels retours de la gendarmerie ?',
      'Abaissement de puissance plutôt qu’extinction : vos retours ?',
      'Comment chiffrer les économies avant de rénover l’éclairage public ?',
      'Détecteurs de présence sur les cheminements piétons : ça marche vraiment ?',
      'Éclairage des lotissements : qui paie quand la voirie n’est pas rétrocédée ?',
    ],
    asks: [
      'Le conseil est d’accord sur le principe d’éteindre en milieu de nuit, mais les avis divergent sur les horaires et sur les quartiers à laisser allumés.',
      'Nous hésitons entre une extinction complète de 23 h à 5 h et un simple abaissement de puissance sur les axes principaux.',
      'Le syndicat d’énergie nous propose un programme de rénovation sur {n} ans, mais je ne sais pas s’il vaut mieux commencer par les rues les plus gourmandes ou par les quartiers où les lampes tombent en panne.',
      'Des habitants nous ont interpellés en réunion publique sur la sécurité des personnes qui rentrent tard du travail.',
      'La facture d’éclairage a presque doublé en deux ans et nous devons arbitrer avant le vote du budget.',
    ],
    questions: [
      'Quelle plage horaire avez-vous retenue, et avez-vous fait une période d’essai ?',
      'Quel matériel faut-il dans les armoires de commande, et pour quel coût ?',
      'Faut-il un arrêté, une délibération, ou les deux ?',
      'Comment avez-vous présenté les choses en réunion publique ?',
      'Avez-vous mesuré les économies réelles la première année ?',
      'Le syndicat d’énergie a-t-il pris en charge une partie des travaux ?',
    ],
    answers: [
      'Chez nous, l’extinction va de 23 h à 5 h en semaine et de 1 h à 5 h le week-end ; les carrefours et la traversée du bourg restent allumés.',
      'Une horloge astronomique par armoire suffit : pas de capteurs ni d’abonnement, et le syndicat d’énergie les pose avec un reste à charge modeste.',
      'Juridiquement, c’est un arrêté du maire qui fixe les horaires, mais nous avons fait délibérer le conseil pour que la décision soit portée collectivement.',
      'La gendarmerie est venue à la réunion publique et c’est elle qui a répondu sur les cambriolages : c’était bien plus convaincant que les élus.',
      'Nous avons commencé par les {n2} points lumineux les plus gourmands, ce qui a fait l’essentiel des économies dès la première tranche.',
      'L’abaissement de puissance ne nous a fait gagner que {pct2} % de plus une fois les LED posées : l’extinction reste le vrai levier.',
      'Les plaintes ont surtout porté sur les arrêts de car du matin ; nous avons rallumé ces trois points à 6 h et le sujet s’est éteint.',
      'Demandez au syndicat d’énergie le relevé de consommation armoire par armoire : c’est la base pour chiffrer avant de décider.',
    ],
  },

  'dematerialisation-des-assemblees': {
    titles: [
      'Convocations électroniques des élus : quelle plateforme utilisez-vous ?',
      'Des tablettes pour le conseil municipal : achat, location ou équipement personnel ?',
      'Signature électronique des délibérations : par où commencer ?',
      'Vote électronique en séance : boîtiers, application ou main levée ?',
      'Que faire des élus qui refusent la convocation dématérialisée ?',
      'Télétransmission des actes : retours sur les tiers de télétransmission ?',
      'Retransmettre le conseil municipal en vidéo : quel matériel pour une petite salle ?',
      'Tablettes des élus en fin de mandat : restitution, rachat ou don ?',
    ],
    asks: [
      'Nous voulons arrêter les envois papier des dossiers du conseil, qui mobilisent le secrétariat une journée entière à chaque séance.',
      'Plusieurs conseillers sont réticents et préfèrent le papier ; je ne veux pas créer deux catégories d’élus.',
      'Le budget est serré et je me demande si l’équipement personnel des élus, avec une indemnité, ne serait pas plus raisonnable.',
      'Notre intercommunalité propose une plateforme commune, mais elle ne gère pas la signature électronique.',
    ],
    questions: [
      'Quel outil utilisez-vous, et combien coûte-t-il par an ?',
      'Avez-vous fait adopter une charte d’usage par le conseil ?',
      'Comment avez-vous formé les élus les moins à l’aise ?',
      'Combien de temps le secrétariat a-t-il réellement gagné ?',
      'Les tablettes sont-elles encore utilisées après deux ans ?',
    ],
    answers: [
      'Nous avons demandé l’accord écrit de chaque élu pour la convocation électronique, comme la loi le prévoit, et gardé le papier pour deux conseillers.',
      'Une permanence d’une heure avant chaque conseil, pendant les six premiers mois, a réglé la plupart des difficultés.',
      'La plateforme coûte environ {k}00 € par an pour la commune, hébergement en France et support compris.',
      'Nous avons choisi des tablettes reconditionnées avec deux ans de garantie : personne n’a vu la différence.',
      'La charte d’usage précise que la tablette sert au mandat seulement et qu’elle est restituée en fin de mandat, annotations sauvegardées.',
      'La signature électronique du maire est ce qui a fait gagner le plus de temps, bien plus que la convocation elle-même.',
      'Le vote électronique ne se justifie pas à moins de {n} élus : la main levée reste plus rapide et tout aussi lisible pour le public.',
    ],
  },

  'adressage-base-adresse-locale': {
    titles: [
      'Base adresse locale : par où commencer quand rien n’existe ?',
      'Numéroter les hameaux : métrique ou séquentielle ?',
      'Adressage : l’intercommunalité peut-elle s’en charger pour toutes les communes ?',
      'Dénommer les voies d’un village : comment associer les habitants ?',
      'Adressage et fibre optique : quel calendrier pour ne pas bloquer les raccordements ?',
      'Qui paie les plaques de numéros : la commune ou les habitants ?',
      'Mettre à jour la base adresse après un nouveau lotissement : quelle organisation ?',
      'Les secours trouvent-ils mieux les maisons après l’adressage ?',
    ],
    asks: [
      'Une bonne partie de nos hameaux n’a ni nom de voie ni numéro, et l’opérateur de fibre nous relance régulièrement.',
      'Le conseil doit délibérer sur la dénomination des voies, mais nous ne savons pas comment associer les habitants sans y passer des mois.',
      'Nous n’avons pas de service informatique et le secrétariat de mairie est à mi-temps.',
      'La préfecture nous a signalé des adresses introuvables pour les secours dans plusieurs lieux-dits.',
    ],
    questions: [
      'Quel outil avez-vous utilisé pour publier la base adresse locale ?',
      'Numérotation métrique ou séquentielle : qu’avez-vous choisi ?',
      'Combien de temps a pris la démarche, de la délibération à la publication ?',
      'Avez-vous fourni les plaques aux habitants ?',
      'Comment avez-vous prévenu les services (La Poste, secours, cadastre) ?',
    ],
    answers: [
      'Nous avons utilisé l’éditeur de la base adresse nationale, gratuit et assez simple : la secrétaire de mairie l’a pris en main en une matinée.',
      'La numérotation métrique nous a évité de tout renuméroter quand de nouvelles maisons se sont construites entre deux existantes.',
      'Comptez six mois entre la première réunion et la publication, dont deux pour la concertation sur les noms de voies.',
      'Nous avons fourni les plaques de numéro, environ {n} € pièce, et les habitants les ont posées eux-mêmes.',
      'Le SDIS nous a aidés à repérer les lieux-dits les plus problématiques, ce qui a permis de commencer par eux.',
      'Une fois la base publiée, La Poste, les secours et les opérateurs récupèrent les adresses automatiquement : il n’y a rien à leur envoyer.',
      'Le plus long a été de trancher les noms de voies : nous avons laissé les habitants de chaque hameau proposer, puis le conseil a choisi.',
    ],
  },

  'territoire-de-la-demi-heure': {
    titles: [
      'Territoire de la demi-heure : comment mesurer l’accès aux services ?',
      'Une maison de santé à plus de trente minutes : quelles solutions avez-vous trouvées ?',
      'Cartographier les temps de trajet vers les services : quels outils gratuits ?',
      'Transport à la demande : quel coût par trajet dans une intercommunalité rurale ?',
      'Étude sur la demi-heure : comment avez-vous convaincu le conseil de la financer ?',
      'Services itinérants ou permanences : qu’est-ce qui fonctionne le mieux ?',
      'Accès aux services pour les personnes sans voiture : par où commencer ?',
      'Demi-heure et fermeture d’école : comment objectiver le débat ?',
    ],
    asks: [
      'Une partie de nos habitants est à plus de quarante minutes d’un médecin généraliste, et la situation s’aggrave à chaque départ en retraite.',
      'Je voudrais présenter au conseil une carte des temps d’accès aux services, mais je ne sais pas quelles données utiliser.',
      'Le transport à la demande coûte cher à l’intercommunalité et certains élus veulent le supprimer.',
      'Nous devons justifier auprès de la région un projet de tiers-lieu qui rapprocherait plusieurs services.',
    ],
    questions: [
      'Quelles données avez-vous utilisées pour les temps de trajet ?',
      'Avez-vous fait appel à un bureau d’études, et pour quel coût ?',
      'Comment avez-vous présenté les résultats aux habitants ?',
      'Quelles mesures concrètes ont suivi l’étude ?',
      'Le transport à la demande est-il vraiment utilisé ?',
    ],
    answers: [
      'Les temps de trajet calculés à partir de la base permanente des équipements de l’INSEE suffisent largement pour une première carte.',
      'Nous avons croisé la carte des temps de trajet avec les âges des habitants : c’est ce croisement qui a convaincu le conseil.',
      'Le transport à la demande coûte chez nous environ {n} € par trajet, mais il évite des hospitalisations faute de suivi médical.',
      'Un bus France services passe deux demi-journées par semaine dans les communes les plus éloignées ; la fréquentation a doublé en un an.',
      'L’étude a coûté {k} 000 €, financés pour moitié par la région, et elle a servi à obtenir trois autres financements ensuite.',
      'Le plus efficace a été de rapprocher les permanences existantes dans un même lieu, plutôt que de créer un service de plus.',
      'Présentez des trajets concrets, « de tel hameau à la pharmacie », plutôt que des moyennes : tout le monde s’y retrouve.',
    ],
  },

  'ville-du-quart-d-heure': {
    titles: [
      'Ville du quart d’heure : par quel quartier commencer ?',
      'Rues scolaires : comment gérer les riverains et les livraisons ?',
      'Commerces de proximité en centre-bourg : quels leviers pour la commune ?',
      'Apaiser un quartier sans braquer les automobilistes : vos retours ?',
      'Pistes cyclables vers les écoles : quel budget pour une ville moyenne ?',
      'Diagnostic des services à moins de quinze minutes à pied : quelle méthode ?',
      'Permis de végétaliser et zones de rencontre : quels retours des habitants ?',
    ],
    asks: [
      'Nous voulons rapprocher les services du quotidien des habitants, mais le centre se vide et les commerces s’installent en périphérie.',
      'La fermeture de la rue devant l’école aux heures d’entrée et de sortie fait débat entre parents et riverains.',
      'Le plan de mandat prévoit des aménagements cyclables, mais je ne sais pas comment prioriser les quartiers.',
    ],
    questions: [
      'Comment avez-vous choisi le premier quartier ?',
      'Avez-vous testé les aménagements de manière provisoire ?',
      'Quel a été le coût des premiers aménagements ?',
      'Comment avez-vous associé les commerçants ?',
    ],
    answers: [
      'Nous avons commencé par un test de six mois avec du mobilier provisoire : cela a désamorcé la plupart des oppositions.',
      'La rue scolaire est fermée par des barrières amovibles gérées par des parents volontaires, deux fois vingt minutes par jour.',
      'Les commerçants craignaient de perdre leurs clients motorisés ; un comptage avant et après leur a montré l’inverse.',
      'Un diagnostic simple à partir de la base des équipements de l’INSEE a suffi pour repérer les quartiers les moins bien servis.',
      'Le budget des premiers aménagements est resté sous {k} 000 €, parce que nous avons surtout déplacé du stationnement.',
      'Associez les conseils de quartier dès le diagnostic : ils connaissent les raccourcis et les points noirs mieux que nous.',
    ],
  },

  'impact-environnemental-du-numerique': {
    titles: [
      'Allonger la durée de vie des ordinateurs des services : comment l’avez-vous organisé ?',
      'Matériel reconditionné pour une mairie : quels fournisseurs et quelle garantie ?',
      'Bilan carbone du numérique de la collectivité : par où commencer ?',
      'Que faire des ordinateurs et téléphones en fin de vie ?',
      'Numérique responsable dans les marchés publics : quels critères fonctionnent ?',
      'Réduire le nombre d’imprimantes : comment faire accepter les copieurs partagés ?',
      'Stratégie numérique responsable : obligatoire pour nous, et comment la rédiger ?',
      'Messagerie et stockage : faut-il faire le ménage pour réduire l’impact ?',
    ],
    asks: [
      'Notre parc informatique est renouvelé tous les cinq ans par habitude, sans que personne ne sache si c’est nécessaire.',
      'La loi nous demande une stratégie numérique responsable, mais nous n’avons ni compétence ni budget dédiés.',
      'Les agents réclament du matériel neuf et je crains que le reconditionné ne soit mal accepté.',
      'Nous voulons inscrire des critères environnementaux dans le prochain marché informatique sans exclure les entreprises locales.',
    ],
    questions: [
      'Quelle durée de renouvellement avez-vous fixée ?',
      'Le reconditionné a-t-il posé des problèmes de fiabilité ?',
      'Avez-vous fait un inventaire du parc, et avec quel outil ?',
      'Quels critères avez-vous inscrits dans le marché ?',
      'Comment avez-vous mesuré l’impact ?',
    ],
    answers: [
      'Nous sommes passés de cinq à sept ans pour les postes fixes, en ajoutant de la mémoire et un disque SSD à mi-vie pour environ {n}0 € par poste.',
      'Le matériel reconditionné avec trois ans de garantie n’a pas eu plus de pannes que le neuf sur nos {n2} postes.',
      'L’inventaire est la première étape : nous avons découvert {n} ordinateurs qui ne servaient plus à personne.',
      'Le don des postes réformés à une association d’insertion, avec effacement certifié des disques, règle la question de la fin de vie.',
      'Dans le marché, nous avons noté la durée de garantie, la disponibilité des pièces et l’indice de réparabilité plutôt que des labels.',
      'La fabrication représente l’essentiel de l’empreinte : garder un ordinateur deux ans de plus pèse bien plus que trier ses courriels.',
      'Un copieur partagé par étage a remplacé {n} imprimantes individuelles ; les agents ont râlé un mois, puis plus personne n’en a parlé.',
    ],
  },

  'action-sociale-et-suivi-des-beneficiaires': {
    titles: [
      'Logiciel de suivi des bénéficiaires du CCAS : lequel choisir pour une petite structure ?',
      'Dématérialiser les demandes d’aide sociale sans exclure personne : comment faire ?',
      'Partager les informations entre le CCAS et le département : quelles règles ?',
      'Analyse des besoins sociaux : comment la mener avec peu de moyens ?',
      'Registre des personnes vulnérables : comment le tenir à jour ?',
      'Aides facultatives du CCAS : comment harmoniser les critères ?',
      'RGPD et dossiers sociaux : quelles précautions concrètes ?',
    ],
    asks: [
      'Le CCAS suit ses bénéficiaires sur des tableurs et des dossiers papier, et les informations se perdent à chaque changement d’agent.',
      'Nous voulons proposer des demandes en ligne, mais une partie des bénéficiaires n’a ni ordinateur ni adresse électronique.',
      'L’analyse des besoins sociaux est obligatoire et nous n’en avons pas fait depuis le début du mandat.',
    ],
    questions: [
      'Quel logiciel utilisez-vous, et pour quel coût annuel ?',
      'Comment avez-vous repris les dossiers existants ?',
      'Qui a accès à quelles informations ?',
      'Avez-vous consulté un délégué à la protection des données ?',
    ],
    answers: [
      'Nous utilisons un logiciel mutualisé avec deux autres CCAS de l’intercommunalité, pour environ {k}00 € par an chacun.',
      'La reprise des dossiers a pris trois mois ; nous n’avons saisi que les dossiers actifs et archivé le reste.',
      'Les droits d’accès sont définis par fonction : l’accueil voit les rendez-vous, seules les travailleuses sociales voient le contenu des dossiers.',
      'Le délégué à la protection des données du centre de gestion nous a aidés à rédiger le registre des traitements, gratuitement.',
      'Les demandes en ligne n’ont pas remplacé l’accueil : elles représentent {pct} % des demandes, le reste se fait toujours au guichet.',
      'L’analyse des besoins sociaux a été menée avec des étudiants en travail social, encadrés par la directrice du CCAS.',
    ],
  },

  'inclusion-numerique-aidants-connect': {
    titles: [
      'Aidants Connect : comment l’avez-vous déployé en mairie ?',
      'Conseiller numérique : comment pérenniser le poste après la fin du financement ?',
      'Accompagner les démarches en ligne des habitants sans prendre leurs identifiants : comment faire ?',
      'Ateliers numériques pour les seniors : quel format attire vraiment ?',
      'France services ou permanence en mairie : que choisir pour une petite commune ?',
      'Diagnostic de l’illectronisme sur la commune : quelle méthode ?',
      'Mettre un poste en libre accès en mairie : quelles précautions ?',
    ],
    asks: [
      'La secrétaire de mairie fait régulièrement des démarches à la place des habitants avec leurs identifiants, ce qui nous inquiète.',
      'Notre conseiller numérique a été financé trois ans et nous devons décider s’il reste.',
      'Les ateliers proposés à la médiathèque attirent toujours les mêmes personnes, pas celles qui en ont le plus besoin.',
    ],
    questions: [
      'Combien de temps a pris l’habilitation Aidants Connect ?',
      'Qui accompagne les habitants : agents, bénévoles, conseiller numérique ?',
      'Comment avez-vous fait connaître le service ?',
      'Combien de personnes accompagnez-vous par mois ?',
    ],
    answers: [
      'L’habilitation Aidants Connect a pris environ deux mois, formation des agents comprise ; c’est gratuit pour la commune.',
      'Le mandat signé avec l’habitant protège à la fois l’agent et la personne accompagnée : plus personne ne garde d’identifiants.',
      'Le bouche-à-oreille a mieux marché que les affiches : ce sont les aides à domicile et le CCAS qui nous orientent les habitants.',
      'Nous accompagnons environ {n} personnes par mois, surtout pour les impôts, la retraite et les cartes grises.',
      'Pour pérenniser le conseiller numérique, nous avons mutualisé le poste avec deux communes voisines, chacune payant un tiers.',
      'Des ateliers courts, une heure sur une démarche précise, attirent bien plus que les cycles de dix séances.',
    ],
  },

  'maturite-numerique-smart-diagnostic': {
    titles: [
      'Smart diagnostic réalisé : comment passer aux actes sans budget numérique ?',
      'Diagnostic de maturité numérique : qui l’a fait chez vous, et en combien de temps ?',
      'Prioriser les actions après un diagnostic numérique : quelle méthode ?',
      'Nommer un élu référent numérique : quel rôle concret ?',
      'Cybersécurité : quelles premières mesures pour une mairie de village ?',
      'Schéma directeur numérique : utile pour une commune de moins de 2\u00a0000 habitants ?',
    ],
    asks: [
      'Le diagnostic a mis en évidence une vingtaine de chantiers, et je ne sais pas par lequel commencer.',
      'Personne au conseil ne se sent compétent sur le numérique et les décisions sont toujours reportées.',
      'Notre mairie a subi une tentative d’hameçonnage et j’ai réalisé que nous n’avions aucune sauvegarde hors site.',
    ],
    questions: [
      'Quelles actions avez-vous menées en premier ?',
      'Avez-vous été accompagnés, et par qui ?',
      'Comment avez-vous suivi l’avancement ?',
      'Quel budget annuel consacrez-vous au numérique ?',
    ],
    answers: [
      'Nous avons commencé par trois actions peu coûteuses : sauvegardes hors site, mots de passe gérés, mises à jour automatiques.',
      'Le syndicat informatique départemental propose un accompagnement gratuit pour passer du diagnostic au plan d’action.',
      'Un point d’étape tous les six mois en conseil a suffi à maintenir le sujet à l’ordre du jour.',
      'L’élu référent numérique n’a pas besoin d’être technicien : son rôle est de poser les questions et de suivre les décisions.',
      'Le budget numérique est passé de rien à environ {k} 000 € par an, dont la moitié pour des contrats qui existaient déjà sans être suivis.',
      'Le diagnostic a surtout servi à mettre des mots sur des problèmes que tout le monde connaissait.',
    ],
  },

  'mutualisation-entre-collectivites': {
    titles: [
      'Mutualiser un secrétariat de mairie entre communes : comment répartir les coûts ?',
      'Service commun informatique avec l’intercommunalité : quels retours ?',
      'Groupement de commandes : quelles fournitures ont vraiment baissé de prix ?',
      'Partager un agent technique entre trois communes : quelle convention ?',
      'Mutualisation des achats d’énergie : faut-il passer par le syndicat ?',
      'Créer un service commun d’instruction des autorisations d’urbanisme : par où commencer ?',
      'Mutualiser du matériel entre communes : qui assure, qui entretient ?',
      'Secrétaire de mairie itinérante : comment organiser les remplacements ?',
    ],
    asks: [
      'Nos trois communes partagent déjà une école et nous voudrions aller plus loin, mais chacun craint de perdre la maîtrise de ses dossiers.',
      'La secrétaire de mairie part en retraite l’an prochain et nous n’arrivons pas à recruter sur un temps partiel.',
      'L’intercommunalité propose un service commun, mais la clé de répartition des coûts ne convainc pas les petites communes.',
    ],
    questions: [
      'Quelle clé de répartition des coûts avez-vous retenue ?',
      'Quelle forme juridique : convention, service commun, entente ?',
      'Comment gérez-vous les absences et les remplacements ?',
      'Combien d’économies avez-vous réellement faites ?',
    ],
    answers: [
      'Nous répartissons les coûts selon le temps passé, relevé chaque mois, plutôt qu’au nombre d’habitants : c’est plus juste pour les petites communes.',
      'Une simple convention entre communes a suffi au départ ; le service commun est venu trois ans plus tard, quand la confiance était là.',
      'Le groupement de commandes a fait baisser de {pct2} % le prix des fournitures et des contrats de maintenance.',
      'La mutualisation nous a surtout apporté la continuité : quand un agent est absent, un autre connaît les dossiers.',
      'Le centre de gestion propose des conventions types qui évitent de tout rédiger soi-même.',
      'Les maires se réunissent une fois par trimestre pour faire le point : sans cela, les malentendus s’accumulent vite.',
      'Nous avons commencé par le matériel (broyeur, nacelle, tribune) avant de partager des agents : c’est moins sensible.',
    ],
  },

  'financements-et-aides': {
    titles: [
      'DSIL, DETR, Fonds vert : comment savoir à quoi prétendre ?',
      'Monter un dossier de subvention sans ingénierie : vos astuces ?',
      'Référent subventions mutualisé : comment le financer ?',
      'Plan de financement à 80 % : comment respecter le plafond d’aides publiques ?',
      'Dossier refusé au Fonds vert : comment le représenter ?',
      'Certificats d’économies d’énergie : qui s’en occupe chez vous ?',
      'Calendrier des appels à projets : comment ne plus rater les dates ?',
    ],
    asks: [
      'Nous avons raté deux appels à projets l’an dernier faute d’avoir délibéré à temps.',
      'Nous n’avons pas d’agent dédié aux subventions et chaque dossier prend des semaines au secrétariat.',
      'Notre dossier a été refusé sans explication détaillée et nous voulons le redéposer cette année.',
    ],
    questions: [
      'Comment suivez-vous le calendrier des appels à projets ?',
      'Qui monte les dossiers chez vous ?',
      'Quels outils utilisez-vous pour repérer les aides ?',
      'Avez-vous obtenu un retour sur les dossiers refusés ?',
    ],
    answers: [
      'Aides-territoires permet de recevoir une alerte par thème : c’est gratuit et cela nous a fait découvrir {n} aides que nous ignorions.',
      'Nous préparons un plan de financement unique, que nous déclinons ensuite pour chaque financeur : on gagne un temps fou.',
      'La sous-préfecture accepte volontiers un rendez-vous avant le dépôt : c’est là qu’on apprend ce qui compte vraiment dans le dossier.',
      'Le référent subventions de l’intercommunalité est financé par une participation de {n} € par habitant et par an.',
      'Délibérez sur le projet et le plan de financement dès que le projet est mûr, sans attendre l’appel à projets.',
      'Notre dossier refusé a été accepté l’année suivante après avoir ajouté un chiffrage des économies d’énergie.',
    ],
  },
};

export const THREAD_GENERIC = {
  /** Openings of a question. */
  hellos: [
    'Bonjour à tous,',
    'Bonjour,',
    'Bonjour à toutes et à tous,',
    'Chers collègues,',
    'Bonsoir à tous,',
  ],
  /** The asker's situation ({T}, {pop}: the asker's commune). */
  contexts: [
    '{T} compte environ {pop} habitants.',
    'Je siège au conseil municipal {deT}, une commune de {pop} habitants.',
    'Notre commune, {T}, compte {pop} habitants et un seul agent technique.',
    '{ÀT} ({pop} habitants), nous préparons le budget de l’an prochain.',
    'Je vous écris {deT}, {pop} habitants, dans une intercommunalité rurale.',
    'Avec ses {pop} habitants, {T} n’a pas de service technique ni de direction du numérique.',
    'Nous sommes une commune de {pop} habitants, {T}, à une demi-heure de la ville-centre.',
  ],
  /** Constraints the asker adds. */
  constraints: [
    'Précision : nous n’avons aucun service technique, seulement un agent polyvalent et le secrétariat de mairie.',
    'Le budget est voté en mars, il faudrait donc une décision de principe d’ici là.',
    'Nous avons déjà lu les fiches publiées sur le sujet, mais notre situation est un peu différente.',
    'L’intercommunalité ne porte pas cette compétence, nous sommes donc seuls pour décider.',
    'Le conseil est partagé et j’aimerais arriver avec des exemples concrets de communes comparables.',
    'Nous avons un peu de marge en investissement, beaucoup moins en fonctionnement.',
  ],
  /** The question itself, after the context. */
  asks: ['Mes questions :', 'Quelques questions précises :', 'Ce que j’aimerais savoir :', 'Concrètement :'],
  closings: [
    'Merci d’avance pour vos retours.',
    'Tout retour d’expérience, même négatif, m’intéresse.',
    'Merci à ceux qui prendront le temps de répondre.',
    'Merci d’avance, et bonne journée.',
    'Je vous remercie par avance de vos conseils.',
    'Vos retours m’aideront à préparer le prochain conseil municipal.',
  ],
  /** A question about a case study (thread attached to it), {CS}: its title. */
  caseStudy: [
    'J’ai lu avec intérêt votre retour d’expérience « {CS} ».',
    'Votre fiche « {CS} » correspond presque exactement à notre projet.',
    'Je me permets une question sur le retour d’expérience « {CS} ».',
  ],
  /** The first words of a reply to {A}. */
  greetings: ['Bonjour {A},', 'Bonjour,', 'Bonjour {A}, merci pour cette question.', 'Bonsoir {A},'],
  /** A replier's own experience ({T}, {pop}: the replier's commune). */
  intros: [
    'Chez nous, {àT} ({pop} habitants), nous avons mené ce chantier il y a {y} ans.',
    'Nous sommes passés par là {àT}, commune de {pop} habitants.',
    '{ÀT}, nous avons eu exactement le même débat en conseil il y a {y} ans.',
    'Même situation {àT} ({pop} habitants) au début du mandat.',
    'Je peux vous donner notre expérience : {T}, {pop} habitants, un seul agent technique.',
    '{ÀT}, le sujet a été porté par l’intercommunalité, mais j’ai suivi le dossier de près.',
    'Nous avons fait ce choix {àT} il y a {y} ans, et je ne le regrette pas.',
  ],
  /** Before a bullet list. */
  lists: [
    'Concrètement :',
    'Quelques éléments concrets :',
    'Ce que nous avons fait, dans l’ordre :',
    'Pour répondre à vos questions :',
    'En résumé :',
  ],
  /** Before a lesson (its first letter is lowercased). */
  advice: ['Mon conseil : ', 'Si c’était à refaire : ', 'Un point d’attention : ', 'Ce que je retiens : '],
  /** Before a result. */
  results: ['Résultat : ', 'Le bilan, après {y} ans : ', 'Côté chiffres : ', ''],
  /** Before a problem of the theme (its first letter is lowercased). */
  problems: [
    'Nous partions de la même situation : ',
    'Au départ, ',
    'Chez nous aussi, ',
    'Le déclic a été le constat suivant : ',
  ],
  /** Quoting {Q}. */
  quotes: [
    'Je rejoins {Q} sur ce point.',
    'Pour compléter la réponse de {Q} :',
    '{Q} a raison sur le calendrier, mais je nuancerais sur le coût.',
    'Je nuancerais un peu ce que dit {Q}.',
    'Comme le dit {Q}, tout dépend de la taille de la commune.',
    'Merci {Q}, c’est aussi notre expérience.',
  ],
  /** Ends of a reply. */
  signoffs: [
    'Bon courage !',
    'Je peux vous transmettre notre délibération par message si besoin.',
    'N’hésitez pas si vous avez d’autres questions.',
    'Tenez-nous au courant de la suite.',
    'Bon courage pour la présentation en conseil.',
    'Je reste disponible pour en parler de vive voix.',
  ],
  /** The asker answering in their own thread ({A}: a replier). */
  followUps: [
    'Merci {A}, c’est exactement ce que je cherchais.',
    'Très clair, merci. Une dernière question : combien de temps cela vous a-t-il pris en tout ?',
    'Merci à tous pour vos réponses, je présenterai tout cela au prochain conseil.',
    'Merci {A}. Avez-vous eu besoin d’une délibération spécifique, ou la décision du maire a-t-elle suffi ?',
    'C’est très utile, merci. Je vous tiens au courant de la décision du conseil.',
    'Petite mise à jour : le conseil a validé le principe hier soir, à une large majorité. Merci encore pour vos retours.',
    'Merci {A} pour ce retour très complet. Pouvez-vous préciser le coût annuel de fonctionnement ?',
    'Nous avons rencontré le syndicat cette semaine grâce à vos conseils, le dossier avance.',
  ],
  /** A case study's author answering a question about it. */
  authorReplies: [
    'Merci pour votre question sur notre fiche. Quelques précisions, puisque nous avons un peu plus de recul aujourd’hui.',
    'Je suis l’un des auteurs de ce retour d’expérience, je vous réponds volontiers.',
    'Merci de l’intérêt porté à notre retour d’expérience. Pour répondre précisément :',
  ],
  /** Short replies. */
  short: [
    'Merci pour ce partage, très utile.',
    'Même question chez nous, je suis ce fil avec intérêt.',
    'Intéressant, merci !',
    'Nous avons eu le même retour des habitants.',
    'Merci, je transmets à notre secrétaire de mairie.',
    'Très utile, merci. Je garde ce fil de côté pour notre prochain conseil.',
    'Même constat chez nous, à l’euro près.',
    'Merci pour ces précisions.',
  ],
  /** Paragraph added by an edit (revision 2): revision 1 is the text before it. */
  edits: [
    '**Mise à jour** : le conseil a délibéré, la mise en œuvre démarre le mois prochain.',
    '**Mise à jour** : chiffres corrigés après vérification auprès de nos services.',
    '**Mise à jour** : j’ajoute le coût de fonctionnement annuel, que j’avais oublié.',
    '**Mise à jour** : lien vers la délibération retiré, le document a été mis en ligne sur le site de la commune.',
  ],
};

/** More first names for the members who discuss (with FIRST_NAMES of case-studies-text.mjs). */
export const MORE_FIRST_NAMES = [
  'Bernard',
  'Brigitte',
  'Chantal',
  'Christian',
  'Dominique',
  'Gilles',
  'Jacqueline',
  'Jean-Pierre',
  'Marie-Claude',
  'Michel',
  'Monique',
  'Pascal',
  'Patricia',
  'Sylvie',
  'Alain',
  'Catherine',
  'Daniel',
  'Émilie',
  'Gaëlle',
  'Guillaume',
  'Jean-Luc',
  'Marion',
  'Pauline',
  'Sébastien',
  'Thomas',
  'Vanessa',
  'Vincent',
  'Yasmine',
  'Karim',
  'Annie',
];

/** More family names (with LAST_NAMES of case-studies-text.mjs). */
export const MORE_LAST_NAMES = [
  'Le Goff',
  'Le Gall',
  'Kerbrat',
  'Fontaine',
  'Rolland',
  'Marchand',
  'Duval',
  'Denis',
  'Dumas',
  'Brun',
  'Blanchard',
  'Giraud',
  'Joly',
  'Rivière',
  'Lucas',
  'Brunet',
  'Gaillard',
  'Barbier',
  'Arnaud',
  'Martel',
  'Caron',
  'Vallet',
  'Roche',
  'Lemoine',
  'Renaud',
  'Picard',
  'Aubert',
  'Etcheverry',
  'Haddad',
  'Nguyen',
];
