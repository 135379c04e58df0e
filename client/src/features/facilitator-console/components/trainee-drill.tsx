import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ApiState } from '../../../shared/api/use-api';
import { linkTo } from '../../../shared/config/paths';
import { formatRupiah } from '../../../shared/format/rupiah';
import { formatWibDateTime } from '../../../shared/format/wib-date';
import { ErrorNote } from '../../../shared/ui/error-note';
import { IconLabel } from '../../../shared/ui/icon-label';
import { IconBox, IconChat, IconClose, IconReceipt, IconStore } from '../../../shared/ui/icons';
import type { TraineeDrillView } from '../api/get-trainee-drill';
import { ActivityFeed } from './activity-feed';
import { MissionIcon } from '../../../shared/ui/mission-icon';

interface TraineeDrillProps {
  classId: string;
  drill: ApiState<TraineeDrillView>;
  onClose: () => void;
}

/** One trainee up close: her shop, missions (and what is missing), products, orders and chats. */
export function TraineeDrill({ classId, drill, onClose }: TraineeDrillProps) {
  const { t } = useTranslation();
  const data = drill.data;
  return (
    <section className="card trainee-drill" aria-labelledby="drill-title" data-testid="trainee-drill">
      <header className="trainee-drill__header">
        <div>
          <h2 id="drill-title">{data ? data.trainee.name : t('app.loading')}</h2>
          {data && (
            <p className="card__line">
              <IconStore />
              <span>{data.trainee.shopName}</span>
            </p>
          )}
          {data?.shopDescription && <p className="hint">{data.shopDescription}</p>}
        </div>
        <button type="button" className="button button--secondary button--small" onClick={onClose}>
          <IconLabel icon={IconClose}>{t('console.drill.close')}</IconLabel>
        </button>
      </header>
      <ErrorNote error={drill.error} />
      {data && (
        <div className="trainee-drill__columns">
          <div>
            <h3>{t('console.drill.missions')}</h3>
            <ul className="drill-missions">
              {data.missions.map((mission) => (
                <li key={mission.id} className={`drill-missions__item drill-missions__item--${mission.state}`} data-mission={mission.id} data-state={mission.state}>
                  <MissionIcon id={mission.id} />
                  <span>
                    <strong>{t(`missions.short.${mission.id}`)}</strong> · {t(`missions.state.${mission.state}`)}
                    {mission.missing && <span className="drill-missions__missing"> — {t(mission.missing.key, { ...mission.missing.params, defaultValue: '' })}</span>}
                  </span>
                </li>
              ))}
            </ul>
          </div>
          <div>
            <h3 className="section-title">
              <IconBox />
              <span>{t('console.drill.products', { count: data.products.length })}</span>
            </h3>
            {data.products.length === 0 ? (
              <p className="hint">{t('console.drill.noProducts')}</p>
            ) : (
              <ul className="drill-list">
                {data.products.map((product) => (
                  <li key={product.id} className="drill-list__item">
                    {product.thumbnailUrl ? <img src={product.thumbnailUrl} alt="" width={48} height={48} /> : <span className="drill-list__nophoto">{t('console.drill.noPhoto')}</span>}
                    <span>
                      <strong>{product.title}</strong>
                      <br />
                      {formatRupiah(product.price)} · {t('console.drill.stock', { count: product.stock })} · {t(`console.drill.productStatus.${product.status}`)}
                    </span>
                  </li>
                ))}
              </ul>
            )}
            <h3 className="section-title">
              <IconReceipt />
              <span>{t('console.drill.orders', { count: data.orders.length })}</span>
            </h3>
            {data.orders.length === 0 ? (
              <p className="hint">{t('console.drill.noOrders')}</p>
            ) : (
              <ul className="drill-list">
                {data.orders.map((order) => (
                  <li key={order.id} className="drill-list__item" data-testid="drill-order" data-state={order.state}>
                    <span>
                      <strong>{order.invoiceNumber}</strong> · {t(`order.state.${order.state}`, { defaultValue: order.state })}
                      {order.scenarioRole && <span className="tag">{t(`console.drill.role.${order.scenarioRole}`, { defaultValue: order.scenarioRole })}</span>}
                      <br />
                      {order.buyerName} · {formatRupiah(order.total)} · {formatWibDateTime(order.placedAt)}
                    </span>
                  </li>
                ))}
              </ul>
            )}
            <h3 className="section-title">
              <IconChat />
              <span>{t('console.drill.chats', { count: data.conversations.length })}</span>
            </h3>
            {data.conversations.length === 0 ? (
              <p className="hint">{t('console.drill.noChats')}</p>
            ) : (
              <ul className="drill-list">
                {data.conversations.map((conversation) => (
                  <li key={conversation.id} className="drill-list__item">
                    {t('console.drill.chatLine', { buyer: conversation.buyerName, count: conversation.messageCount })}
                  </li>
                ))}
              </ul>
            )}
            <Link className="button button--secondary button--small" to={linkTo.facilitatorConversations(classId, data.trainee.participantId)}>
              <IconLabel icon={IconChat}>{t('console.drill.readChats')}</IconLabel>
            </Link>
          </div>
          <div>
            <h3>{t('console.drill.recent')}</h3>
            <ActivityFeed items={data.recent} compact />
          </div>
        </div>
      )}
    </section>
  );
}
