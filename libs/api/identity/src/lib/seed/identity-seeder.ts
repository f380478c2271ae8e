import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, Repository } from 'typeorm';
import { DomainError, type PlatformRole } from '@pairs/platform-core';
import { TerritoriesService } from '@pairs/territories';
import { normalizeEmail, normalizeHandle } from '../accounts/normalize.js';
import { hashPassword, passwordProblems } from '../accounts/passwords.js';
import { UserEntity } from '../accounts/user.entity.js';
import { MandateEntity } from '../profiles/mandate.entity.js';
import type { MandateRole } from '../profiles/mandate-role.js';

/** Every demo account's password, printed in the README. */
export const DEMO_PASSWORD = 'pairs-demo-2026';

interface DemoUser {
  email: string;
  handle: string;
  displayName: string;
  role: PlatformRole;
  bio: string;
  mandates: Array<{ role: MandateRole; territoryCode: string; verified: boolean }>;
}

/** Fictional people on real territories (facts from shared/domain/README.md). */
export const DEMO_USERS: DemoUser[] = [
  {
    email: 'admin@demo.pairs.fr',
    handle: 'equipe-pairs',
    displayName: 'Équipe Pairs',
    role: 'ADMIN',
    bio: 'Administration de la plateforme Pairs.',
    mandates: [],
  },
  {
    email: 'moderatrice@demo.pairs.fr',
    handle: 'sophie-lambert',
    displayName: 'Sophie Lambert',
    role: 'MODERATOR',
    bio: 'Modératrice de Pairs. Ancienne chargée de mission numérique dans une communauté de communes.',
    mandates: [{ role: 'AGENT', territoryCode: 'REG-27', verified: true }],
  },
  {
    email: 'marc.olivier@demo.pairs.fr',
    handle: 'marc-olivier',
    displayName: 'Marc Olivier',
    role: 'MEMBER',
    bio: 'Adjoint aux travaux et à l’éclairage public. Nous avons remplacé nos lampes par des LED et testé la régulation intelligente.',
    mandates: [{ role: 'ADJOINT', territoryCode: '83050', verified: true }],
  },
  {
    email: 'nadia.benali@demo.pairs.fr',
    handle: 'nadia-benali',
    displayName: 'Nadia Benali',
    role: 'MEMBER',
    bio: 'Conseillère municipale déléguée à la dématérialisation des assemblées.',
    mandates: [{ role: 'CONSEILLER_MUNICIPAL', territoryCode: '51108', verified: true }],
  },
  {
    email: 'jean-pierre.morel@demo.pairs.fr',
    handle: 'jean-pierre-morel',
    displayName: 'Jean-Pierre Morel',
    role: 'MEMBER',
    bio: 'Adjoint à l’action sociale, conseiller communautaire.',
    mandates: [
      { role: 'ADJOINT', territoryCode: '71014', verified: true },
      { role: 'CONSEILLER_COMMUNAUTAIRE', territoryCode: '200070530', verified: true },
    ],
  },
  {
    email: 'vanessa.roche@demo.pairs.fr',
    handle: 'vanessa-roche',
    displayName: 'Vanessa Roche',
    role: 'MEMBER',
    bio: 'Chargée de projet à la communauté de communes : coordination des agents sociaux et suivi des bénéficiaires.',
    mandates: [{ role: 'AGENT', territoryCode: '200070530', verified: true }],
  },
  {
    email: 'bernard.vallet@demo.pairs.fr',
    handle: 'bernard-vallet',
    displayName: 'Bernard Vallet',
    role: 'MEMBER',
    bio: 'Vice-président chargé de la mutualisation.',
    mandates: [{ role: 'VICE_PRESIDENT_EPCI', territoryCode: '200070530', verified: true }],
  },
  {
    email: 'martine.girard@demo.pairs.fr',
    handle: 'martine-girard',
    displayName: 'Martine Girard',
    role: 'MEMBER',
    bio: 'Maire d’une commune de moins de 700 habitants dans le Morvan. Pas de service informatique : on apprend entre pairs.',
    mandates: [{ role: 'MAIRE', territoryCode: '71009', verified: true }],
  },
  {
    email: 'gaelle.legoff@demo.pairs.fr',
    handle: 'gaelle-le-goff',
    displayName: 'Gaëlle Le Goff',
    role: 'MEMBER',
    bio: 'Adjointe au numérique responsable.',
    mandates: [
      { role: 'ADJOINT', territoryCode: '35238', verified: true },
      { role: 'CONSEILLER_COMMUNAUTAIRE', territoryCode: '243500139', verified: false },
    ],
  },
  {
    email: 'thomas.delattre@demo.pairs.fr',
    handle: 'thomas-delattre',
    displayName: 'Thomas Delattre',
    role: 'MEMBER',
    bio: 'Urbaniste, je travaille sur l’adaptation de la ville du quart d’heure aux territoires ruraux.',
    mandates: [{ role: 'AGENT', territoryCode: '62041', verified: true }],
  },
  {
    email: 'isabelle.faure@demo.pairs.fr',
    handle: 'isabelle-faure',
    displayName: 'Isabelle Faure',
    role: 'MEMBER',
    bio: 'Conseillère départementale, référente inclusion numérique.',
    mandates: [{ role: 'CONSEILLER_DEPARTEMENTAL', territoryCode: 'DEP-71', verified: true }],
  },
  {
    email: 'paul.mercier@demo.pairs.fr',
    handle: 'paul-mercier',
    displayName: 'Paul Mercier',
    role: 'MEMBER',
    bio: 'Conseiller régional, commission aménagement du territoire.',
    mandates: [{ role: 'CONSEILLER_REGIONAL', territoryCode: 'REG-44', verified: false }],
  },
];

