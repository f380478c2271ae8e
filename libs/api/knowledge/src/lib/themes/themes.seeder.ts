import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { slugify } from '@pairs/shared-domain';
import { ThemeEntity } from './theme.entity.js';

interface SeedTheme {
  name: string;
  description: string;
  synonyms?: string[];
  children?: SeedTheme[];
}

/** The themes of shared/domain/README.md, grouped under a few parents. */
export const DEMO_THEMES: SeedTheme[] = [
  {
    name: 'Aménagement et proximité',
    description: 'Organiser le territoire pour que services et emplois restent accessibles.',
    children: [
      {
        name: 'Territoire de la demi-heure',
        description:
          'Adapter la ville du quart d’heure aux territoires ruraux : les services essentiels à moins de trente minutes.',
        synonyms: ['demi-heure', 'ruralité'],
      },
      {
        name: 'Ville du quart d’heure',
        description: 'Tout l’essentiel à un quart d’heure à pied ou à vélo.',
        synonyms: ['quart d’heure'],
      },
      {
        name: 'Adressage (Base adresse locale)',
        description: 'Nommer les voies et numéroter les adresses, publier sa Base adresse locale.',
        synonyms: ['BAL', 'adresses'],
      },
    ],
  },
  {
    name: 'Numérique responsable',
    description: 'Des choix numériques sobres, utiles et construits avec les habitants.',
    synonyms: ['sobriété numérique'],
    children: [
      {
        name: 'Impact environnemental du numérique',
        description: 'Mesurer l’empreinte des équipements, leur renouvellement et leurs externalités.',
      },
      {
        name: 'Éclairage public',
        description: 'LED, régulation, extinction nocturne : coûts, économies et confort.',
        synonyms: ['LED', 'éclairage intelligent'],
      },
      {
        name: 'Dématérialisation des assemblées',
        description: 'Convocations, délibérations et signatures sans papier.',
        synonyms: ['tablettes', 'conseil municipal'],
      },
    ],
  },
  {
    name: 'Services aux habitants',
    description: 'Accompagner les habitants et les agents au quotidien.',
    children: [
      {
        name: 'Action sociale et suivi des bénéficiaires',
        description: 'Coordonner les agents sociaux, suivre les bénéficiaires dans le respect du RGPD.',
        synonyms: ['CCAS'],
      },
      {
        name: 'Inclusion numérique (Aidants Connect)',
        description: 'Aider les personnes éloignées du numérique dans leurs démarches.',
        synonyms: ['Aidants Connect', 'médiation numérique'],
      },
    ],
  },
  {
    name: 'Pilotage et coopération',
    description: 'Décider, s’outiller et travailler ensemble entre collectivités.',
    children: [
      {
        name: 'Maturité numérique (smart diagnostic)',
        description: 'S’autoévaluer sur des critères précis avant de se lancer.',
        synonyms: ['smart diagnostic', 'diagnostic'],
      },
      {
        name: 'Mutualisation entre collectivités',
        description: 'Partager outils, agents et marchés avec ses voisins.',
        synonyms: ['mutualisation'],
      },
      {
        name: 'Financements et aides',
        description: 'Trouver et monter les dossiers d’aides : plus de 180 dispositifs pour le numérique.',
        synonyms: ['subventions', 'aides-territoires'],
      },
    ],
  },
];

@Injectable()
export class ThemesSeeder {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Idempotent: themes are matched by slug and updated. */
  async seed(): Promise<number> {
    let count = 0;
    await this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(ThemeEntity);
      const upsert = async (theme: SeedTheme, parentId: string | null, position: number): Promise<string> => {
        const slug = slugify(theme.name);
        const values = {
          slug,
          name: theme.name,
          description: theme.description,
          synonyms: theme.synonyms ?? [],
          parentId,
          position,
          status: 'ACTIVE' as const,
        };
        const existing = await repo.findOneBy({ slug });
        count++;
        if (existing) {
          await repo.update({ id: existing.id }, values);
          return existing.id;
        }
        return (await repo.save(repo.create(values))).id;
      };
      for (const [i, parent] of DEMO_THEMES.entries()) {
        const parentId = await upsert(parent, null, i);
        for (const [j, child] of (parent.children ?? []).entries()) await upsert(child, parentId, j);
      }
    });
    return count;
  }
}
