// A conversation (chat) whose pictures are shrunk in the browser by the catalog's photo resizer: composed here.
import { resizePhoto } from '../../features/catalog/resize-photo';
import { ChatPage } from '../../features/chat/routes/chat-page';

export function ChatRoute() {
  return <ChatPage prepareImage={resizePhoto} />;
}
