import { useTranslation } from 'react-i18next';

export interface TabItem<T extends string> {
  id: T;
  label: string;
  count?: number;
}

/** A row of tabs that scrolls sideways on a narrow phone: "Belum Bayar 2 | Perlu Dikirim 1 | …". */
export function OrderTabs<T extends string>({ tabs, active, onSelect, label }: { tabs: TabItem<T>[]; active: T; onSelect: (tab: T) => void; label: string }) {
  const { t } = useTranslation();
  return (
    <div className="order-tabs" role="tablist" aria-label={label}>
      {tabs.map((tab) => (
        <button
          key={tab.id}
          type="button"
          role="tab"
          className="order-tabs__tab"
          aria-selected={tab.id === active}
          onClick={() => onSelect(tab.id)}
          data-testid={`tab-${tab.id}`}
        >
          <span>{tab.label}</span>
          {tab.count !== undefined && tab.count > 0 && (
            <span className="count-badge" aria-label={t('orders.tabCount', { count: tab.count })} data-testid={`tab-count-${tab.id}`}>
              {tab.count}
            </span>
          )}
        </button>
      ))}
    </div>
  );
}
