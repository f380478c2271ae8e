import type {
  GroupJoinPolicy,
  GroupMembershipStatus,
  GroupRole,
  GroupVisibility,
  OrganizationKind,
  OrganizationRole,
} from '@pairs/shared-domain';
import { demoId } from '@pairs/platform-database';

export interface DemoOrganization {
  key: string;
  slug: string;
  name: string;
  kind: OrganizationKind;
  description: string;
  website: string | null;
  /** null: national. */
  territoryCode: string | null;
  members: Array<{ handle: string; role: OrganizationRole }>;
}

export interface DemoMembership {
  handle: string;
  status: GroupMembershipStatus;
  role: GroupRole;
  daysAgo: number;
  message?: string;
  /** Who invited (INVITED) or decided (ACTIVE after a request). */
  by?: string;
}

export interface DemoGroup {
  key: string;
  /** Stable id: content seeders (threads, case studies) may point at it. */
  id: string;
  slug: string;
  name: string;
  description: string;
  organization: string;
  visibility: GroupVisibility;
  joinPolicy: GroupJoinPolicy;
  requiresVerifiedMandate: boolean;
  themeSlugs: string[];
  memberships: DemoMembership[];
}

export const DEMO_ORGANIZATIONS: DemoOrganization[] = [
  {
    key: 'anct-incubateur',
    slug: 'incubateur-des-territoires-anct',
    name: 'Incubateur des territoires (ANCT)',
    kind: 'AGENCE_ETAT',
    description:
      'L’incubateur de l’Agence nationale de la cohésion des territoires accompagne des communs numériques construits avec et pour les collectivités.',
    website: 'https://incubateur.anct.gouv.fr',
    territoryCode: null,
    members: [
      { handle: 'vanessa-roche', role: 'ADMIN' },
      { handle: 'bernard-vallet', role: 'MEMBER' },
    ],
  },
  {
    key: 'cerema',
    slug: 'cerema',
    name: 'Cerema',
    kind: 'AGENCE_ETAT',
    description:
      'Centre d’études et d’expertise sur les risques, l’environnement, la mobilité et l’aménagement : appui technique aux collectivités, notamment sur l’éclairage public.',
    website: 'https://www.cerema.fr',
    territoryCode: null,
    members: [{ handle: 'marc-olivier', role: 'ADMIN' }],
  },
  {
    key: 'aud-artois',
    slug: 'agence-d-urbanisme-de-l-artois',
    name: 'Agence d’urbanisme de l’Artois',
    kind: 'AGENCE_URBANISME',
    description:
      'Études et observatoires au service des intercommunalités de l’Artois : mobilités, proximité des services, revitalisation des centres-bourgs.',
    website: null,
    territoryCode: '200033579', // CU d'Arras, where the agency is based
    members: [{ handle: 'thomas-delattre', role: 'ADMIN' }],
  },
  {
    key: 'hub-bfc',
    slug: 'hub-numerique-bourgogne-franche-comte',
    name: 'Hub numérique Bourgogne-Franche-Comté',
    kind: 'HUB_TERRITORIAL',
    description:
      'Le hub de territoire pour un numérique d’intérêt général : inclusion numérique, sobriété et mutualisation entre collectivités de la région.',
    website: null,
    territoryCode: 'REG-27',
    members: [
      { handle: 'sophie-lambert', role: 'ADMIN' },
      { handle: 'isabelle-faure', role: 'MEMBER' },
    ],
  },
];

const group = (g: Omit<DemoGroup, 'id'>): DemoGroup => ({ ...g, id: demoId(`group:${g.key}`) });

