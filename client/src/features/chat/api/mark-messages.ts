import { api, callApi } from '../../../shared/api/http';

/** POST …/delivered or …/read: the other side's messages up to this id reached this phone / were read. */
export function markMessages(conversationId: string, what: 'delivered' | 'read', upToMessageId: string) {
  const options = { params: { path: { conversationId } }, body: { upToMessageId } };
  return callApi(
    what === 'read'
      ? api.POST('/api/chat/conversations/{conversationId}/read', options)
      : api.POST('/api/chat/conversations/{conversationId}/delivered', options),
  );
}