/** Demo accounts and the first administrator. */
@Injectable()
export class IdentitySeeder {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly territories: TerritoriesService,
  ) {}

  /** Idempotent: existing demo accounts are updated, their mandates replaced. */
  async seedDemoUsers(): Promise<number> {
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const codes = [...new Set(DEMO_USERS.flatMap((u) => u.mandates.map((m) => m.territoryCode)))];
    const territoryIds = new Map((await this.territories.findByCodes(codes)).map((t) => [t.code, t.id]));
    await this.dataSource.transaction(async (manager) => {
      const users = manager.getRepository(UserEntity);
      const mandates = manager.getRepository(MandateEntity);
      const admin = await this.upsertUser(manager.getRepository(UserEntity), DEMO_USERS[0], passwordHash);
      for (const demo of DEMO_USERS) {
        const user = await this.upsertUser(users, demo, passwordHash);
        await mandates.delete({ userId: user.id });
        const rows = demo.mandates
          .filter((m) => territoryIds.has(m.territoryCode))
          .map((m) => ({
            userId: user.id,
            role: m.role,
            territoryId: territoryIds.get(m.territoryCode)!,
            verifiedAt: m.verified ? new Date() : null,
            verifiedById: m.verified ? admin.id : null,
          }));
        if (rows.length) await mandates.insert(rows);
      }
    });
    return DEMO_USERS.length;
  }

  private async upsertUser(
    repo: Repository<UserEntity>,
    demo: DemoUser,
    passwordHash: string,
  ): Promise<UserEntity> {
    const existing = await repo.findOneBy({ email: demo.email });
    const values = {
      email: demo.email,
      handle: demo.handle,
      displayName: demo.displayName,
      bio: demo.bio,
      role: demo.role,
      passwordHash,
      emailVerifiedAt: existing?.emailVerifiedAt ?? new Date(),
      suspendedAt: null,
      deletedAt: null,
    };
    if (existing) {
      await repo.update({ id: existing.id }, values);
      return { ...existing, ...values };
    }
    return repo.save(repo.create(values));
  }

  /** `npm run user:create-admin`: creates a verified administrator, or promotes an existing account. */
  async createAdmin(input: {
    email: string;
    password: string;
    handle?: string;
    displayName?: string;
  }): Promise<UserEntity> {
    const email = normalizeEmail(input.email);
    const problems = passwordProblems(input.password, { email });
    if (problems.length) throw DomainError.badInput(problems);
    const repo = this.dataSource.getRepository(UserEntity);
    const passwordHash = await hashPassword(input.password);
    const existing = await repo.findOneBy({ email });
    if (existing) {
      await repo.update(
        { id: existing.id },
        {
          role: 'ADMIN',
          passwordHash,
          emailVerifiedAt: existing.emailVerifiedAt ?? new Date(),
          suspendedAt: null,
        },
      );
      return { ...existing, role: 'ADMIN' };
    }
    const handle = normalizeHandle(
      input.handle ??
        email
          .split('@')[0]
          .replace(/[^a-z0-9-]/g, '-')
          .slice(0, 30),
    );
    return repo.save(
      repo.create({
        email,
        handle,
        displayName: input.displayName ?? 'Administrateur',
        role: 'ADMIN',
        passwordHash,
        emailVerifiedAt: new Date(),
      }),
    );
  }
}
