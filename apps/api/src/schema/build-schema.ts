import path from 'node:path';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { findWorkspaceRoot } from '../config/workspace-root.js';
import { API_RESOLVERS } from './resolvers.js';

export const SCHEMA_FILE = path.join(findWorkspaceRoot(), 'libs/shared/graphql-schema/schema.graphql');

const HEADER = `# ------------------------------------------------------
# THIS FILE WAS AUTOMATICALLY GENERATED (DO NOT MODIFY)
# npm run schema:generate writes it from the API's code-first types.
# ------------------------------------------------------

`;

/** The schema file text for a schema, sorted so that diffs stay readable. */
export function printSchemaFile(schema: GraphQLSchema): string {
  return HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';
}

/** Builds the API schema from the resolver classes, without booting a database. */
export async function buildSchema(): Promise<string> {
  const context = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
  try {
    await context.init();
    const schema = await context.get(GraphQLSchemaFactory).create(API_RESOLVERS);
    return printSchemaFile(schema);
  } finally {
    await context.close();
  }
}
