import type { ApolloCache } from '@apollo/client';
import { graphql } from '@pairs/web-graphql';

/** Everything the thread page shows of a reply; every reply mutation sends it back. */
export const QuestionReplyFragment = graphql(`
  fragment QuestionReply on Reply {
    id
    body
    bodyHtml
    deleted
    createdAt
    editedAt
    revisionCount
    author {
      id
      displayName
      deleted
      ...QuestionAuthor
    }
    quotedReply {
      id
      body
      deleted
      author {
        id
        displayName
        deleted
      }
    }
    reactions {
      targetId
      useful
      thanks
      mine
    }
    viewerCan {
      edit
      delete
      accept
      react
    }
  }
`);

/** What moderation and acceptance change on a thread: the page updates from the cache. */
export const QuestionStateFragment = graphql(`
  fragment QuestionState on Thread {
    id
    status
    pinned
    themes {
      id
      slug
      name
    }
    acceptedReply {
      id
      ...QuestionReply
    }
    viewerCan {
      reply
      edit
      accept
      moderate
      react
    }
  }
`);

export const CreateQuestionMutation = graphql(`
  mutation CreateQuestion($input: CreateThreadInput!) {
    createThread(input: $input) {
      id
      title
    }
  }
`);

export const UpdateQuestionMutation = graphql(`
  mutation UpdateQuestion($input: UpdateThreadInput!) {
    updateThread(input: $input) {
      id
      title
      body
      bodyHtml
      editedAt
      revisionCount
      ...QuestionState
    }
  }
`);

export const CreateReplyMutation = graphql(`
  mutation CreateReply($input: CreateReplyInput!) {
    createReply(input: $input) {
      id
      ...QuestionReply
      thread {
        id
        replyCount
        lastActivityAt
        participants {
          totalCount
          users {
            id
            handle
            displayName
            deleted
          }
        }
      }
    }
  }
`);

export const UpdateReplyMutation = graphql(`
  mutation UpdateReply($input: UpdateReplyInput!) {
    updateReply(input: $input) {
      id
      ...QuestionReply
    }
  }
`);

export const DeleteReplyMutation = graphql(`
  mutation DeleteReply($input: DeleteReplyInput!) {
    deleteReply(input: $input) {
      id
      ...QuestionReply
      thread {
        id
        replyCount
      }
    }
  }
`);

export const AcceptReplyMutation = graphql(`
  mutation AcceptReply($input: AcceptReplyInput!) {
    acceptReply(input: $input) {
      id
      ...QuestionState
    }
  }
`);

/**
 * What a reply's viewer may do, read again after accepting or unaccepting an answer: the server
 * decides (an author may delete a reply only while it is not the accepted answer).
 */
export const ReplyPermissionsQuery = graphql(`
  query ReplyPermissions($id: ID!) {
    reply(id: $id) {
      id
      accepted
      viewerCan {
        edit
        delete
        accept
        react
      }
    }
  }
`);

export const UnacceptReplyMutation = graphql(`
  mutation UnacceptReply($input: UnacceptReplyInput!) {
    unacceptReply(input: $input) {
      id
      ...QuestionState
    }
  }
`);

export const ReactMutation = graphql(`
  mutation React($input: ReactInput!) {
    react(input: $input) {
      targetId
      useful
      thanks
      mine
    }
  }
`);

export const UnreactMutation = graphql(`
  mutation Unreact($input: UnreactInput!) {
    unreact(input: $input) {
      targetId
      useful
      thanks
      mine
    }
  }
`);

export const PinQuestionMutation = graphql(`
  mutation PinQuestion($input: PinThreadInput!) {
    pinThread(input: $input) {
      id
      ...QuestionState
    }
  }
`);

export const UnpinQuestionMutation = graphql(`
  mutation UnpinQuestion($input: UnpinThreadInput!) {
    unpinThread(input: $input) {
      id
      ...QuestionState
    }
  }
`);

export const LockQuestionMutation = graphql(`
  mutation LockQuestion($input: LockThreadInput!) {
    lockThread(input: $input) {
      id
      ...QuestionState
    }
  }
`);

export const UnlockQuestionMutation = graphql(`
  mutation UnlockQuestion($input: UnlockThreadInput!) {
    unlockThread(input: $input) {
      id
      ...QuestionState
    }
  }
`);

export const MoveQuestionMutation = graphql(`
  mutation MoveQuestion($input: MoveThreadInput!) {
    moveThread(input: $input) {
      id
      ...QuestionState
    }
  }
`);

/**
 * Lists and counts that order or count threads (the Q&A list, theme pages and counts, case study
 * pages) change with a new question, a reply, an acceptance or a move: forget those cached
 * answers so that whatever shows them asks again. The thread itself updates from the result.
 */
export function forgetThreadLists(cache: ApolloCache): void {
  for (const fieldName of ['threads', 'themes', 'theme']) {
    cache.evict({ id: 'ROOT_QUERY', fieldName });
  }
  cache.gc();
}
