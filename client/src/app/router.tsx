// Every page is its own lazy chunk, so the trainee's first load carries only the shell and the page opened;
// the facilitator's console is never part of it. Declarative <Routes> rather than a data router: the app
// loads its data in its pages, and the data router would cost the first load about 16 KB gzipped more.
import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { appPaths } from '../shared/config/paths';
import { DeskWords } from '../shared/i18n/desk-words';
import { AppLayout, BareLayout, WideLayout } from './app-layout';

const HomePage = lazy(() => import('../features/home/routes/home-page').then((m) => ({ default: m.HomePage })));
const JoinPage = lazy(() => import('../features/join-class/routes/join-page').then((m) => ({ default: m.JoinPage })));
const ShopHomePage = lazy(() => import('../features/shop/routes/shop-home-page').then((m) => ({ default: m.ShopHomePage })));
const ShopProfilePage = lazy(() => import('../features/shop/routes/shop-profile-page').then((m) => ({ default: m.ShopProfilePage })));
const MyProductsPage = lazy(() => import('../features/catalog/routes/my-products-page').then((m) => ({ default: m.MyProductsPage })));
const NewProductPage = lazy(() => import('../features/catalog/routes/new-product-page').then((m) => ({ default: m.NewProductPage })));
const EditProductPage = lazy(() => import('../features/catalog/routes/edit-product-page').then((m) => ({ default: m.EditProductPage })));
const StorefrontPage = lazy(() => import('../features/catalog/routes/storefront-page').then((m) => ({ default: m.StorefrontPage })));
const ShopPage = lazy(() => import('../features/catalog/routes/shop-page').then((m) => ({ default: m.ShopPage })));
const ProductRoute = lazy(() => import('./routes/product-route').then((m) => ({ default: m.ProductRoute })));
const CartPage = lazy(() => import('../features/checkout/routes/cart-page').then((m) => ({ default: m.CartPage })));
const CheckoutPage = lazy(() => import('../features/checkout/routes/checkout-page').then((m) => ({ default: m.CheckoutPage })));
const MyOrdersPage = lazy(() => import('../features/orders/routes/my-orders-page').then((m) => ({ default: m.MyOrdersPage })));
const OrderPage = lazy(() => import('./routes/order-route').then((m) => ({ default: m.OrderRoute })));
const OrderPaymentPage = lazy(() => import('../features/orders/routes/order-payment-page').then((m) => ({ default: m.OrderPaymentPage })));
const ShopOrdersPage = lazy(() => import('../features/orders/routes/shop-orders-page').then((m) => ({ default: m.ShopOrdersPage })));
const ShopOrderPage = lazy(() => import('./routes/shop-order-route').then((m) => ({ default: m.ShopOrderRoute })));
const WalletPage = lazy(() => import('../features/wallet/routes/wallet-page').then((m) => ({ default: m.WalletPage })));
const BankAccountPage = lazy(() => import('../features/wallet/routes/bank-account-page').then((m) => ({ default: m.BankAccountPage })));
const WithdrawPage = lazy(() => import('../features/wallet/routes/withdraw-page').then((m) => ({ default: m.WithdrawPage })));
const PromotionsPage = lazy(() => import('../features/promotions/routes/promotions-page').then((m) => ({ default: m.PromotionsPage })));
const LabelPage = lazy(() => import('../features/shipping/routes/label-page').then((m) => ({ default: m.LabelPage })));
const CekResiPage = lazy(() => import('../features/shipping/routes/cek-resi-page').then((m) => ({ default: m.CekResiPage })));
// The payment simulator is the "bank app": its own chunks, its own look, never in a trainee's first load.
const SimulatorPage = lazy(() => import('../features/payment-simulator/routes/simulator-page').then((m) => ({ default: m.SimulatorPage })));
const SimulatorBillPage = lazy(() =>
  import('../features/payment-simulator/routes/simulator-bill-page').then((m) => ({ default: m.SimulatorBillPage })),
);
const FacilitatorLoginPage = lazy(() =>
  import('../features/facilitator-console/routes/facilitator-login-page').then((m) => ({ default: m.FacilitatorLoginPage })),
);
const ClassListPage = lazy(() =>
  import('../features/facilitator-console/routes/class-list-page').then((m) => ({ default: m.ClassListPage })),
);
const ClassPage = lazy(() => import('../features/facilitator-console/routes/class-page').then((m) => ({ default: m.ClassPage })));
const ProjectorPage = lazy(() =>
  import('../features/facilitator-console/routes/projector-page').then((m) => ({ default: m.ProjectorPage })),
);
const AttendanceSheetPage = lazy(() =>
  import('../features/facilitator-console/routes/attendance-sheet-page').then((m) => ({ default: m.AttendanceSheetPage })),
);
const LiveConsolePage = lazy(() =>
  import('../features/facilitator-console/routes/live-console-page').then((m) => ({ default: m.LiveConsolePage })),
);
const ReportPage = lazy(() => import('../features/facilitator-console/routes/report-page').then((m) => ({ default: m.ReportPage })));
const ProgrammePage = lazy(() => import('../features/facilitator-console/routes/programme-page').then((m) => ({ default: m.ProgrammePage })));
const ProgrammePrintPage = lazy(() =>
  import('../features/facilitator-console/routes/programme-print-page').then((m) => ({ default: m.ProgrammePrintPage })),
);
const LearningCheckPage = lazy(() => import('../features/learning-check/routes/learning-check-page').then((m) => ({ default: m.LearningCheckPage })));
const CertificatePage = lazy(() => import('../features/certificates/routes/certificate-page').then((m) => ({ default: m.CertificatePage })));
const VerifyCertificatePage = lazy(() =>
  import('../features/certificates/routes/verify-certificate-page').then((m) => ({ default: m.VerifyCertificatePage })),
);
const MissionsPage = lazy(() => import('../features/missions/routes/missions-page').then((m) => ({ default: m.MissionsPage })));
const ChatListPage = lazy(() => import('../features/chat/routes/chat-list-page').then((m) => ({ default: m.ChatListPage })));
const ChatPage = lazy(() => import('./routes/chat-route').then((m) => ({ default: m.ChatRoute })));
const ChatSettingsPage = lazy(() => import('../features/chat/routes/chat-settings-page').then((m) => ({ default: m.ChatSettingsPage })));
const NotificationsRoute = lazy(() => import('./routes/notifications-route').then((m) => ({ default: m.NotificationsRoute })));
const ClassConversationsPage = lazy(() =>
  import('../features/chat/routes/class-conversations-page').then((m) => ({ default: m.ClassConversationsPage })),
);
const NotFoundPage = lazy(() => import('./routes/not-found-page').then((m) => ({ default: m.NotFoundPage })));

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<HomePage />} />
        <Route path={appPaths.join} element={<JoinPage />} />
        <Route path={appPaths.joinWithCode} element={<JoinPage />} />
        <Route path={appPaths.shop} element={<ShopHomePage />} />
        <Route path={appPaths.shopProfile} element={<ShopProfilePage />} />
        <Route path={appPaths.myProducts} element={<MyProductsPage />} />
        <Route path={appPaths.newProduct} element={<NewProductPage />} />
        <Route path={appPaths.editProduct} element={<EditProductPage />} />
        <Route path={appPaths.storefront} element={<StorefrontPage />} />
        <Route path={appPaths.storefrontShop} element={<ShopPage />} />
        <Route path={appPaths.storefrontProduct} element={<ProductRoute />} />
        <Route path={appPaths.cart} element={<CartPage />} />
        <Route path={appPaths.checkout} element={<CheckoutPage />} />
        <Route path={appPaths.myOrders} element={<MyOrdersPage />} />
        <Route path={appPaths.order} element={<OrderPage />} />
        <Route path={appPaths.orderPayment} element={<OrderPaymentPage />} />
        <Route path={appPaths.shopOrders} element={<ShopOrdersPage />} />
        <Route path={appPaths.shopOrder} element={<ShopOrderPage />} />
        <Route path={appPaths.wallet} element={<WalletPage />} />
        <Route path={appPaths.bankAccount} element={<BankAccountPage />} />
        <Route path={appPaths.withdraw} element={<WithdrawPage />} />
        <Route path={appPaths.promotions} element={<PromotionsPage />} />
        <Route path={appPaths.cekResi} element={<CekResiPage />} />
        <Route path={appPaths.cekResiWithResi} element={<CekResiPage />} />
        <Route path={appPaths.chats} element={<ChatListPage />} />
        <Route path={appPaths.chat} element={<ChatPage />} />
        <Route path={appPaths.chatSettings} element={<ChatSettingsPage />} />
        <Route path={appPaths.notifications} element={<NotificationsRoute />} />
        <Route path={appPaths.myMissions} element={<MissionsPage />} />
        <Route path={appPaths.learningCheck} element={<LearningCheckPage />} />
        <Route path={appPaths.verifyCertificate} element={<VerifyCertificatePage />} />
        <Route path={appPaths.facilitatorLogin} element={<FacilitatorLoginPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
      <Route
        element={
          <DeskWords>
            <WideLayout />
          </DeskWords>
        }
      >
        <Route path={appPaths.facilitatorHome} element={<ClassListPage />} />
        <Route path={appPaths.facilitatorClass} element={<ClassPage />} />
        <Route path={appPaths.facilitatorConversations} element={<ClassConversationsPage />} />
        <Route path={appPaths.facilitatorConsole} element={<LiveConsolePage />} />
        <Route path={appPaths.facilitatorProgramme} element={<ProgrammePage />} />
      </Route>
      <Route
        element={
          <DeskWords>
            <BareLayout />
          </DeskWords>
        }
      >
        <Route path={appPaths.facilitatorProjector} element={<ProjectorPage />} />
        <Route path={appPaths.facilitatorAttendance} element={<AttendanceSheetPage />} />
        <Route path={appPaths.facilitatorReport} element={<ReportPage />} />
        <Route path={appPaths.facilitatorProgrammePrint} element={<ProgrammePrintPage />} />
        <Route path={appPaths.simulator} element={<SimulatorPage />} />
        <Route path={appPaths.simulatorBill} element={<SimulatorBillPage />} />
        <Route path={appPaths.shippingLabel} element={<LabelPage />} />
        <Route path={appPaths.myCertificate} element={<CertificatePage />} />
      </Route>
    </Routes>
  );
}
