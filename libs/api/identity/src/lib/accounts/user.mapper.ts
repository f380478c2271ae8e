import type { UserEntity } from './user.entity.js';
import type { UserModel } from './user.model.js';

export const DELETED_DISPLAY_NAME = 'Compte supprimé';

export function toUserModel(
  user: Pick<
    UserEntity,
    'id' | 'handle' | 'displayName' | 'bio' | 'role' | 'createdAt' | 'deletedAt' | 'email' | 'emailVerifiedAt'
  >,
): UserModel {
  return {
    id: user.id,
    handle: user.handle,
    displayName: user.deletedAt ? DELETED_DISPLAY_NAME : user.displayName,
    bio: user.deletedAt ? '' : user.bio,
    role: user.role,
    createdAt: user.createdAt,
    deleted: user.deletedAt !== null,
    emailValue: user.email,
    emailVerifiedAt: user.emailVerifiedAt,
  };
}
