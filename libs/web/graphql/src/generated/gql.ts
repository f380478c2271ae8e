/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ExportMyData {\n    exportMyData\n  }\n": typeof types.ExportMyDataDocument,
    "\n  mutation DeleteMyAccount($input: DeleteMyAccountInput!) {\n    deleteMyAccount(input: $input)\n  }\n": typeof types.DeleteMyAccountDocument,
    "\n  query AccountProfile {\n    me {\n      id\n      handle\n      displayName\n      bio\n      mandates {\n        id\n        role\n        verified\n        territory {\n          id\n          code\n          inseeCode\n          name\n          kind\n          population\n        }\n      }\n    }\n  }\n": typeof types.AccountProfileDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      handle\n      displayName\n      bio\n      mandates {\n        id\n        role\n        verified\n        territory {\n          id\n          code\n          inseeCode\n          name\n          kind\n          population\n        }\n      }\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      current\n      ip\n      userAgent\n      createdAt\n      lastSeenAt\n    }\n  }\n": typeof types.MySessionsDocument,
    "\n  mutation RevokeSession($input: RevokeSessionInput!) {\n    revokeSession(input: $input)\n  }\n": typeof types.RevokeSessionDocument,
    "\n  query TerritorySearch($search: String!, $first: Int) {\n    territories(search: $search, first: $first) {\n      id\n      code\n      inseeCode\n      name\n      kind\n      population\n    }\n  }\n": typeof types.TerritorySearchDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      id\n      handle\n      displayName\n      email\n      emailVerified\n      role\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      id\n      handle\n      displayName\n      email\n      emailVerified\n      role\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      id\n      handle\n      emailVerified\n    }\n  }\n": typeof types.VerifyEmailDocument,
    "\n  query HomePage {\n    siteInfo {\n      name\n      tagline\n      welcomeMessageHtml\n      demoDataLoadedAt\n    }\n  }\n": typeof types.HomePageDocument,
    "\n  query MemberProfile($handle: String!) {\n    user(handle: $handle) {\n      id\n      handle\n      displayName\n      bio\n      deleted\n      createdAt\n      mandates {\n        id\n        role\n        verified\n        territory {\n          id\n          code\n          name\n          kind\n          population\n        }\n      }\n    }\n  }\n": typeof types.MemberProfileDocument,
    "\n  query ModerationThemes {\n    themes(includeArchived: true) {\n      id\n      slug\n      name\n      description\n      status\n      synonyms\n      children(includeArchived: true) {\n        id\n        slug\n        name\n        description\n        status\n        synonyms\n      }\n    }\n  }\n": typeof types.ModerationThemesDocument,
    "\n  mutation CreateTheme($input: CreateThemeInput!) {\n    createTheme(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.CreateThemeDocument,
    "\n  mutation UpdateTheme($input: UpdateThemeInput!) {\n    updateTheme(input: $input) {\n      id\n      slug\n      name\n      description\n      synonyms\n    }\n  }\n": typeof types.UpdateThemeDocument,
    "\n  mutation ArchiveTheme($input: ArchiveThemeInput!) {\n    archiveTheme(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ArchiveThemeDocument,
    "\n  mutation MergeThemes($input: MergeThemesInput!) {\n    mergeThemes(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.MergeThemesDocument,
    "\n  query ThemeIndex {\n    themes {\n      id\n      slug\n      name\n      description\n      children {\n        id\n        slug\n        name\n      }\n    }\n  }\n": typeof types.ThemeIndexDocument,
    "\n  query ThemePage($slug: String!) {\n    theme(slug: $slug) {\n      id\n      slug\n      name\n      description\n      status\n      synonyms\n      parent {\n        id\n        slug\n        name\n      }\n      children {\n        id\n        slug\n        name\n      }\n    }\n  }\n": typeof types.ThemePageDocument,
    "\n  mutation ResendVerification {\n    resendVerification\n  }\n": typeof types.ResendVerificationDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query Viewer {\n    me {\n      id\n      handle\n      displayName\n      email\n      emailVerified\n      role\n    }\n  }\n": typeof types.ViewerDocument,
};
const documents: Documents = {
    "\n  query ExportMyData {\n    exportMyData\n  }\n": types.ExportMyDataDocument,
    "\n  mutation DeleteMyAccount($input: DeleteMyAccountInput!) {\n    deleteMyAccount(input: $input)\n  }\n": types.DeleteMyAccountDocument,
    "\n  query AccountProfile {\n    me {\n      id\n      handle\n      displayName\n      bio\n      mandates {\n        id\n        role\n        verified\n        territory {\n          id\n          code\n          inseeCode\n          name\n          kind\n          population\n        }\n      }\n    }\n  }\n": types.AccountProfileDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      handle\n      displayName\n      bio\n      mandates {\n        id\n        role\n        verified\n        territory {\n          id\n          code\n          inseeCode\n          name\n          kind\n          population\n        }\n      }\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      current\n      ip\n      userAgent\n      createdAt\n      lastSeenAt\n    }\n  }\n": types.MySessionsDocument,
    "\n  mutation RevokeSession($input: RevokeSessionInput!) {\n    revokeSession(input: $input)\n  }\n": types.RevokeSessionDocument,
    "\n  query TerritorySearch($search: String!, $first: Int) {\n    territories(search: $search, first: $first) {\n      id\n      code\n      inseeCode\n      name\n      kind\n      population\n    }\n  }\n": types.TerritorySearchDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": types.ResetPasswordDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      id\n      handle\n      displayName\n      email\n      emailVerified\n      role\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      id\n      handle\n      displayName\n      email\n      emailVerified\n      role\n    }\n  }\n": types.RegisterDocument,
    "\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      id\n      handle\n      emailVerified\n    }\n  }\n": types.VerifyEmailDocument,
    "\n  query HomePage {\n    siteInfo {\n      name\n      tagline\n      welcomeMessageHtml\n      demoDataLoadedAt\n    }\n  }\n": types.HomePageDocument,
    "\n  query MemberProfile($handle: String!) {\n    user(handle: $handle) {\n      id\n      handle\n      displayName\n      bio\n      deleted\n      createdAt\n      mandates {\n        id\n        role\n        verified\n        territory {\n          id\n          code\n          name\n          kind\n          population\n        }\n      }\n    }\n  }\n": types.MemberProfileDocument,
    "\n  query ModerationThemes {\n    themes(includeArchived: true) {\n      id\n      slug\n      name\n      description\n      status\n      synonyms\n      children(includeArchived: true) {\n        id\n        slug\n        name\n        description\n        status\n        synonyms\n      }\n    }\n  }\n": types.ModerationThemesDocument,
    "\n  mutation CreateTheme($input: CreateThemeInput!) {\n    createTheme(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n": types.CreateThemeDocument,
    "\n  mutation UpdateTheme($input: UpdateThemeInput!) {\n    updateTheme(input: $input) {\n      id\n      slug\n      name\n      description\n      synonyms\n    }\n  }\n": types.UpdateThemeDocument,
    "\n  mutation ArchiveTheme($input: ArchiveThemeInput!) {\n    archiveTheme(input: $input) {\n      id\n      status\n    }\n  }\n": types.ArchiveThemeDocument,
    "\n  mutation MergeThemes($input: MergeThemesInput!) {\n    mergeThemes(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n": types.MergeThemesDocument,
    "\n  query ThemeIndex {\n    themes {\n      id\n      slug\n      name\n      description\n      children {\n        id\n        slug\n        name\n      }\n    }\n  }\n": types.ThemeIndexDocument,
    "\n  query ThemePage($slug: String!) {\n    theme(slug: $slug) {\n      id\n      slug\n      name\n      description\n      status\n      synonyms\n      parent {\n        id\n        slug\n        name\n      }\n      children {\n        id\n        slug\n        name\n      }\n    }\n  }\n": types.ThemePageDocument,
    "\n  mutation ResendVerification {\n    resendVerification\n  }\n": types.ResendVerificationDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query Viewer {\n    me {\n      id\n      handle\n      displayName\n      email\n      emailVerified\n      role\n    }\n  }\n": types.ViewerDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportMyData {\n    exportMyData\n  }\n"): (typeof documents)["\n  query ExportMyData {\n    exportMyData\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMyAccount($input: DeleteMyAccountInput!) {\n    deleteMyAccount(input: $input)\n  }\n"): (typeof documents)["\n  mutation DeleteMyAccount($input: DeleteMyAccountInput!) {\n    deleteMyAccount(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountProfile {\n    me {\n      id\n      handle\n      displayName\n      bio\n      mandates {\n        id\n        role\n        verified\n        territory {\n          id\n          code\n          inseeCode\n          name\n          kind\n          population\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountProfile {\n    me {\n      id\n      handle\n      displayName\n      bio\n      mandates {\n        id\n        role\n        verified\n        territory {\n          id\n          code\n          inseeCode\n          name\n          kind\n          population\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      handle\n      displayName\n      bio\n      mandates {\n        id\n        role\n        verified\n        territory {\n          id\n          code\n          inseeCode\n          name\n          kind\n          population\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      handle\n      displayName\n      bio\n      mandates {\n        id\n        role\n        verified\n        territory {\n          id\n          code\n          inseeCode\n          name\n          kind\n          population\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySessions {\n    mySessions {\n      id\n      current\n      ip\n      userAgent\n      createdAt\n      lastSeenAt\n    }\n  }\n"): (typeof documents)["\n  query MySessions {\n    mySessions {\n      id\n      current\n      ip\n      userAgent\n      createdAt\n      lastSeenAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeSession($input: RevokeSessionInput!) {\n    revokeSession(input: $input)\n  }\n"): (typeof documents)["\n  mutation RevokeSession($input: RevokeSessionInput!) {\n    revokeSession(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TerritorySearch($search: String!, $first: Int) {\n    territories(search: $search, first: $first) {\n      id\n      code\n      inseeCode\n      name\n      kind\n      population\n    }\n  }\n"): (typeof documents)["\n  query TerritorySearch($search: String!, $first: Int) {\n    territories(search: $search, first: $first) {\n      id\n      code\n      inseeCode\n      name\n      kind\n      population\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      id\n      handle\n      displayName\n      email\n      emailVerified\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      id\n      handle\n      displayName\n      email\n      emailVerified\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      id\n      handle\n      displayName\n      email\n      emailVerified\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      id\n      handle\n      displayName\n      email\n      emailVerified\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      id\n      handle\n      emailVerified\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      id\n      handle\n      emailVerified\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomePage {\n    siteInfo {\n      name\n      tagline\n      welcomeMessageHtml\n      demoDataLoadedAt\n    }\n  }\n"): (typeof documents)["\n  query HomePage {\n    siteInfo {\n      name\n      tagline\n      welcomeMessageHtml\n      demoDataLoadedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberProfile($handle: String!) {\n    user(handle: $handle) {\n      id\n      handle\n      displayName\n      bio\n      deleted\n      createdAt\n      mandates {\n        id\n        role\n        verified\n        territory {\n          id\n          code\n          name\n          kind\n          population\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberProfile($handle: String!) {\n    user(handle: $handle) {\n      id\n      handle\n      displayName\n      bio\n      deleted\n      createdAt\n      mandates {\n        id\n        role\n        verified\n        territory {\n          id\n          code\n          name\n          kind\n          population\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationThemes {\n    themes(includeArchived: true) {\n      id\n      slug\n      name\n      description\n      status\n      synonyms\n      children(includeArchived: true) {\n        id\n        slug\n        name\n        description\n        status\n        synonyms\n      }\n    }\n  }\n"): (typeof documents)["\n  query ModerationThemes {\n    themes(includeArchived: true) {\n      id\n      slug\n      name\n      description\n      status\n      synonyms\n      children(includeArchived: true) {\n        id\n        slug\n        name\n        description\n        status\n        synonyms\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTheme($input: CreateThemeInput!) {\n    createTheme(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTheme($input: CreateThemeInput!) {\n    createTheme(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTheme($input: UpdateThemeInput!) {\n    updateTheme(input: $input) {\n      id\n      slug\n      name\n      description\n      synonyms\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTheme($input: UpdateThemeInput!) {\n    updateTheme(input: $input) {\n      id\n      slug\n      name\n      description\n      synonyms\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveTheme($input: ArchiveThemeInput!) {\n    archiveTheme(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveTheme($input: ArchiveThemeInput!) {\n    archiveTheme(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeThemes($input: MergeThemesInput!) {\n    mergeThemes(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation MergeThemes($input: MergeThemesInput!) {\n    mergeThemes(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThemeIndex {\n    themes {\n      id\n      slug\n      name\n      description\n      children {\n        id\n        slug\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ThemeIndex {\n    themes {\n      id\n      slug\n      name\n      description\n      children {\n        id\n        slug\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThemePage($slug: String!) {\n    theme(slug: $slug) {\n      id\n      slug\n      name\n      description\n      status\n      synonyms\n      parent {\n        id\n        slug\n        name\n      }\n      children {\n        id\n        slug\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ThemePage($slug: String!) {\n    theme(slug: $slug) {\n      id\n      slug\n      name\n      description\n      status\n      synonyms\n      parent {\n        id\n        slug\n        name\n      }\n      children {\n        id\n        slug\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendVerification {\n    resendVerification\n  }\n"): (typeof documents)["\n  mutation ResendVerification {\n    resendVerification\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      id\n      handle\n      displayName\n      email\n      emailVerified\n      role\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      id\n      handle\n      displayName\n      email\n      emailVerified\n      role\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;