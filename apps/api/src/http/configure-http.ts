import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import helmet from '@fastify/helmet';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import { requestContext, type AnonymousResponseCache, type RequestStore } from '@pairs/platform-core';
import { anonymousCacheHook } from '../graphql/anonymous-cache.js';
import type { AppConfig } from '../config/config.js';

/** Largest accepted request body (DESIGN.md §4); bigger ones get 413. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Request ids: a well-formed incoming `x-request-id` is kept (tracing across a proxy), else a UUID. */
export function genReqId(req: { headers: Record<string, string | string[] | undefined> }): string {
  const incoming = req.headers['x-request-id'];
  const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
  (req as { id?: string }).id = id;
  return id;
}

type RequestWithStore = FastifyRequest & { pairsStore?: RequestStore };

/**
 * Fastify-level wiring shared by the server and the tests: security headers, cookies, the
 * request context (request id, SQL query counter), graceful draining and the web app.
 */
export async function configureHttp(
  fastify: FastifyInstance,
  config: AppConfig,
  anonymousCache?: AnonymousResponseCache,
): Promise<void> {
  const devTools = config.isProduction
    ? []
    : [
        'https://embeddable-sandbox.cdn.apollographql.com',
        'https://apollo-server-landing-page.cdn.apollographql.com',
      ];
  await fastify.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", ...devTools],
        styleSrc: ["'self'", "'unsafe-inline'", ...devTools],
        imgSrc: ["'self'", 'data:', ...devTools],
        fontSrc: ["'self'", 'data:', ...devTools],
        connectSrc: ["'self'", ...devTools],
        frameSrc: ["'self'", ...devTools],
        manifestSrc: ["'self'", ...devTools],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: config.isProduction ? [] : null,
      },
    },
    crossOriginEmbedderPolicy: false,
    hsts: config.isProduction,
  });
  await fastify.register(cookie, { secret: config.sessionSecret });

  let closing = false;
  fastify.addHook('onRequest', (request: RequestWithStore, reply, done) => {
    const store = requestContext.create(request.id);
    request.pairsStore = store;
    void reply.header('x-request-id', request.id);
    requestContext.enter(store);
    done();
  });
  // Body parsing runs in the socket's async context: re-enter the store before the handler
  // so that resolvers and the SQL logger see it.
  fastify.addHook('preHandler', (request: RequestWithStore, _reply, done) => {
    if (request.pairsStore) requestContext.enter(request.pairsStore);
    done();
  });
  if (anonymousCache) fastify.addHook('preHandler', anonymousCacheHook(anonymousCache));
  fastify.addHook('onSend', (request: RequestWithStore, reply: FastifyReply, payload, done) => {
    if (!config.isProduction && request.pairsStore) {
      void reply.header('x-sql-queries', String(request.pairsStore.sqlQueries));
    }
    // While draining, tell keep-alive clients to reconnect elsewhere so the process can exit.
    if (closing) void reply.header('connection', 'close');
    done(null, payload);
  });
  fastify.addHook('preClose', (done) => {
    closing = true;
    done();
  });

  if (config.webDist && existsSync(path.join(config.webDist, 'index.html'))) {
    await serveWebApp(fastify, config.webDist);
  }
}

const API_PREFIXES = ['/graphql', '/health', '/dev/'];

async function serveWebApp(fastify: FastifyInstance, root: string): Promise<void> {
  await fastify.register(fastifyStatic, {
    root,
    wildcard: false,
    index: false,
    // Hashed build assets never change; index.html must always be revalidated.
    setHeaders: (reply: FastifyReply, filePath: string) => {
      void reply.header(
        'cache-control',
        filePath.includes(`${path.sep}assets${path.sep}`)
          ? 'public, max-age=31536000, immutable'
          : 'no-cache',
      );
    },
  });
  const sendIndex = (reply: FastifyReply) => reply.header('cache-control', 'no-cache').sendFile('index.html');
  fastify.get('/', (_request, reply) => sendIndex(reply));
  // Client-side routes: any GET that is not an API path and has no file extension gets the app.
  fastify.get('/*', (request, reply) => {
    const url = request.url.split('?')[0] ?? '/';
    if (API_PREFIXES.some((prefix) => url.startsWith(prefix)) || path.extname(url) !== '') {
      return reply
        .code(404)
        .type('application/json')
        .send({ statusCode: 404, error: 'Not Found', message: 'Not Found' });
    }
    return sendIndex(reply);
  });
}
