import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../../../shared/api/use-api';
import { useSubmit } from '../../../shared/api/use-submit';
import { ParticipantOnly } from '../../../shared/auth/participant-only';
import { appPaths } from '../../../shared/config/paths';
import { ErrorNote } from '../../../shared/ui/error-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconArrowLeft, IconCheck, IconEdit, IconPlus } from '../../../shared/ui/icons';
import { addQuickReply, deleteQuickReply, getChatSettings, updateChatSettings, updateQuickReply } from '../api/chat-settings';
import type { ChatSettings } from '../api/chat-types';
import { IconTrash } from '../components/chat-icons';
import '../chat.css';

const MAX_REPLY = 200;

/** /toko/chat: the seller's "Balasan cepat" (seeded with the workshop's phrases) and the away reply. */
export function ChatSettingsPage() {
  return <ParticipantOnly traineeOnly>{() => <Settings />}</ParticipantOnly>;
}

function Settings() {
  const { t } = useTranslation();
  const settings = useApi('chat-settings', (signal) => getChatSettings(signal));
  const apply = (next: ChatSettings | undefined) => next && settings.setData(() => next);
  return (
    <div className="page chat-settings" data-testid="chat-settings">
      <Link className="button button--ghost button--small back-link" to={appPaths.chats}>
        <IconLabel icon={IconArrowLeft}>{t('chat.page.back')}</IconLabel>
      </Link>
      <h1>{t('chat.settings.title')}</h1>
      <ErrorNote error={settings.error} />
      {settings.data && (
        <>
          <section className="card" aria-labelledby="quick-title">
            <h2 id="quick-title">{t('chat.quick.title')}</h2>
            <p className="hint">{t('chat.settings.quickIntro', { max: settings.data.maxQuickReplies })}</p>
            <ul className="chat-settings__list">
              {settings.data.quickReplies.map((reply) => (
                <QuickReplyRow key={reply.id} reply={reply} onChanged={apply} />
              ))}
            </ul>
            {settings.data.quickReplies.length < settings.data.maxQuickReplies && <NewQuickReply onChanged={apply} />}
          </section>
          <AwayForm settings={settings.data} onChanged={apply} />
        </>
      )}
    </div>
  );
}

function QuickReplyRow({ reply, onChanged }: { reply: { id: string; text: string }; onChanged: (next: ChatSettings | undefined) => void }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(reply.text);
  const save = useSubmit(updateQuickReply);
  const remove = useSubmit(deleteQuickReply);
  if (!editing) {
    return (
      <li className="chat-settings__row">
        <span>{reply.text}</span>
        <span className="button-row">
          <button type="button" className="button button--ghost button--small" onClick={() => setEditing(true)}>
            <IconLabel icon={IconEdit}>{t('chat.settings.edit')}</IconLabel>
          </button>
          <button type="button" className="button button--ghost button--small" disabled={remove.pending} onClick={() => void remove.run(reply.id).then(onChanged)}>
            <IconLabel icon={IconTrash}>{t('chat.settings.delete')}</IconLabel>
          </button>
        </span>
        <ErrorNote error={remove.error} />
      </li>
    );
  }
  return (
    <li className="chat-settings__row">
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          void save.run(reply.id, text).then((next) => {
            onChanged(next);
            if (next) setEditing(false);
          });
        }}
      >
        <textarea className="field__input" value={text} maxLength={MAX_REPLY} rows={2} onChange={(event) => setText(event.target.value)} aria-label={t('chat.quick.title')} />
        <span className="button-row">
          <button type="submit" className="button button--primary button--small" disabled={save.pending}>
            <IconLabel icon={IconCheck}>{t('common.save')}</IconLabel>
          </button>
          <button type="button" className="button button--ghost button--small" onClick={() => setEditing(false)}>
            {t('common.cancel')}
          </button>
        </span>
        <ErrorNote error={save.error} />
      </form>
    </li>
  );
}

function NewQuickReply({ onChanged }: { onChanged: (next: ChatSettings | undefined) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const add = useSubmit(addQuickReply);
  return (
    <form
      className="form"
      onSubmit={(event) => {
        event.preventDefault();
        void add.run(text).then((next) => {
          onChanged(next);
          if (next) setText('');
        });
      }}
    >
      <label className="field">
        <span className="field__label">{t('chat.settings.newReply')}</span>
        <textarea className="field__input" value={text} maxLength={MAX_REPLY} rows={2} onChange={(event) => setText(event.target.value)} />
      </label>
      <button type="submit" className="button button--secondary" disabled={add.pending || !text.trim()}>
        <IconLabel icon={IconPlus}>{t('chat.settings.add')}</IconLabel>
      </button>
      <ErrorNote error={add.error} />
    </form>
  );
}

function AwayForm({ settings, onChanged }: { settings: ChatSettings; onChanged: (next: ChatSettings | undefined) => void }) {
  const { t } = useTranslation();
  const [enabled, setEnabled] = useState(settings.awayEnabled);
  const [message, setMessage] = useState(settings.awayMessage);
  const save = useSubmit(updateChatSettings);
  return (
    <section className="card" aria-labelledby="away-title">
      <h2 id="away-title">{t('chat.settings.awayTitle')}</h2>
      <p className="hint">{t('chat.settings.awayIntro')}</p>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          void save.run({ awayEnabled: enabled, awayMessage: message }).then(onChanged);
        }}
      >
        <label className="chat-settings__toggle">
          <input type="checkbox" checked={enabled} onChange={(event) => setEnabled(event.target.checked)} />
          <span>{t('chat.settings.awayOn')}</span>
        </label>
        <label className="field">
          <span className="field__label">{t('chat.settings.awayMessage')}</span>
          <textarea className="field__input" value={message} maxLength={300} rows={3} onChange={(event) => setMessage(event.target.value)} />
        </label>
        <button type="submit" className="button button--primary" disabled={save.pending}>
          <IconLabel icon={IconCheck}>{t('common.save')}</IconLabel>
        </button>
        <ErrorNote error={save.error} />
        {save.pending ? null : settings.awayEnabled && <p className="note note--ok">{t('chat.settings.awayActive')}</p>}
      </form>
    </section>
  );
}