/** The demo groups by key; `DEMO_GROUPS.suiviSocial.id` is stable across seedings. */
export const DEMO_GROUPS = {
  numeriqueResponsable: group({
    key: 'numerique-responsable-bourgogne',
    slug: 'numerique-responsable-en-bourgogne',
    name: 'Numérique responsable en Bourgogne',
    description:
      'Sobriété des équipements, réemploi, inclusion : les élus bourguignons partagent leurs pratiques de numérique responsable.',
    organization: 'hub-bfc',
    visibility: 'PUBLIC',
    joinPolicy: 'OPEN',
    requiresVerifiedMandate: false,
    themeSlugs: [
      'numerique-responsable',
      'impact-environnemental-du-numerique',
      'inclusion-numerique-aidants-connect',
    ],
    memberships: [
      { handle: 'isabelle-faure', status: 'ACTIVE', role: 'FACILITATOR', daysAgo: 60 },
      { handle: 'martine-girard', status: 'ACTIVE', role: 'MEMBER', daysAgo: 45 },
      { handle: 'jean-pierre-morel', status: 'ACTIVE', role: 'MEMBER', daysAgo: 30 },
      { handle: 'gaelle-le-goff', status: 'ACTIVE', role: 'MEMBER', daysAgo: 12 },
    ],
  }),
  demiHeure: group({
    key: 'elus-ruraux-demi-heure',
    slug: 'elus-ruraux-et-demi-heure',
    name: 'Élus ruraux et demi-heure',
    description:
      'Groupe fermé d’élus mandatés : adapter le « territoire de la demi-heure » aux communes rurales, sans étude hors de prix.',
    organization: 'aud-artois',
    visibility: 'PRIVATE',
    joinPolicy: 'REQUEST',
    requiresVerifiedMandate: true,
    themeSlugs: ['territoire-de-la-demi-heure', 'ville-du-quart-d-heure'],
    memberships: [
      { handle: 'thomas-delattre', status: 'ACTIVE', role: 'FACILITATOR', daysAgo: 50 },
      { handle: 'martine-girard', status: 'ACTIVE', role: 'MEMBER', daysAgo: 40, by: 'thomas-delattre' },
      { handle: 'bernard-vallet', status: 'ACTIVE', role: 'MEMBER', daysAgo: 20, by: 'thomas-delattre' },
      {
        handle: 'nadia-benali',
        status: 'PENDING',
        role: 'MEMBER',
        daysAgo: 2,
        message:
          'Notre intercommunalité lance une étude de proximité des services : j’aimerais profiter de vos retours.',
      },
    ],
  }),
  eclairage: group({
    key: 'eclairage-public-retours',
    slug: 'eclairage-public-retours-de-terrain',
    name: 'Éclairage public : retours de terrain',
    description:
      'LED, extinction en cœur de nuit, régulation : ce que les communes ont mesuré, et ce qu’elles referaient autrement.',
    organization: 'cerema',
    visibility: 'PUBLIC',
    joinPolicy: 'OPEN',
    requiresVerifiedMandate: false,
    themeSlugs: ['eclairage-public', 'financements-et-aides'],
    memberships: [
      { handle: 'marc-olivier', status: 'ACTIVE', role: 'FACILITATOR', daysAgo: 90 },
      { handle: 'nadia-benali', status: 'ACTIVE', role: 'MEMBER', daysAgo: 70 },
      { handle: 'martine-girard', status: 'ACTIVE', role: 'MEMBER', daysAgo: 35 },
      { handle: 'jean-pierre-morel', status: 'ACTIVE', role: 'MEMBER', daysAgo: 8 },
    ],
  }),
  suiviSocial: group({
    key: 'suivi-social-ccas',
    slug: 'suivi-social-mutualise-entre-ccas',
    name: 'Suivi social mutualisé entre CCAS',
    description:
      'Sur invitation : les CCAS qui partagent un outil de suivi des bénéficiaires comparent leurs usages et préparent les évolutions.',
    organization: 'anct-incubateur',
    visibility: 'PRIVATE',
    joinPolicy: 'INVITE',
    requiresVerifiedMandate: false,
    themeSlugs: ['action-sociale-et-suivi-des-beneficiaires', 'mutualisation-entre-collectivites'],
    memberships: [
      { handle: 'vanessa-roche', status: 'ACTIVE', role: 'FACILITATOR', daysAgo: 80 },
      { handle: 'jean-pierre-morel', status: 'ACTIVE', role: 'MEMBER', daysAgo: 75, by: 'vanessa-roche' },
      { handle: 'bernard-vallet', status: 'ACTIVE', role: 'FACILITATOR', daysAgo: 60, by: 'vanessa-roche' },
      { handle: 'martine-girard', status: 'ACTIVE', role: 'MEMBER', daysAgo: 25, by: 'vanessa-roche' },
      { handle: 'isabelle-faure', status: 'INVITED', role: 'MEMBER', daysAgo: 3, by: 'vanessa-roche' },
    ],
  }),
} satisfies Record<string, DemoGroup>;

export type DemoGroupKey = keyof typeof DEMO_GROUPS;
