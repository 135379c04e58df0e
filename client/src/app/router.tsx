// Every page is its own lazy chunk, so the trainee's first load carries only the shell and the page opened;
// the facilitator's console is never part of it. Declarative <Routes> rather than a data router: the app
// loads its data in its pages, and the data router would cost the first load about 16 KB gzipped more.
import { isValidElement } from 'react';
import { createRoutesFromElements, matchRoutes, Route, Routes } from 'react-router';
import { appPaths } from '../shared/config/paths';
import { DeskWords } from '../shared/i18n/desk-words';
import { AppLayout, BareLayout, WideLayout } from './app-layout';
import { lazyPage, type LazyPage } from './lazy-page';

const HomePage = lazyPage(() => import('../features/home/routes/home-page').then((m) => m.HomePage));
const JoinPage = lazyPage(() => import('../features/join-class/routes/join-page').then((m) => m.JoinPage));
const ShopHomePage = lazyPage(() => import('../features/shop/routes/shop-home-page').then((m) => m.ShopHomePage));
const ShopProfilePage = lazyPage(() => import('../features/shop/routes/shop-profile-page').then((m) => m.ShopProfilePage));
const MyProductsPage = lazyPage(() => import('../features/catalog/routes/my-products-page').then((m) => m.MyProductsPage));
const NewProductPage = lazyPage(() => import('../features/catalog/routes/new-product-page').then((m) => m.NewProductPage));
const EditProductPage = lazyPage(() => import('../features/catalog/routes/edit-product-page').then((m) => m.EditProductPage));
const StorefrontPage = lazyPage(() => import('../features/catalog/routes/storefront-page').then((m) => m.StorefrontPage));
const ShopPage = lazyPage(() => import('../features/catalog/routes/shop-page').then((m) => m.ShopPage));
const ProductRoute = lazyPage(() => import('./routes/product-route').then((m) => m.ProductRoute));
const CartPage = lazyPage(() => import('../features/checkout/routes/cart-page').then((m) => m.CartPage));
const CheckoutPage = lazyPage(() => import('../features/checkout/routes/checkout-page').then((m) => m.CheckoutPage));
const MyOrdersPage = lazyPage(() => import('../features/orders/routes/my-orders-page').then((m) => m.MyOrdersPage));
const OrderPage = lazyPage(() => import('./routes/order-route').then((m) => m.OrderRoute));
const OrderPaymentPage = lazyPage(() => import('../features/orders/routes/order-payment-page').then((m) => m.OrderPaymentPage));
const ShopOrdersPage = lazyPage(() => import('../features/orders/routes/shop-orders-page').then((m) => m.ShopOrdersPage));
const ShopOrderPage = lazyPage(() => import('./routes/shop-order-route').then((m) => m.ShopOrderRoute));
const WalletPage = lazyPage(() => import('../features/wallet/routes/wallet-page').then((m) => m.WalletPage));
const BankAccountPage = lazyPage(() => import('../features/wallet/routes/bank-account-page').then((m) => m.BankAccountPage));
const WithdrawPage = lazyPage(() => import('../features/wallet/routes/withdraw-page').then((m) => m.WithdrawPage));
const PromotionsPage = lazyPage(() => import('../features/promotions/routes/promotions-page').then((m) => m.PromotionsPage));
const LabelPage = lazyPage(() => import('../features/shipping/routes/label-page').then((m) => m.LabelPage));
const CekResiPage = lazyPage(() => import('../features/shipping/routes/cek-resi-page').then((m) => m.CekResiPage));
// The payment simulator is the "bank app": its own chunks, its own look, never in a trainee's first load.
const SimulatorPage = lazyPage(() => import('../features/payment-simulator/routes/simulator-page').then((m) => m.SimulatorPage));
const SimulatorBillPage = lazyPage(() => import('../features/payment-simulator/routes/simulator-bill-page').then((m) => m.SimulatorBillPage));
const FacilitatorLoginPage = lazyPage(() => import('../features/facilitator-console/routes/facilitator-login-page').then((m) => m.FacilitatorLoginPage));
const ClassListPage = lazyPage(() => import('../features/facilitator-console/routes/class-list-page').then((m) => m.ClassListPage));
const ClassPage = lazyPage(() => import('../features/facilitator-console/routes/class-page').then((m) => m.ClassPage));
const ProjectorPage = lazyPage(() => import('../features/facilitator-console/routes/projector-page').then((m) => m.ProjectorPage));
const AttendanceSheetPage = lazyPage(() => import('../features/facilitator-console/routes/attendance-sheet-page').then((m) => m.AttendanceSheetPage));
const LiveConsolePage = lazyPage(() => import('../features/facilitator-console/routes/live-console-page').then((m) => m.LiveConsolePage));
const ReportPage = lazyPage(() => import('../features/facilitator-console/routes/report-page').then((m) => m.ReportPage));
const ProgrammePage = lazyPage(() => import('../features/facilitator-console/routes/programme-page').then((m) => m.ProgrammePage));
const ProgrammePrintPage = lazyPage(() => import('../features/facilitator-console/routes/programme-print-page').then((m) => m.ProgrammePrintPage));
const LearningCheckPage = lazyPage(() => import('../features/learning-check/routes/learning-check-page').then((m) => m.LearningCheckPage));
const CertificatePage = lazyPage(() => import('../features/certificates/routes/certificate-page').then((m) => m.CertificatePage));
const VerifyCertificatePage = lazyPage(() => import('../features/certificates/routes/verify-certificate-page').then((m) => m.VerifyCertificatePage));
const MissionsPage = lazyPage(() => import('../features/missions/routes/missions-page').then((m) => m.MissionsPage));
const ChatListPage = lazyPage(() => import('../features/chat/routes/chat-list-page').then((m) => m.ChatListPage));
const ChatPage = lazyPage(() => import('./routes/chat-route').then((m) => m.ChatRoute));
const ChatSettingsPage = lazyPage(() => import('../features/chat/routes/chat-settings-page').then((m) => m.ChatSettingsPage));
const NotificationsRoute = lazyPage(() => import('./routes/notifications-route').then((m) => m.NotificationsRoute));
const ClassConversationsPage = lazyPage(() => import('../features/chat/routes/class-conversations-page').then((m) => m.ClassConversationsPage));
const NotFoundPage = lazyPage(() => import('./routes/not-found-page').then((m) => m.NotFoundPage));

const routes = (
  <>
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
  </>
);

export function AppRoutes() {
  return <Routes>{routes}</Routes>;
}

/** Loads the chunk of the page at this address (main.tsx, before the first render); "not found" for an unknown one. */
export function preloadPage(pathname: string): Promise<unknown> {
  const matches = matchRoutes(createRoutesFromElements(routes), pathname) ?? [];
  const element = matches[matches.length - 1]?.route.element;
  const page = isValidElement(element) ? (element.type as Partial<LazyPage>) : undefined;
  return typeof page?.preload === 'function' ? page.preload() : Promise.resolve();
}
