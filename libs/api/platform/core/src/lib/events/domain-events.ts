import { Injectable, Logger } from '@nestjs/common';

/**
 * A fact that happened in a context, published by the service that caused it.
 * `type` is a unique, past-tense name: `identity.user-registered`, `knowledge.case-study-published`.
 */
export interface DomainEvent<TType extends string = string, TPayload = unknown> {
  type: TType;
  payload: TPayload;
  occurredAt: Date;
  /** The user who caused it, when there is one. */
  actorId: string | null;
}

export type DomainEventHandler<E extends DomainEvent> = (event: E) => void | Promise<void>;

/**
 * In-process bus for domain events. Upstream contexts publish; downstream ones (moderation,
 * search, notifications) subscribe. Work that must not be lost goes through the job queue,
 * enqueued in the same transaction as the write.
 */
@Injectable()
export class DomainEventBus {
  private readonly logger = new Logger(DomainEventBus.name);
  private readonly handlers = new Map<string, DomainEventHandler<DomainEvent>[]>();
  private allHandlers: DomainEventHandler<DomainEvent>[] = [];

  subscribe<E extends DomainEvent>(type: E['type'], handler: DomainEventHandler<E>): () => void {
    const list = this.handlers.get(type) ?? [];
    list.push(handler as DomainEventHandler<DomainEvent>);
    this.handlers.set(type, list);
    return () => {
      const current = this.handlers.get(type) ?? [];
      this.handlers.set(
        type,
        current.filter((h) => h !== handler),
      );
    };
  }

  /** Every event, whatever its type (caches that any write makes stale). */
  subscribeAll(handler: DomainEventHandler<DomainEvent>): () => void {
    this.allHandlers.push(handler);
    return () => {
      this.allHandlers = this.allHandlers.filter((h) => h !== handler);
    };
  }

  /** Runs every handler; a failing handler is logged and never fails the publisher. */
  async publish<E extends DomainEvent>(event: E): Promise<void> {
    for (const handler of [...this.allHandlers, ...(this.handlers.get(event.type) ?? [])]) {
      try {
        await handler(event);
      } catch (error) {
        this.logger.error({ err: error, eventType: event.type }, 'Domain event handler failed');
      }
    }
  }
}

/** Helper to build an event with its timestamp. */
export function domainEvent<TType extends string, TPayload>(
  type: TType,
  payload: TPayload,
  actorId: string | null,
): DomainEvent<TType, TPayload> {
  return { type, payload, actorId, occurredAt: new Date() };
}
