import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/api/http';
import { ErrorNote } from '../../../shared/ui/error-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { uploadChatImage } from '../api/upload-chat-image';
import { IconImage, IconQuickReply, IconSend } from './chat-icons';

const MAX_TEXT = 1000;

interface ComposerProps {
  /** Where the typed text is kept across a reload (per person and conversation). */
  draftKey?: string;
  /** Sends one message; resolves with an error when it could not be sent. */
  onSend: (body: { kind: 'text' | 'image'; text?: string; mediaId?: string }, preview?: { previewUrl?: string }) => Promise<ApiError | undefined>;
  onTyping: () => void;
  /** The seller's "Balasan cepat". */
  quickReplies?: readonly { id: string; text: string }[];
  /** Shrinks a phone photo before it goes over the hall's Wi-Fi (given by the app, from the catalog's resizer). */
  prepareImage?: PrepareImage;
}

export type PrepareImage = (file: File) => Promise<{ blob: Blob; fileName: string }>;

/** Type and send, a picture, and (for the seller) one tap on a quick reply to fill the box. */
const DRAFT_PREFIX = 'pasar-latihan.chat-draft.';

function readDraft(key: string | undefined): string {
  if (!key) return '';
  try {
    return localStorage.getItem(DRAFT_PREFIX + key) ?? '';
  } catch {
    return '';
  }
}

function writeDraft(key: string | undefined, text: string): void {
  if (!key) return;
  try {
    if (text) localStorage.setItem(DRAFT_PREFIX + key, text);
    else localStorage.removeItem(DRAFT_PREFIX + key);
  } catch {
    // Storage full or refused: the draft lives as long as the page.
  }
}

export function Composer({ draftKey, onSend, onTyping, quickReplies, prepareImage }: ComposerProps) {
  const { t } = useTranslation();
  const [text, setTextState] = useState(() => readDraft(draftKey));
  const setText = (value: string) => {
    setTextState(value);
    writeDraft(draftKey, value);
  };
  const [showQuick, setShowQuick] = useState(false);
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const input = useRef<HTMLTextAreaElement>(null);
  const file = useRef<HTMLInputElement>(null);

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    const clean = text.trim();
    if (!clean) return;
    setText('');
    setError(await onSend({ kind: 'text', text: clean }));
  };

  const onPicture = async (picked: File | undefined) => {
    if (!picked) return;
    setUploading(true);
    setError(undefined);
    const previewUrl = URL.createObjectURL(picked);
    try {
      const prepared = prepareImage ? await prepareImage(picked).catch(() => undefined) : undefined;
      const media = await uploadChatImage(prepared?.blob ?? picked, prepared?.fileName ?? (picked.name || 'foto.jpg'));
      setError(await onSend({ kind: 'image', mediaId: media.id }, { previewUrl }));
    } catch (caught) {
      setError(caught as ApiError);
    } finally {
      setUploading(false);
      if (file.current) file.current.value = '';
    }
  };

  return (
    <div className="chat-composer">
      {/* Floats above the composer: a line that came and went below the send button moved it under a finger
          (a tap on "Kirim" as the photo finished was lost, the words stayed in the box). */}
      {uploading && (
        <p className="chat-composer__status" role="status">
          {t('chat.composer.uploading')}
        </p>
      )}
      {quickReplies && showQuick && (
        <ul className="chat-quick" aria-label={t('chat.quick.title')} data-testid="quick-replies">
          {quickReplies.map((reply) => (
            <li key={reply.id}>
              <button
                type="button"
                className="chat-quick__item"
                onClick={() => {
                  setText(reply.text);
                  setShowQuick(false);
                  input.current?.focus();
                }}
              >
                {reply.text}
              </button>
            </li>
          ))}
        </ul>
      )}
      <ErrorNote error={error} />
      <div className="chat-composer__tools">
        {quickReplies && (
          <button
            type="button"
            className="button button--ghost button--small chat-composer__tool"
            aria-expanded={showQuick}
            onClick={() => setShowQuick(!showQuick)}
            data-testid="quick-reply-toggle"
          >
            <IconLabel icon={IconQuickReply}>{t('chat.quick.title')}</IconLabel>
          </button>
        )}
        <label className="button button--ghost button--small chat-composer__tool" aria-busy={uploading}>
          <IconLabel icon={IconImage}>{t('chat.composer.picture')}</IconLabel>
          <input
            ref={file}
            type="file"
            accept="image/*"
            className="visually-hidden"
            data-testid="chat-image-input"
            disabled={uploading}
            onChange={(event) => void onPicture(event.target.files?.[0])}
          />
        </label>
      </div>
      <form className="chat-composer__row" onSubmit={(event) => void submit(event)}>
        <textarea
          ref={input}
          className="field__input chat-composer__input"
          rows={1}
          maxLength={MAX_TEXT}
          value={text}
          placeholder={t('chat.composer.placeholder')}
          aria-label={t('chat.composer.placeholder')}
          data-testid="chat-input"
          onChange={(event) => {
            setText(event.target.value);
            onTyping();
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.shiftKey) {
              event.preventDefault();
              void submit();
            }
          }}
        />
        <button type="submit" className="button button--primary chat-composer__send" disabled={!text.trim()} data-testid="chat-send">
          <IconLabel icon={IconSend}>{t('chat.composer.send')}</IconLabel>
        </button>
      </form>
    </div>
  );
}
