import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../../shared/i18n/error-messages';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconClose, IconInfo } from '../../../shared/ui/icons';
import { dropQueued, QUEUE_EVENT, queuedPosts, startPostQueue } from '../offline/post-queue';
import type { QueuedPost } from '../offline/posting-store';

/**
 * Products posted offline and still on this phone: "Menunggu internet" until sent (then they are in the list
 * above, and `onSent` reloads it), or the reason the class market refused one, with "Hapus".
 */
export function QueuedPosts({ participantId, onSent }: { participantId: string; onSent: () => void }) {
  const { t } = useTranslation();
  const [posts, setPosts] = useState<QueuedPost[]>([]);

  useEffect(() => {
    let live = true;
    let count = -1;
    const read = () =>
      void queuedPosts(participantId).then((list) => {
        if (!live) return;
        if (count >= 0 && list.length < count) onSent();
        count = list.length;
        setPosts(list);
      });
    read();
    window.addEventListener(QUEUE_EVENT, read);
    startPostQueue();
    return () => {
      live = false;
      window.removeEventListener(QUEUE_EVENT, read);
    };
  }, [participantId, onSent]);

  if (posts.length === 0) return null;
  return (
    <section className="queued-posts" aria-labelledby="queued-posts-title" data-testid="queued-posts">
      <h2 id="queued-posts-title">{t('catalog.queue.title')}</h2>
      <ul className="queued-posts__list">
        {posts.map((post) => (
          <li key={post.key} className="queued-posts__item" data-testid="queued-post">
            <strong>{post.request.title}</strong>
            {post.refused ? (
              <>
                <span className="field__feedback--invalid">{t(errorMessageKey(post.refused))}</span>
                <button type="button" className="button button--secondary button--small" onClick={() => void dropQueued(post.key)}>
                  <IconLabel icon={IconClose}>{t('catalog.queue.remove')}</IconLabel>
                </button>
              </>
            ) : (
              <span className="queued-posts__status">
                <IconInfo />
                {t('catalog.queue.waiting')}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
