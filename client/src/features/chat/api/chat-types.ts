// The chat's API shapes, named once from the generated schema.
import type { components } from '../../../shared/api/schema';

type Schemas = components['schemas'];

export type Conversation = Schemas['ConversationView'];
export type ConversationList = Schemas['ConversationListView'];
export type ChatMessage = Schemas['ChatMessageView'];
export type ChatMessageList = Schemas['ChatMessageListView'];
export type ChatMessageKind = Schemas['ChatMessageKind'];
export type ChatMessageFlag = Schemas['ChatMessageFlag'];
export type ChatOrderCard = Schemas['ChatOrderCardView'];
export type ChatProductCard = Schemas['ChatProductCardView'];
export type ChatSettings = Schemas['ChatSettingsView'];
export type SendMessageBody = Schemas['SendMessageRequest'];
