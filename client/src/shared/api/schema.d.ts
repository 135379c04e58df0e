// Generated from the API's OpenAPI document by `npm run gen:api`. Do not edit by hand.
export type paths = {
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuthController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/facilitators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["FacilitatorsController_list"];
        put?: never;
        post: operations["FacilitatorsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/regions/provinces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RegionsController_listProvinces"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/regions/provinces/{code}/regencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RegionsController_listRegencies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/regions/regencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RegionsController_searchRegencies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/regions/regencies/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RegionsController_getRegency"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/regions/attribution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RegionsController_attribution"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{classId}/clock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ClockController_get"];
        put?: never;
        post: operations["ClockController_change"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/media": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MediaController_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/shops/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ShopsController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["ShopsController_update"];
        trace?: never;
    };
    "/api/classes/{classId}/shops": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ShopsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{classId}/shops/{shopId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ShopsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ProductsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/products/{productId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["ProductsController_update"];
        trace?: never;
    };
    "/api/products/{productId}/stock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ProductsController_changeStock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/shops/mine/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ProductsController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{classId}/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StorefrontController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{classId}/products/{productId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StorefrontController_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{classId}/shops/{shopId}/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StorefrontController_shopProducts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ClassesController_list"];
        put?: never;
        post: operations["ClassesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{classId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ClassesController_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["ClassesController_update"];
        trace?: never;
    };
    "/api/classes/{classId}/join-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ClassesController_joinLink"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{classId}/facilitators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ClassesController_addFacilitator"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{classId}/facilitators/{facilitatorId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["ClassesController_removeFacilitator"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{classId}/participants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ClassesController_participants"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{classId}/participants/{participantId}/pin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ClassesController_issuePin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{classId}/personas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ClassesController_createPersona"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{classId}/personas/{personaId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["ClassesController_updatePersona"];
        trace?: never;
    };
    "/api/classes/{classId}/attendance.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ClassesController_attendance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/join/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["JoinController_lookup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/join": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["JoinController_join"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/join/pin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["JoinController_pinLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{classId}/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ClassLifecycleController_reset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{classId}/clone": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ClassLifecycleController_clone"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/shipping/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ShippingController_services"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tracking/{resi}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["FulfilmentController_track"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payments/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PaymentsController_notification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{classId}/orders/{orderId}/pay-now": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PaymentsController_payNow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cart": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CartController_view"];
        put?: never;
        post?: never;
        delete: operations["CartController_clear"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cart/items/{productId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["CartController_set"];
        post?: never;
        delete: operations["CartController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/checkout/quote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CheckoutController_quote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CheckoutController_place"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orders/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OrdersController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/shops/mine/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OrdersController_shopOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/shops/mine/order-counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OrdersController_counts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orders/{orderId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OrdersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orders/{orderId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["OrdersController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orders/{orderId}/refuse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["OrdersController_refuse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orders/{orderId}/payment/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["OrdersController_retryPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{classId}/orders/{orderId}/failed-delivery": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ClassOrdersController_failDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{classId}/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ClassOrdersController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{classId}/order-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ClassOrdersController_getSettings"];
        put: operations["ClassOrdersController_updateSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orders/{orderId}/drop-points": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["FulfilmentController_dropPoints"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orders/{orderId}/shipment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["FulfilmentController_arrange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orders/{orderId}/ship": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["FulfilmentController_ship"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orders/{orderId}/label": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["FulfilmentController_label"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orders/{orderId}/received": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["FulfilmentController_received"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orders/{orderId}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OrderReviewsController_list"];
        put?: never;
        post: operations["OrderReviewsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{classId}/products/{productId}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ProductReviewsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/wallet": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["WalletController_view"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/wallet/banks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["WalletController_banks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/wallet/bank-account/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["WalletController_check"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/wallet/bank-account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["WalletController_account"];
        put: operations["WalletController_register"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/wallet/withdrawals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["WalletController_withdrawals"];
        put?: never;
        post: operations["WalletController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/promotions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["WalletController_listPromotions"];
        put?: never;
        post: operations["WalletController_promote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{classId}/wallet-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ClassWalletController_getSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["ClassWalletController_updateSettings"];
        trace?: never;
    };
    "/api/classes/{classId}/ledger-check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ClassWalletController_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{classId}/wallets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ClassWalletController_wallets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{classId}/shops/{shopId}/bank-account/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ClassWalletController_closeBankAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/chat/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ChatController_list"];
        put?: never;
        post: operations["ChatController_open"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/chat/unread": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ChatController_unread"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/chat/conversations/{conversationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ChatController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/chat/conversations/{conversationId}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ChatController_messages"];
        put?: never;
        post: operations["ChatController_send"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/chat/conversations/{conversationId}/delivered": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ChatController_delivered"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/chat/conversations/{conversationId}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ChatController_read"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/chat/conversations/{conversationId}/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ChatController_orders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/chat/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ChatController_settings"];
        put: operations["ChatController_updateSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/chat/quick-replies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ChatController_addQuickReply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/chat/quick-replies/{quickReplyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["ChatController_deleteQuickReply"];
        options?: never;
        head?: never;
        patch: operations["ChatController_updateQuickReply"];
        trace?: never;
    };
    "/api/classes/{classId}/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ClassConversationsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["NotificationsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/unread": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["NotificationsController_unread"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["NotificationsController_readAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/{notificationId}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["NotificationsController_read"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/simulator/payer/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SimulatorPayerController_lookup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/simulator/payer/qr/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SimulatorPayerController_qr"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/simulator/payer/pay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["SimulatorPayerController_pay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/missions/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MyMissionsController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{classId}/missions/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ConsoleController_settings"];
        put: operations["ConsoleController_updateSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{classId}/console/grid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ConsoleController_grid"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{classId}/console/activity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ConsoleController_feed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{classId}/console/trainees/{participantId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ConsoleController_trainee"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{classId}/demo-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ScenariosController_demo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{classId}/scenarios": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ScenariosController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{classId}/scenarios/{scenarioId}/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ScenariosController_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{classId}/scenario-runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ScenariosController_runs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/learning-check/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MyLearningCheckController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/learning-check/answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MyLearningCheckController_answer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{classId}/learning-check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ClassLearningCheckController_settings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{classId}/learning-check/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["ClassLearningCheckController_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{classId}/learning-check/after-round": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ClassLearningCheckController_openAfter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{classId}/learning-check/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ClassLearningCheckController_results"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/certificates/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CertificatesController_mine"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/certificates/verify/{certificateCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CertificatesController_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{classId}/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ClassCertificatesController_overview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{classId}/certificates/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["ClassCertificatesController_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{classId}/practice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ClassPracticeController_settings"];
        put: operations["ClassPracticeController_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{classId}/practice/follow-up": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ClassPracticeController_followUp"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{classId}/practice/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ClassPracticeController_message"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/practice/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PracticeController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{classId}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReportsController_report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classes/{classId}/report.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReportsController_csv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programme/classes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ProgrammeController_classes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programme/classes.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ProgrammeController_csv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: {
        LoginRequest: {
            /** @example fasilitator@pasar-latihan.id */
            email: string;
            password: string;
        };
        FacilitatorView: {
            /** Format: uuid */
            id: string;
            email: string;
            name: string;
            /** @enum {string} */
            role: "admin" | "facilitator";
        };
        LoginResponse: {
            /** @description Bearer token for the Authorization header */
            token: string;
            /** Format: date-time */
            expiresAt: string;
            facilitator: components["schemas"]["FacilitatorView"];
        };
        MeResponse: {
            /** @enum {string} */
            kind: "facilitator" | "participant";
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            role: "admin" | "facilitator" | "trainee" | "buyer";
            name: string;
            /** Format: uuid */
            classId?: string | null;
            /** Format: uuid */
            shopId?: string | null;
        };
        CreateFacilitatorRequest: {
            /** @example rina@pasar-latihan.id */
            email: string;
            /** @example Rina Fasilitator */
            name: string;
            password: string;
        };
        HealthResponse: {
            /** @enum {string} */
            status: "ok";
            /**
             * @description The database answered a query just now.
             * @enum {string}
             */
            database: "up";
            /** @description Seconds since this node started. */
            uptimeSeconds: number;
            /** @description Server time, ISO 8601 in UTC. */
            serverTime: string;
        };
        ErrorResponse: {
            /** @example 400 */
            statusCode: number;
            code: components["schemas"]["ErrorCode"];
            /**
             * @description For developers and logs; not shown to users as is.
             * @example name must be a string
             */
            message: string;
            /**
             * @description Facts beside the code for some errors, e.g. which product OUT_OF_STOCK is about.
             * @example {
             *       "productId": "6f1c…",
             *       "available": 2
             *     }
             */
            details?: {
                [key: string]: unknown;
            };
        };
        /**
         * @description Used for shipping zones.
         * @enum {string}
         */
        IslandGroup: "sumatera" | "jawa" | "bali-nusa-tenggara" | "kalimantan" | "sulawesi" | "maluku" | "papua";
        ProvinceResponse: {
            /** @example 18 */
            code: string;
            /** @example Lampung */
            name: string;
            /**
             * @description Used for shipping zones.
             * @example sumatera
             */
            islandGroup: components["schemas"]["IslandGroup"];
        };
        /** @enum {string} */
        RegencyType: "kabupaten" | "kota";
        RegencyResponse: {
            /** @example 18.10 */
            code: string;
            /** @example 18 */
            provinceCode: string;
            /**
             * @description A kabupaten without its word ("Pringsewu"); a kota with it ("Kota Bandar Lampung").
             * @example Pringsewu
             */
            name: string;
            /** @example kabupaten */
            type: components["schemas"]["RegencyType"];
            /**
             * @description What a picker shows: "Kab. Pringsewu", "Kota Bandar Lampung".
             * @example Kab. Pringsewu
             */
            label: string;
        };
        AttributionResponse: {
            /** @example idn-area-data */
            source: string;
            /**
             * @description SPDX identifier of the data licence.
             * @example ODbL-1.0
             */
            licence: string;
            /** @example https://github.com/fityannugroho/idn-area-data */
            url: string;
        };
        ClockResponse: {
            /**
             * Format: date-time
             * @description The class's simulated time now (UTC; shown in WIB)
             */
            simNow: string;
            /**
             * Format: date-time
             * @description Server time now, so the client can run the clock locally
             */
            realNow: string;
            /** @enum {number} */
            speed: 1 | 60 | 600;
            paused: boolean;
            /** @description Goes up by one with every change; send it back as expectedVersion */
            version: number;
        };
        ChangeClockRequest: {
            /** @enum {string} */
            action: "speed" | "pause" | "resume" | "jump";
            /**
             * @description For action "speed"
             * @enum {number}
             */
            speed?: 1 | 60 | 600;
            /** @description For action "jump": minutes forward (60 = +1 jam, 1440 = +1 hari) */
            minutes?: number;
            /** @description The clock version the facilitator saw when tapping. When the clock has changed since (another facilitator), a change that would do something is refused with 409 CLOCK_CHANGED; one whose result already holds (pause when paused) answers the clock */
            expectedVersion?: number;
        };
        MediaUrls: {
            /**
             * @description 160 px on the long side: list rows
             * @example /media/3f2a…-thumb.webp
             */
            thumb: string;
            /**
             * @description 480 px on the long side: storefront cards
             * @example /media/3f2a…-card.webp
             */
            card: string;
            /**
             * @description 960 px on the long side: the gallery (1280 for photos stored before 7 Dec 2026)
             * @example /media/3f2a…-full.webp
             */
            full: string;
        };
        MediaView: {
            /**
             * @description sha256 of the full-size WebP; pass it as a product photo id
             * @example 3f2a9c…
             */
            id: string;
            /**
             * @description Width of the full size, upright
             * @example 960
             */
            width: number;
            /** @example 960 */
            height: number;
            urls: components["schemas"]["MediaUrls"];
        };
        ShopView: {
            /** Format: uuid */
            id: string;
            name: string;
            description: string | null;
            /** @example 18.10 */
            regencyCode: string;
            /** @example Kab. Pringsewu */
            regencyLabel: string;
            /** @description The owner's name as shown in the class */
            ownerName: string;
            /** @description True when the caller owns this shop */
            isMine: boolean;
            /** @description Owner's phone: only for the owner and the class's facilitators */
            ownerPhone?: string | null;
        };
        UpdateShopRequest: {
            /** @example Gula Aren Bu Sriyati */
            name?: string;
            /** @example Gula aren asli dari Pekon Ambarawa, dimasak tanpa campuran. */
            description?: string;
        };
        /** @enum {string} */
        ProductCategory: "gula-aren" | "kerajinan-bambu" | "telur-bebek" | "ikan-air-tawar" | "olahan-singkong" | "makanan-lain" | "kerajinan-lain" | "lainnya";
        /**
         * @description new when left out
         * @enum {string}
         */
        ProductCondition: "new" | "used";
        /**
         * @description active when left out
         * @enum {string}
         */
        ProductStatus: "active" | "inactive";
        CreateProductRequest: {
            /**
             * @description 5 to 70 characters
             * @example Gula Aren Asli Pringsewu 1 kg
             */
            title: string;
            /** @example Gula aren cetak dari nira aren, dimasak tanpa campuran. Tahan 6 bulan. */
            description?: string;
            /**
             * @description Whole rupiah, 100 to 100,000,000
             * @example 25000
             */
            price: number;
            /**
             * @description 0 to 100,000
             * @example 40
             */
            stock: number;
            /**
             * @description Grams, 1 to 50,000 (couriers charge by it)
             * @example 1000
             */
            weightGrams: number;
            /**
             * @description cm; give all three sides or none
             * @example 20
             */
            lengthCm?: number | null;
            /** @example 15 */
            widthCm?: number | null;
            /** @example 8 */
            heightCm?: number | null;
            category: components["schemas"]["ProductCategory"];
            /** @description new when left out */
            condition?: components["schemas"]["ProductCondition"];
            /** @description 1 to 1000, and not above the stock; 1 when left out */
            minOrder?: number;
            /**
             * @description Days; required for duck eggs, fish and cassava snacks
             * @example 14
             */
            shelfLifeDays?: number | null;
            /** @description active when left out */
            status?: components["schemas"]["ProductStatus"];
            /** @description Ids from POST /api/media, cover first; 1 to 5 */
            photoIds: string[];
        };
        ProductShopView: {
            /** Format: uuid */
            id: string;
            /** @example Gula Aren Bu Sriyati */
            name: string;
            /** @example 18.10 */
            regencyCode: string;
            /**
             * @description Where it ships from
             * @example Kab. Pringsewu
             */
            regencyLabel: string;
        };
        ProductPhotoView: {
            /** @description Media id */
            id: string;
            width: number;
            height: number;
            urls: components["schemas"]["MediaUrls"];
        };
        /**
         * @description Advice that did not stop posting
         * @enum {string}
         */
        ProductHint: "TITLE_HARD_TO_FIND";
        ProductSaved: {
            /** Format: uuid */
            id: string;
            title: string;
            /**
             * @description Whole rupiah
             * @example 25000
             */
            price: number;
            stock: number;
            weightGrams: number;
            category: components["schemas"]["ProductCategory"];
            /** @description Food that spoils: ships to nearby buyers only */
            perishable: boolean;
            shelfLifeDays: number | null;
            /** @description Storefront lists show active ones only; events may say inactive */
            status: components["schemas"]["ProductStatus"];
            shop: components["schemas"]["ProductShopView"];
            /** @description The cover photo */
            photo: components["schemas"]["MediaUrls"] | null;
            /** Format: date-time */
            createdAt: string;
            /** @description A paid promotion ("Iklan") is running on the class clock: listed first, labelled */
            promoted: boolean;
            description: string;
            condition: components["schemas"]["ProductCondition"];
            minOrder: number;
            lengthCm: number | null;
            widthCm: number | null;
            heightCm: number | null;
            /** @description Gallery order, cover first */
            photos: components["schemas"]["ProductPhotoView"][];
            /** Format: date-time */
            updatedAt: string;
            /** @description Advice that did not stop posting */
            hints: components["schemas"]["ProductHint"][];
        };
        UpdateProductRequest: {
            title?: string;
            description?: string;
            price?: number;
            stock?: number;
            weightGrams?: number;
            lengthCm?: number | null;
            widthCm?: number | null;
            heightCm?: number | null;
            category?: components["schemas"]["ProductCategory"];
            condition?: components["schemas"]["ProductCondition"];
            minOrder?: number;
            shelfLifeDays?: number | null;
            /** @description inactive hides it from the storefront */
            status?: components["schemas"]["ProductStatus"];
            /** @description The whole new gallery, cover first */
            photoIds?: string[];
        };
        ChangeStockRequest: {
            /**
             * @description The new stock (0 to 100,000); give this or add
             * @example 50
             */
            set?: number;
            /**
             * @description Units to add to the current stock; give this or set
             * @example 10
             */
            add?: number;
        };
        ProductDetail: {
            /** Format: uuid */
            id: string;
            title: string;
            /**
             * @description Whole rupiah
             * @example 25000
             */
            price: number;
            stock: number;
            weightGrams: number;
            category: components["schemas"]["ProductCategory"];
            /** @description Food that spoils: ships to nearby buyers only */
            perishable: boolean;
            shelfLifeDays: number | null;
            /** @description Storefront lists show active ones only; events may say inactive */
            status: components["schemas"]["ProductStatus"];
            shop: components["schemas"]["ProductShopView"];
            /** @description The cover photo */
            photo: components["schemas"]["MediaUrls"] | null;
            /** Format: date-time */
            createdAt: string;
            /** @description A paid promotion ("Iklan") is running on the class clock: listed first, labelled */
            promoted: boolean;
            description: string;
            condition: components["schemas"]["ProductCondition"];
            minOrder: number;
            lengthCm: number | null;
            widthCm: number | null;
            heightCm: number | null;
            /** @description Gallery order, cover first */
            photos: components["schemas"]["ProductPhotoView"][];
            /** Format: date-time */
            updatedAt: string;
        };
        /** @enum {string} */
        StorefrontSort: "newest" | "price_asc" | "price_desc";
        StorefrontItem: {
            /** Format: uuid */
            id: string;
            title: string;
            /**
             * @description Whole rupiah
             * @example 25000
             */
            price: number;
            stock: number;
            weightGrams: number;
            category: components["schemas"]["ProductCategory"];
            /** @description Food that spoils: ships to nearby buyers only */
            perishable: boolean;
            shelfLifeDays: number | null;
            /** @description Storefront lists show active ones only; events may say inactive */
            status: components["schemas"]["ProductStatus"];
            shop: components["schemas"]["ProductShopView"];
            /** @description The cover photo */
            photo: components["schemas"]["MediaUrls"] | null;
            /** Format: date-time */
            createdAt: string;
            /** @description A paid promotion ("Iklan") is running on the class clock: listed first, labelled */
            promoted: boolean;
        };
        StorefrontPage: {
            items: components["schemas"]["StorefrontItem"][];
            page: number;
            pageSize: number;
            /** @description Products matching, over all pages */
            total: number;
        };
        CreateClassRequest: {
            /** @example Pelatihan E-Commerce PKH */
            name: string;
            /** @example Balai Pekon Ambarawa */
            place: string;
            /**
             * @description Workshop date (YYYY-MM-DD)
             * @example 2026-11-28
             */
            date: string;
            /**
             * @description Home regency (origin for shipping), e.g. 18.10 Kab. Pringsewu
             * @example 18.10
             */
            regencyCode: string;
        };
        /**
         * @description The zone the class's times are shown in, from its regency's province: WIB (Asia/Jakarta, Asia/Pontianak), WITA (Asia/Makassar) or WIT (Asia/Jayapura)
         * @enum {string}
         */
        ClassTimeZone: "Asia/Jakarta" | "Asia/Pontianak" | "Asia/Makassar" | "Asia/Jayapura";
        ClassView: {
            /** Format: uuid */
            id: string;
            name: string;
            place: string;
            /** @example 2026-11-28 */
            date: string;
            /** @example 18.10 */
            regencyCode: string;
            /** @example Kab. Pringsewu */
            regencyLabel: string;
            /**
             * @description The zone the class's times are shown in, from its regency's province: WIB (Asia/Jakarta, Asia/Pontianak), WITA (Asia/Makassar) or WIT (Asia/Jayapura)
             * @example Asia/Jakarta
             */
            timeZone: components["schemas"]["ClassTimeZone"];
            /** @example KMNPQR */
            joinCode: string;
            /** @enum {string} */
            status: "open" | "closed" | "ended" | "archived";
            participantCount: number;
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: uuid
             * @description The facilitator who created the class: she may add and remove co-facilitators
             */
            ownerId: string;
            /**
             * @description The owner's name (a class another facilitator shared shows it)
             * @example Rina
             */
            ownerName: string;
        };
        TeamMemberView: {
            /** Format: uuid */
            id: string;
            /** @example Budi */
            name: string;
        };
        ClassDetailView: {
            /** Format: uuid */
            id: string;
            name: string;
            place: string;
            /** @example 2026-11-28 */
            date: string;
            /** @example 18.10 */
            regencyCode: string;
            /** @example Kab. Pringsewu */
            regencyLabel: string;
            /**
             * @description The zone the class's times are shown in, from its regency's province: WIB (Asia/Jakarta, Asia/Pontianak), WITA (Asia/Makassar) or WIT (Asia/Jayapura)
             * @example Asia/Jakarta
             */
            timeZone: components["schemas"]["ClassTimeZone"];
            /** @example KMNPQR */
            joinCode: string;
            /** @enum {string} */
            status: "open" | "closed" | "ended" | "archived";
            participantCount: number;
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: uuid
             * @description The facilitator who created the class: she may add and remove co-facilitators
             */
            ownerId: string;
            /**
             * @description The owner's name (a class another facilitator shared shows it)
             * @example Rina
             */
            ownerName: string;
            /**
             * @description What the QR code opens
             * @example http://192.168.1.10:3000/gabung/KMNPQR
             */
            joinUrl: string;
            /** @description QR code of joinUrl, as an SVG document */
            joinQrSvg: string;
            /** @description Names of the facilitators who run the class */
            facilitators: string[];
            /** @description The same facilitators with their ids (the owner removes a co-facilitator by id) */
            team: components["schemas"]["TeamMemberView"][];
            /** @description False when the app cannot know that phones reach joinUrl: the facilitator should choose or type the address */
            joinUrlSure: boolean;
            /** @description Detected addresses (base URLs) to choose from when joinUrlSure is false */
            joinBaseChoices: string[];
        };
        JoinLinkView: {
            /** @example http://192.168.1.10:3000/gabung/KMNPQR */
            joinUrl: string;
            /** @description QR code of joinUrl, as an SVG document */
            joinQrSvg: string;
        };
        UpdateClassRequest: {
            name?: string;
            place?: string;
            date?: string;
            regencyCode?: string;
            /**
             * @description closed: joining closed, the class goes on; ended: the workshop is over
             * @enum {string}
             */
            status?: "open" | "closed" | "ended" | "archived";
        };
        AddFacilitatorRequest: {
            email: string;
        };
        ParticipantView: {
            /** Format: uuid */
            id: string;
            /** @description Name as shown, numbered when two are the same: "Siti (2)" */
            name: string;
            /** @enum {string} */
            role: "trainee" | "buyer";
            phone: string | null;
            village: string | null;
            isPersona: boolean;
            /** Format: date-time */
            joinedAt: string;
            /** Format: date-time */
            lastSeenAt: string | null;
            /** Format: uuid */
            shopId: string | null;
            shopName: string | null;
            /**
             * @description A demo buyer's home: near the shops, a city, or far
             * @enum {string|null}
             */
            destination: "near" | "city" | "far" | null;
        };
        PinView: {
            /** @example 048213 */
            pin: string;
            /** Format: date-time */
            expiresAt: string;
        };
        CreatePersonaRequest: {
            /** @example Bu Rahma (Pembeli Bandar Lampung) */
            displayName: string;
            /** @example 081234567890 */
            phone?: string;
            /** @example Kedaton, Bandar Lampung */
            village?: string;
            /**
             * @description Where the persona lives: near the shops, in a city a day or three away (default), or across the islands
             * @enum {string}
             */
            destination?: "near" | "city" | "far";
        };
        UpdatePersonaRequest: {
            /** @example Bu Rahma (Jayapura) */
            displayName?: string;
            /** @enum {string} */
            destination?: "near" | "city" | "far";
        };
        JoinLookupView: {
            code: string;
            className: string;
            place: string;
            date: string;
        };
        JoinRequest: {
            /** @example KMNPQR */
            code: string;
            /** @example Sriyati */
            displayName: string;
            /** @example 081234567890 */
            phone?: string;
            /** @example Pekon Ambarawa */
            village?: string;
            /**
             * @default trainee
             * @enum {string}
             */
            role: "trainee" | "buyer";
        };
        ShopSummary: {
            /** Format: uuid */
            id: string;
            name: string;
            description: string | null;
            /** @example 18.10 */
            regencyCode: string;
            /** @example Kab. Pringsewu */
            regencyLabel: string;
        };
        JoinResponse: {
            /** @description Bearer token; the phone keeps it, so a reload stays the same participant */
            token: string;
            /** Format: date-time */
            expiresAt: string;
            /** Format: uuid */
            participantId: string;
            name: string;
            /** @enum {string} */
            role: "trainee" | "buyer";
            class: components["schemas"]["ClassView"];
            shop: components["schemas"]["ShopSummary"] | null;
        };
        PinLoginRequest: {
            /** @example KMNPQR */
            code: string;
            /** @example 048213 */
            pin: string;
        };
        ResetClassRequest: {
            /**
             * @description The class join code, typed by the facilitator to confirm
             * @example KMNPQR
             */
            confirmJoinCode: string;
        };
        ResetClassView: {
            /** Format: uuid */
            classId: string;
            deletedOrders: number;
            /** @description Trainees and buyers who had joined by code */
            deletedParticipants: number;
            deletedActivity: number;
            /** @description Demo buyers and demo shops kept */
            keptPersonas: number;
            /** @description Seed products kept (stock given back) */
            keptProducts: number;
            /**
             * Format: date-time
             * @description The restarted class clock (real time, 1×)
             */
            simNow: string;
        };
        CloneClassRequest: {
            /**
             * @description Default: "<name> (salinan)"
             * @example Pelatihan E-Commerce PKH – Gelombang 2
             */
            name?: string;
            /**
             * @description Default: the template’s date
             * @example 2026-12-05
             */
            date?: string;
        };
        /** @enum {string} */
        CourierServiceType: "regular" | "express" | "economy" | "instant" | "same-day";
        EtdView: {
            /** @enum {string} */
            unit: "day" | "hour";
            /** @example 2 */
            min: number;
            /** @example 3 */
            max: number;
        };
        /**
         * @description Zones the service serves
         * @enum {string}
         */
        ShippingZone: "same-regency" | "same-province" | "same-island-group" | "inter-island";
        CourierServiceView: {
            /**
             * @description Stable code; the client keys logos by `courier`
             * @example jne-reg
             */
            code: string;
            /** @example JNE */
            courier: string;
            /** @example REG */
            service: string;
            /** @example JNE Reguler */
            name: string;
            type: components["schemas"]["CourierServiceType"];
            /** @description The headline ETD; a far zone may take longer (see a quote) */
            etd: components["schemas"]["EtdView"];
            /** @example estimasi tiba 2-3 hari */
            etdLabel: string;
            /** @example 50 */
            maxWeightKg: number;
            /** @description Whether the buyer may pay cash on delivery with this service */
            cod: boolean;
            /** @description Zones the service serves */
            zones: components["schemas"]["ShippingZone"][];
        };
        LabelCourierView: {
            /** @example jne-reg */
            code: string;
            /** @example JNE */
            courier: string;
            /** @example REG */
            service: string;
            /** @example JNE Reguler */
            name: string;
        };
        /**
         * @description The client words it: tracking.step.<step>
         * @enum {string}
         */
        TrackingStep: "dropped_off" | "picked_up" | "origin_hub" | "in_transit" | "destination_hub" | "out_for_delivery" | "delivered" | "delivery_failed" | "returning" | "returned";
        TrackingStepView: {
            /** @description The client words it: tracking.step.<step> */
            step: components["schemas"]["TrackingStep"];
            /** @description Simulated time */
            at: string;
            /**
             * @description A city name, never an address
             * @example Pringsewu
             */
            city?: string | null;
            /**
             * @description On "delivered" only: who received it (YBS = the addressee)
             * @example YBS
             */
            receiver?: string | null;
        };
        PublicTrackingView: {
            /** @example JP0123456789 */
            resi: string;
            courier: components["schemas"]["LabelCourierView"];
            /**
             * @description waiting: not yet handed to the courier
             * @enum {string}
             */
            status: "waiting" | "in_transit" | "delivered" | "returned";
            /** @example Pringsewu */
            originCity: string;
            /** @example Kota Bandar Lampung */
            destinationCity: string;
            /** @description Oldest first */
            steps: components["schemas"]["TrackingStepView"][];
        };
        NotificationAck: {
            /**
             * @description What the notification did: applied, duplicate, ignored_after_settlement, unknown_order…
             * @example applied
             */
            outcome: string;
        };
        /**
         * @description settled once the webhook has taken the notification
         * @enum {string}
         */
        PaymentState: "pending" | "settled" | "expired" | "cancelled";
        PayNowView: {
            /** Format: uuid */
            orderId: string;
            /** @description settled once the webhook has taken the notification */
            paymentState: components["schemas"]["PaymentState"];
            /** @example 36000 */
            amount: number;
        };
        CartShopView: {
            /** Format: uuid */
            id: string;
            /** @example Toko Sriyati */
            name: string;
            /** @example Kab. Pringsewu */
            regencyLabel: string;
        };
        /**
         * @description Why this line cannot be checked out as it is (the product was hidden, sold out, …)
         * @enum {string}
         */
        CartLineProblem: "PRODUCT_NOT_AVAILABLE" | "OWN_PRODUCT" | "BELOW_MIN_ORDER" | "OUT_OF_STOCK";
        CartItemView: {
            /** Format: uuid */
            productId: string;
            /** @example Gula Aren Asli Pringsewu 1 kg */
            title: string;
            /** @example 25000 */
            price: number;
            /** @example 2 */
            quantity: number;
            /** @example 50000 */
            lineTotal: number;
            /** @example 1000 */
            weightGrams: number;
            /** @description Spoils: only nearby destinations get couriers */
            perishable: boolean;
            photo?: components["schemas"]["MediaUrls"] | null;
            /** @example 40 */
            stock: number;
            /** @example 1 */
            minOrder: number;
            /** @description Why this line cannot be checked out as it is (the product was hidden, sold out, …) */
            problem?: components["schemas"]["CartLineProblem"] | null;
        };
        CartShopGroupView: {
            shop: components["schemas"]["CartShopView"];
            items: components["schemas"]["CartItemView"][];
            /**
             * @description Lines without a problem
             * @example 50000
             */
            subtotal: number;
        };
        CartView: {
            /** @description One group per shop: each becomes one order */
            shops: components["schemas"]["CartShopGroupView"][];
            /**
             * @description Units in the cart (the badge)
             * @example 3
             */
            itemCount: number;
            /** @example 75000 */
            subtotal: number;
        };
        SetCartQuantityRequest: {
            /** @example 2 */
            quantity: number;
        };
        CheckoutLineInput: {
            /** Format: uuid */
            productId: string;
            /** @example 1 */
            quantity: number;
        };
        QuoteRequest: {
            /** @description What to buy ("Beli Sekarang"); left out: the whole cart */
            items?: components["schemas"]["CheckoutLineInput"][];
            /**
             * @description The delivery regency (Kota Bandar Lampung)
             * @example 18.71
             */
            destinationRegencyCode: string;
        };
        QuoteDestinationView: {
            /** @example 18.71 */
            regencyCode: string;
            /** @example Kota Bandar Lampung */
            regencyLabel: string;
            /** @example Lampung */
            provinceName: string;
        };
        QuoteShopRef: {
            /** Format: uuid */
            id: string;
            /** @example Toko Sriyati */
            name: string;
            /** @example Kab. Pringsewu */
            regencyLabel: string;
            /** @example 18.10 */
            regencyCode: string;
        };
        QuoteLineView: {
            /** Format: uuid */
            productId: string;
            /** @example Gula Aren Asli Pringsewu 1 kg */
            title: string;
            /** @example 25000 */
            price: number;
            /** @example 2 */
            quantity: number;
            /** @example 50000 */
            lineTotal: number;
            /** @example 1000 */
            weightGrams: number;
            /** @description Spoils: only nearby destinations get couriers */
            perishable: boolean;
            photo?: components["schemas"]["MediaUrls"] | null;
        };
        ShippingOptionView: {
            /** @example jne-reg */
            code: string;
            /** @example JNE Reguler */
            name: string;
            type: components["schemas"]["CourierServiceType"];
            /** @description The ETD on this zone */
            etd: components["schemas"]["EtdView"];
            /**
             * @description Whole rupiah
             * @example 11000
             */
            price: number;
            /** @example estimasi tiba 2-3 hari */
            etdLabel: string;
            /** @description COD may be chosen with this service */
            cod: boolean;
        };
        /** @enum {string} */
        ShippingExclusionReason: "NOT_IN_ZONE" | "TOO_HEAVY" | "SPOILS_BEFORE_ARRIVAL";
        ShippingExclusionView: {
            /** @example gosend-instant */
            code: string;
            reason: components["schemas"]["ShippingExclusionReason"];
            /** @example Layanan ini tidak melayani tujuan ini. */
            message: string;
        };
        /**
         * @description Set when no option is left
         * @enum {string}
         */
        NoShippingOptionReason: "PERISHABLE_TOO_FAR" | "NOTHING_FITS";
        ShippingQuoteView: {
            zone: components["schemas"]["ShippingZone"];
            /**
             * @description Chargeable weight in whole kg
             * @example 1
             */
            weightKg: number;
            /** @description Cheapest first */
            options: components["schemas"]["ShippingOptionView"][];
            excluded: components["schemas"]["ShippingExclusionView"][];
            /** @description Set when no option is left */
            noOptionReason?: components["schemas"]["NoShippingOptionReason"] | null;
            /** @example Produk ini mudah basi, hanya bisa dikirim ke area terdekat. */
            noOptionMessage?: string | null;
        };
        QuoteShopView: {
            shop: components["schemas"]["QuoteShopRef"];
            items: components["schemas"]["QuoteLineView"][];
            /** @example 50000 */
            subtotal: number;
            /**
             * @description Added to this shop’s order
             * @example 0
             */
            adminFee: number;
            /** @description Courier options with price and "estimasi tiba", or why there are none */
            shipping: components["schemas"]["ShippingQuoteView"];
        };
        /** @enum {string} */
        PaymentMethodCode: "bca_va" | "bni_va" | "bri_va" | "mandiri_bill" | "qris" | "gopay" | "cstore_alfamart" | "cstore_indomaret" | "cod";
        /** @enum {string} */
        PaymentKind: "virtual_account" | "bill_payment" | "qris" | "ewallet" | "cstore" | "cod";
        /** @enum {string} */
        PaymentInstructionKind: "va_number" | "bill_key" | "qr_code" | "deeplink_and_qr" | "payment_code" | "cash_on_delivery";
        PaymentMethodView: {
            code: components["schemas"]["PaymentMethodCode"];
            kind: components["schemas"]["PaymentKind"];
            instruction: components["schemas"]["PaymentInstructionKind"];
            /**
             * @description i18n key of the method name
             * @example payment.method.bca_va
             */
            labelKey: string;
            /** @description COD: only when every chosen courier service carries cash on delivery */
            needsCodCourier: boolean;
        };
        CheckoutQuoteView: {
            destination: components["schemas"]["QuoteDestinationView"];
            /** @description One per shop: each becomes one order */
            shops: components["schemas"]["QuoteShopView"][];
            paymentMethods: components["schemas"]["PaymentMethodView"][];
        };
        AddressInput: {
            /**
             * @description Who receives the parcel
             * @example Bu Rahma
             */
            recipient: string;
            /**
             * @description An Indonesian mobile number: 08…, 628… or +628…
             * @example 081234567890
             */
            phone: string;
            /** @example Jl. Raya Ambarawa No. 12, RT 02 RW 01 */
            street: string;
            /** @example 18.10 */
            regencyCode: string;
            /**
             * @description Kecamatan
             * @example Ambarawa
             */
            district?: string;
        };
        ShopChoiceInput: {
            /** Format: uuid */
            shopId: string;
            /**
             * @description A code the quote offered for this shop
             * @example jne-reg
             */
            courierCode: string;
        };
        PlaceOrderRequest: {
            address: components["schemas"]["AddressInput"];
            /** @example Tolong dibungkus rapi */
            note?: string;
            /** @description One courier choice per shop of the checkout */
            shops: components["schemas"]["ShopChoiceInput"][];
            paymentMethod: components["schemas"]["PaymentMethodCode"];
            /** @description What to buy; left out: the whole cart */
            items?: components["schemas"]["CheckoutLineInput"][];
        };
        /** @enum {string} */
        OrderState: "AWAITING_PAYMENT" | "PAID" | "SHIPPED" | "DELIVERED" | "COMPLETED" | "CANCELLED" | "RETURNED";
        /** @enum {string} */
        CancelReason: "payment_expired" | "buyer_cancelled" | "seller_refused" | "ship_deadline_missed";
        OrderPartyView: {
            /** Format: uuid */
            id: string;
            /** @example Toko Sriyati */
            name: string;
        };
        OrderFirstItemView: {
            /** @example Gula Aren Asli Pringsewu 1 kg */
            title: string;
            photo?: components["schemas"]["MediaUrls"] | null;
        };
        DropPointView: {
            /** @example jne-pringsewu-ahmad-yani */
            id: string;
            /** @example JNE */
            courier: string;
            /**
             * @description A counter to bring the parcel to, or a driver who picks it up at the shop
             * @enum {string}
             */
            kind: "counter" | "pickup";
            /** @example JNE Agen Pringsewu Ahmad Yani */
            name: string;
            /** @example Jl. Ahmad Yani No. 21, Pringsewu Utara */
            address: string;
        };
        ShipmentView: {
            /** @example JP0123456789 */
            resi: string;
            /** @example jnt-ez */
            courierCode: string;
            dropPoint: components["schemas"]["DropPointView"];
            /** @description When "Atur Pengiriman" was done (simulated time) */
            arrangedAt: string;
            /** @description Handed over at the drop point (simulated time) */
            shippedAt?: string | null;
            /** @description Steps so far, oldest first */
            tracking: components["schemas"]["TrackingStepView"][];
        };
        OrderLineView: {
            /** Format: uuid */
            productId?: string | null;
            /**
             * @description As it was when ordered
             * @example Gula Aren Asli Pringsewu 1 kg
             */
            title: string;
            /** @example 25000 */
            unitPrice: number;
            /** @example 1 */
            quantity: number;
            /** @example 25000 */
            lineTotal: number;
            /** @example 1000 */
            weightGrams: number;
            photo?: components["schemas"]["MediaUrls"] | null;
        };
        OrderAddressView: {
            /** @example Bu Rahma */
            recipient: string;
            /** @example 081234567890 */
            phone: string;
            /** @example Jl. Raya Ambarawa No. 12 */
            street: string;
            /** @example Ambarawa */
            district?: string | null;
            /** @example 18.10 */
            regencyCode: string;
            /** @example Kab. Pringsewu */
            regencyLabel: string;
            /** @example Lampung */
            provinceName: string;
        };
        OrderCourierView: {
            /** @example jne-reg */
            code: string;
            /** @example JNE Reguler */
            name: string;
            type: components["schemas"]["CourierServiceType"];
            /** @description The ETD on this zone */
            etd: components["schemas"]["EtdView"];
            /**
             * @description Whole rupiah
             * @example 11000
             */
            price: number;
            /** @example estimasi tiba 2-3 hari */
            etdLabel: string;
            /** @description COD may be chosen with this service */
            cod: boolean;
            zone: components["schemas"]["ShippingZone"];
            /** @example 1 */
            weightKg: number;
        };
        /** @enum {string} */
        OrderActor: "buyer" | "seller" | "payment" | "courier" | "system";
        OrderHistoryView: {
            from?: components["schemas"]["OrderState"] | null;
            to: components["schemas"]["OrderState"];
            actor: components["schemas"]["OrderActor"];
            reason?: string | null;
            note?: string | null;
            /** @description Simulated time */
            at: string;
        };
        /**
         * @description failed: the gateway could not make the VA yet; POST /api/orders/:orderId/payment/retry
         * @enum {string}
         */
        PaymentChargeStatus: "pending" | "charging" | "charged" | "failed" | "not_needed";
        PaymentInstructionsView: {
            /** @example 12708123456 */
            vaNumber?: string | null;
            /** @example bca */
            bank?: string | null;
            /**
             * @description Mandiri bill payment: the bill key
             * @example 891234567890
             */
            billKey?: string | null;
            /**
             * @description Mandiri bill payment: the company code
             * @example 70012
             */
            billerCode?: string | null;
            /**
             * @description Minimarket payment code
             * @example 1990123456789012
             */
            paymentCode?: string | null;
            /** @example alfamart */
            store?: string | null;
            /** @description QRIS / GoPay: the QR as an SVG data URL */
            qrImageDataUrl?: string | null;
            /** @description QRIS / GoPay: the link that opens the e-wallet (the simulator payer page) */
            payerUrl?: string | null;
            /**
             * @description i18n key prefix of the steps
             * @example payment.howToPay.bca_va
             */
            howToPayKey: string;
            /**
             * @example [
             *       "payment.howToPay.bca_va.1",
             *       "payment.howToPay.bca_va.2"
             *     ]
             */
            howToPaySteps: string[];
        };
        PaymentGatewayView: {
            /** @description The order id the gateway knows the payment by */
            gatewayOrderId: string;
            gatewayTransactionId?: string | null;
            /** @example 1 */
            chargeAttempts: number;
            chargeError?: string | null;
            /** @description Real time the gateway closes the VA */
            gatewayExpiresAt?: string | null;
        };
        OrderPaymentView: {
            method: components["schemas"]["PaymentMethodCode"];
            kind: components["schemas"]["PaymentKind"];
            instruction: components["schemas"]["PaymentInstructionKind"];
            /** @example payment.method.bca_va */
            labelKey: string;
            /** @description COD is settled (confirmed) at placement */
            state: components["schemas"]["PaymentState"];
            /** @description failed: the gateway could not make the VA yet; POST /api/orders/:orderId/payment/retry */
            chargeStatus: components["schemas"]["PaymentChargeStatus"];
            /**
             * @description Whole rupiah, exactly what to pay
             * @example 36000
             */
            amount: number;
            /** @description The payment deadline in the class’s simulated time */
            expiresAt?: string | null;
            /** @description The same deadline in real time at the clock’s current speed, for the countdown; null while the clock is paused */
            expiresAtReal?: string | null;
            /** @description The server’s real time, to correct the phone’s clock in the countdown */
            realNow: string;
            /** @description Buyer and facilitators only */
            instructions?: components["schemas"]["PaymentInstructionsView"] | null;
            /** @description Facilitators only */
            gateway?: components["schemas"]["PaymentGatewayView"];
        };
        OrderDetailView: {
            /** Format: uuid */
            id: string;
            /** @example INV/20261128/PL/0001 */
            invoiceNumber: string;
            state: components["schemas"]["OrderState"];
            /**
             * @description i18n key: Belum Bayar, Perlu Dikirim, …
             * @example order.state.AWAITING_PAYMENT
             */
            stateLabelKey: string;
            cancelReason?: components["schemas"]["CancelReason"] | null;
            /** @example order.cancelReason.payment_expired */
            cancelReasonLabelKey?: string | null;
            /** @description The seller’s shop */
            shop: components["schemas"]["OrderPartyView"];
            /** @description The buyer (their display name) */
            buyer: components["schemas"]["OrderPartyView"];
            /**
             * @description Units in the order
             * @example 3
             */
            itemCount: number;
            firstItem?: components["schemas"]["OrderFirstItemView"] | null;
            /** @example 36000 */
            total: number;
            paymentMethod: components["schemas"]["PaymentMethodCode"];
            /** @example JNE Reguler */
            courierName: string;
            /**
             * @description The resi once the seller has arranged the shipment (lists; the detail also has `shipment`)
             * @example 0134326424999639
             */
            resi: string | null;
            /** @description Simulated time */
            placedAt: string;
            /** @description Pay by (simulated time) */
            paymentDueAt?: string | null;
            paidAt?: string | null;
            /** @description Ship by (simulated time) */
            shipByAt?: string | null;
            /** @description Completes by itself then, unless the buyer confirms first (simulated time) */
            autoCompleteAt?: string | null;
            cancelledAt?: string | null;
            /**
             * @description How the caller sees this order
             * @enum {string}
             */
            viewerRole: "buyer" | "seller" | "facilitator";
            /** @description Simulated time */
            deliveredAt?: string | null;
            /** @description Simulated time */
            completedAt?: string | null;
            /** @description Once arranged: resi, drop point and the tracking so far */
            shipment?: components["schemas"]["ShipmentView"] | null;
            lines: components["schemas"]["OrderLineView"][];
            /** @description Buyer, seller (who must ship) and facilitators only */
            address: components["schemas"]["OrderAddressView"];
            note?: string | null;
            courier: components["schemas"]["OrderCourierView"];
            /** @example 25000 */
            subtotal: number;
            /** @example 11000 */
            shippingCost: number;
            /** @example 0 */
            adminFee: number;
            /** @description The seller’s reason for refusing */
            cancelNote?: string | null;
            /** @description Every transition, oldest first */
            history: components["schemas"]["OrderHistoryView"][];
            /** @description Instructions for the buyer and facilitators; the seller sees the state only */
            payment?: components["schemas"]["OrderPaymentView"] | null;
        };
        CheckoutResultView: {
            /** Format: uuid */
            checkoutId: string;
            /** @description True when this Idempotency-Key was seen before: these are the first request’s orders */
            replayed: boolean;
            /** @description One order per shop */
            orders: components["schemas"]["OrderDetailView"][];
        };
        /** @enum {string} */
        SellerTab: "belum_bayar" | "perlu_dikirim" | "dikirim" | "selesai" | "dibatalkan";
        OrderSummaryView: {
            /** Format: uuid */
            id: string;
            /** @example INV/20261128/PL/0001 */
            invoiceNumber: string;
            state: components["schemas"]["OrderState"];
            /**
             * @description i18n key: Belum Bayar, Perlu Dikirim, …
             * @example order.state.AWAITING_PAYMENT
             */
            stateLabelKey: string;
            cancelReason?: components["schemas"]["CancelReason"] | null;
            /** @example order.cancelReason.payment_expired */
            cancelReasonLabelKey?: string | null;
            /** @description The seller’s shop */
            shop: components["schemas"]["OrderPartyView"];
            /** @description The buyer (their display name) */
            buyer: components["schemas"]["OrderPartyView"];
            /**
             * @description Units in the order
             * @example 3
             */
            itemCount: number;
            firstItem?: components["schemas"]["OrderFirstItemView"] | null;
            /** @example 36000 */
            total: number;
            paymentMethod: components["schemas"]["PaymentMethodCode"];
            /** @example JNE Reguler */
            courierName: string;
            /**
             * @description The resi once the seller has arranged the shipment (lists; the detail also has `shipment`)
             * @example 0134326424999639
             */
            resi: string | null;
            /** @description Simulated time */
            placedAt: string;
            /** @description Pay by (simulated time) */
            paymentDueAt?: string | null;
            paidAt?: string | null;
            /** @description Ship by (simulated time) */
            shipByAt?: string | null;
            /** @description Completes by itself then, unless the buyer confirms first (simulated time) */
            autoCompleteAt?: string | null;
            cancelledAt?: string | null;
        };
        OrderListView: {
            /** @description Newest first */
            items: components["schemas"]["OrderSummaryView"][];
            /** @description Pass as cursor for the next page; null on the last */
            nextCursor?: string | null;
        };
        OrderStateCounts: {
            AWAITING_PAYMENT: number;
            PAID: number;
            SHIPPED: number;
            DELIVERED: number;
            COMPLETED: number;
            CANCELLED: number;
            RETURNED: number;
        };
        SellerTabCounts: {
            /** @description Belum Bayar */
            belum_bayar: number;
            /** @description Perlu Dikirim */
            perlu_dikirim: number;
            /** @description Dikirim */
            dikirim: number;
            /** @description Selesai */
            selesai: number;
            /** @description Dibatalkan */
            dibatalkan: number;
        };
        OrderCountsView: {
            states: components["schemas"]["OrderStateCounts"];
            tabs: components["schemas"]["SellerTabCounts"];
        };
        RefuseOrderRequest: {
            /**
             * @description Told to the buyer
             * @example Stok gula aren sedang kosong
             */
            reason: string;
        };
        FailedDeliveryView: {
            /** Format: uuid */
            orderId: string;
            /** @example SHIPPED */
            state: string;
            /** @description True when the parcel was already on its way: its tracking now ends in a return */
            rescheduled: boolean;
        };
        OrderSettingsView: {
            /**
             * @description Hours (simulated) a buyer has to pay
             * @example 24
             */
            paymentHours: number;
            /**
             * @description Days (simulated) a seller has to ship a paid order
             * @example 2
             */
            shipByDays: number;
            /**
             * @description Days after delivery before an order completes by itself
             * @example 3
             */
            autoCompleteDays: number;
            /**
             * @description Whole rupiah added to each order
             * @example 0
             */
            adminFeeRupiah: number;
            /** @description False: the admin fee is the server’s ADMIN_FEE_RUPIAH */
            adminFeeSetByClass: boolean;
        };
        UpdateOrderSettingsRequest: {
            paymentHours?: number;
            shipByDays?: number;
            autoCompleteDays?: number;
            /** @description null: back to the server’s default */
            adminFeeRupiah?: number | null;
        };
        ArrangeShipmentRequest: {
            /**
             * @description One of GET /api/orders/{orderId}/drop-points
             * @example jne-pringsewu-ahmad-yani
             */
            dropPointId: string;
        };
        ShipOrderRequest: {
            /** @description Only when the shipment was not arranged before (then it is, in the same step) */
            dropPointId?: string;
        };
        LabelPartyView: {
            /** @example Toko Sriyati */
            name: string;
            /**
             * @description Masked
             * @example 0812****5678
             */
            phone?: string | null;
            /** @example Jl. Raya Ambarawa No. 12 */
            street?: string | null;
            /** @example Ambarawa */
            district?: string | null;
            /** @example Kab. Pringsewu */
            regencyLabel: string;
            /** @example Lampung */
            provinceName?: string | null;
        };
        ShippingLabelView: {
            /** @example INV/20261128/PL/0001 */
            invoiceNumber: string;
            /** @example JP0123456789 */
            resi: string;
            courier: components["schemas"]["LabelCourierView"];
            sender: components["schemas"]["LabelPartyView"];
            recipient: components["schemas"]["LabelPartyView"];
            /**
             * @description Chargeable weight, whole kg
             * @example 2
             */
            weightKg: number;
            /**
             * @description Actual weight of the items
             * @example 2000
             */
            weightGrams: number;
            /** @example 2 */
            itemCount: number;
            /** @description Cash on delivery: the courier collects codAmount */
            cod: boolean;
            /** @example 72000 */
            codAmount?: number | null;
            dropPoint: components["schemas"]["DropPointView"];
            /** @description Simulated time */
            arrangedAt: string;
        };
        CreateReviewRequest: {
            /**
             * Format: uuid
             * @description A product of the order
             */
            productId: string;
            /** @example 5 */
            rating: number;
            /** @example Gula arennya wangi dan dibungkus rapi. */
            text: string;
        };
        ReviewView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            productId: string;
            /** Format: uuid */
            orderId: string;
            /**
             * @description The buyer’s display name
             * @example Bu Rahma
             */
            buyerName: string;
            /** @example 5 */
            rating: number;
            /** @example Gula arennya wangi dan dibungkus rapi. */
            text: string;
            /** @description Simulated time */
            at: string;
        };
        ProductReviewsView: {
            /**
             * @description One decimal; null before the first review
             * @example 4.5
             */
            average?: number | null;
            /** @example 2 */
            count: number;
            /** @description Newest first (the latest page) */
            items: components["schemas"]["ReviewView"][];
        };
        WalletBalanceView: {
            /** @description Dana ditahan (escrow) */
            held: number;
            /** @description Saldo you can withdraw */
            available: number;
        };
        HeldOrderView: {
            /** Format: uuid */
            orderId: string;
            invoiceNumber: string;
            amount: number;
            /** @enum {string} */
            state: "PAID" | "SHIPPED" | "DELIVERED";
            /**
             * @description What the money waits for, as an i18n key
             * @example wallet.waiting.DELIVERED
             */
            waitingKey: string;
            /** @description Sim time: ship-by (PAID) or auto-complete (DELIVERED) */
            dueAt: string | null;
        };
        /** @enum {string} */
        LedgerEntryKind: "payment_settled" | "cod_collected" | "refund" | "order_released" | "withdrawal_requested" | "withdrawal_succeeded" | "withdrawal_failed" | "promotion_bought";
        WalletHistoryLine: {
            id: string;
            kind: components["schemas"]["LedgerEntryKind"];
            /** @enum {string} */
            account: "escrow" | "available";
            /** @description Signed whole rupiah: + into the account, − out of it */
            amount: number;
            /** @description Sim time */
            at: string;
            /** Format: uuid */
            orderId: string | null;
            invoiceNumber: string | null;
            /** Format: uuid */
            withdrawalId: string | null;
            /** Format: uuid */
            promotionId: string | null;
            /** @description The fee this entry took, where there was one */
            fee: number | null;
        };
        BankAccountView: {
            bankCode: string;
            bankName: string;
            /** @description Only to the account’s owner; null to anyone else */
            accountNumber: string | null;
            /** @example •••• 7890 */
            maskedNumber: string;
            /** @example SRIYATI */
            holderName: string;
            /** @description Sim time */
            registeredAt: string;
            /** @description A payout to it failed (the bank closed it): register another account */
            rejected: boolean;
        };
        /** @enum {string} */
        WithdrawalStatus: "processing" | "success" | "failed";
        WithdrawalView: {
            /** Format: uuid */
            id: string;
            /** @description Taken from the saldo */
            amount: number;
            fee: number;
            /** @description What reaches the bank: amount − fee */
            net: number;
            status: components["schemas"]["WithdrawalStatus"];
            /** @example ACCOUNT_CLOSED */
            failureCode: string | null;
            bankName: string;
            /** @example •••• 7890 */
            maskedNumber: string;
            /** @description Sim time */
            requestedAt: string;
            /** @description Sim time: 1x24 jam after the request */
            dueAt: string;
            finishedAt: string | null;
            /** @description True when the same Idempotency-Key was seen before */
            replayed: boolean;
        };
        WalletSettingsView: {
            /**
             * @description Percent of the subtotal kept as the seller’s admin fee when an order completes (rounded down)
             * @example 5
             */
            sellerFeePercent: number;
            /**
             * @description Whole rupiah taken from each withdrawal (the bank receives amount − fee)
             * @example 2500
             */
            withdrawalFee: number;
            /** @example 10000 */
            minWithdrawal: number;
            /**
             * @description Whole rupiah per simulated day of a promotion
             * @example 5000
             */
            promotionPricePerDay: number;
        };
        WalletView: {
            balance: components["schemas"]["WalletBalanceView"];
            held: components["schemas"]["HeldOrderView"][];
            /** @description Newest first (the latest 50) */
            history: components["schemas"]["WalletHistoryLine"][];
            bankAccount: components["schemas"]["BankAccountView"] | null;
            /** @description Newest first (the latest 20) */
            withdrawals: components["schemas"]["WithdrawalView"][];
            settings: components["schemas"]["WalletSettingsView"];
        };
        BankView: {
            /** @example bca */
            code: string;
            /** @example BCA */
            name: string;
            /** @example Bank Central Asia */
            fullName: string;
            /**
             * @description Allowed account-number lengths
             * @example [
             *       10
             *     ]
             */
            lengths: number[];
        };
        BankAccountCheckRequest: {
            /** @example bca */
            bankCode: string;
            /**
             * @description Digits; spaces, dots and dashes are ignored
             * @example 1234567890
             */
            accountNumber: string;
            /** @example Sriyati */
            holderName: string;
        };
        BankAccountCheckView: {
            bankCode: string;
            bankName: string;
            /** @description Normalised: digits only */
            accountNumber: string;
            /**
             * @description The holder name as the bank returns it
             * @example SRIYATI
             */
            bankHolderName: string;
        };
        RegisterBankAccountRequest: {
            /** @example bca */
            bankCode: string;
            /**
             * @description Digits; spaces, dots and dashes are ignored
             * @example 1234567890
             */
            accountNumber: string;
            /** @example Sriyati */
            holderName: string;
            /**
             * @description The bankHolderName the name check showed, as confirmed by the seller
             * @example SRIYATI
             */
            confirmedHolderName: string;
            /** @description The seller confirms the account is her own */
            confirmOwn: boolean;
        };
        WithdrawRequest: {
            /**
             * @description Whole rupiah out of the saldo, ≥ the minimum; the bank receives it less the fee
             * @example 50000
             */
            amount: number;
        };
        PromotionView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            productId: string;
            productTitle: string;
            days: number;
            fee: number;
            /** @description Sim time */
            startsAt: string;
            /** @description Sim time */
            endsAt: string;
            /** @description Running now on the class clock */
            active: boolean;
            /** @description Product page opens by others while it ran */
            views: number;
            /** @description Orders of the product placed while it ran */
            orders: number;
            replayed: boolean;
        };
        PromotionsView: {
            items: components["schemas"]["PromotionView"][];
            pricePerDay: number;
            available: number;
        };
        PromoteRequest: {
            /** Format: uuid */
            productId: string;
            /** @description Simulated days */
            days: number;
        };
        UpdateWalletSettingsRequest: {
            sellerFeePercent?: number;
            withdrawalFee?: number;
            minWithdrawal?: number;
            promotionPricePerDay?: number;
        };
        UnbalancedEntryView: {
            entryId: string;
            sum: number;
        };
        NegativeBalanceView: {
            shopId: string;
            account: string;
            balance: number;
        };
        OrderMismatchView: {
            orderId: string;
            invoiceNumber: string;
            state: string;
            expectedEntries: string[];
            entries: string[];
            expectedEscrow: number;
            escrow: number;
        };
        WithdrawalMismatchView: {
            withdrawalId: string;
            status: string;
            entries: string[];
        };
        StrandedPaymentView: {
            orderId: string;
            gatewayOrderId: string;
            amount: number;
            /** @description Our side: expired or cancelled */
            paymentState: string;
            /** @description The gateway's transaction_status: settlement */
            gatewayStatus: string;
        };
        LedgerCheckView: {
            /** @description True when every check below passed */
            ok: boolean;
            /** @description Sum of every line of the class: always 0 */
            totalSum: number;
            entryCount: number;
            unbalancedEntries: components["schemas"]["UnbalancedEntryView"][];
            negativeBalances: components["schemas"]["NegativeBalanceView"][];
            orderMismatches: components["schemas"]["OrderMismatchView"][];
            withdrawalMismatches: components["schemas"]["WithdrawalMismatchView"][];
            /** @description Closed payments the gateway holds as settled, with no settlement posted here */
            strandedPayments: components["schemas"]["StrandedPaymentView"][];
            /** @description Closed payments the gateway could not be asked about (the check is not ok while any remain) */
            gatewayUnreachable: number;
        };
        ShopWalletSummary: {
            /** Format: uuid */
            shopId: string;
            shopName: string;
            held: number;
            available: number;
            /** @description Whole rupiah paid out to the bank (successful withdrawals, fee included) */
            withdrawn: number;
            /** @description Whole rupiah on the way to the bank (withdrawals still processing) */
            withdrawing: number;
            /** @description Withdrawals that failed (the money came back) */
            failedWithdrawals: number;
            /** @description Masked */
            bankAccount: components["schemas"]["BankAccountView"] | null;
        };
        CloseBankAccountView: {
            /** Format: uuid */
            shopId: string;
            /** @description Sim time */
            closedAt: string;
        };
        OpenConversationRequest: {
            /**
             * Format: uuid
             * @description The shop to talk to (or give orderId)
             */
            shopId?: string;
            /**
             * Format: uuid
             * @description "Chat Penjual" on a product page: attaches its product card
             */
            productId?: string;
            /**
             * Format: uuid
             * @description From an order page: attaches its order card
             */
            orderId?: string;
        };
        ChatPartyView: {
            /** Format: uuid */
            id: string;
            /** @example Toko Sriyati */
            name: string;
        };
        /** @enum {string} */
        ChatRole: "buyer" | "seller";
        /** @enum {string} */
        ChatMessageKind: "text" | "image" | "product" | "order";
        ChatImageView: {
            id: string;
            width: number;
            height: number;
            urls: components["schemas"]["MediaUrls"];
        };
        ChatProductCardView: {
            /** Format: uuid */
            id: string;
            /** @example Gula Aren Asli Pringsewu 1 kg */
            title: string;
            /** @example 25000 */
            price: number;
            /** @description Still on sale (active, in stock) */
            available: boolean;
            photo?: components["schemas"]["MediaUrls"] | null;
        };
        ChatOrderCardView: {
            /** Format: uuid */
            id: string;
            /** @example INV/20261128/PL/0001 */
            invoiceNumber: string;
            /** @description The system’s status, never what a message says */
            state: components["schemas"]["OrderState"];
            /** @example order.state.AWAITING_PAYMENT */
            stateLabelKey: string;
            /** @description The payment system confirmed payment (or COD) */
            paid: boolean;
            /** @example 36000 */
            total: number;
            /** @example 2 */
            itemCount: number;
            /** @example Gula Aren Asli Pringsewu 1 kg */
            firstItemTitle?: string | null;
            photo?: components["schemas"]["MediaUrls"] | null;
        };
        /**
         * @description Safety warnings to show with it
         * @enum {string}
         */
        ChatMessageFlag: "link" | "phone" | "off_platform" | "otp";
        ChatMessageView: {
            /**
             * @description Increasing: resync with ?after=<the last id you have>
             * @example 42
             */
            id: string;
            /** Format: uuid */
            conversationId: string;
            clientId?: string | null;
            /** Format: uuid */
            senderId: string;
            senderRole: components["schemas"]["ChatRole"];
            kind: components["schemas"]["ChatMessageKind"];
            /** @description Plain text: links are never made clickable */
            text?: string | null;
            image?: components["schemas"]["ChatImageView"] | null;
            product?: components["schemas"]["ChatProductCardView"] | null;
            order?: components["schemas"]["ChatOrderCardView"] | null;
            /** @description Safety warnings to show with it */
            flags: components["schemas"]["ChatMessageFlag"][];
            /** @description Sent by the shop’s away reply */
            automatic: boolean;
            /** @description Real time it was stored */
            sentAt: string;
            /** @description The class’s simulated time */
            simTime?: string | null;
        };
        ConversationView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            classId: string;
            /** @description The shop */
            shop: components["schemas"]["ChatPartyView"];
            /** @description The buyer (display name only) */
            buyer: components["schemas"]["ChatPartyView"];
            /** @description The shop’s owner */
            seller: components["schemas"]["ChatPartyView"];
            /**
             * @description Who is looking; a facilitator only reads
             * @enum {string}
             */
            viewerRole: "buyer" | "seller" | "facilitator";
            /** @description Messages of the other side the viewer has not read (0 for a facilitator) */
            unread: number;
            /**
             * @description The buyer has read the seller’s messages up to this id
             * @example 40
             */
            buyerReadUpTo: string;
            /** @example 40 */
            sellerReadUpTo: string;
            /**
             * @description The buyer’s phone has received the seller’s messages up to this id
             * @example 41
             */
            buyerDeliveredUpTo: string;
            /** @example 41 */
            sellerDeliveredUpTo: string;
            lastMessage?: components["schemas"]["ChatMessageView"] | null;
        };
        ConversationListView: {
            /** @description Latest message first */
            items: components["schemas"]["ConversationView"][];
            /** @description Unread messages over all the caller’s conversations */
            totalUnread: number;
        };
        ChatUnreadView: {
            total: number;
        };
        ChatMessageListView: {
            /** @description Oldest first */
            items: components["schemas"]["ChatMessageView"][];
            /** @description There are older messages before the first one */
            hasOlder: boolean;
        };
        SendMessageRequest: {
            /**
             * @description Made by the phone, unique per sender: a retry returns the first message
             * @example 0b7c6c1e-4a1b-4f0e-9a57-1f0c2d3e4f50
             */
            clientId: string;
            kind: components["schemas"]["ChatMessageKind"];
            /** @description kind text (or a caption of an image) */
            text?: string;
            /** @description kind image: a media id from POST /api/media (uploaded by the sender) */
            mediaId?: string;
            /**
             * Format: uuid
             * @description kind product: a product of the conversation’s shop
             */
            productId?: string;
            /**
             * Format: uuid
             * @description kind order: an order of this buyer with this shop
             */
            orderId?: string;
        };
        MarkMessagesRequest: {
            /**
             * @description The newest message id received (or read)
             * @example 42
             */
            upToMessageId: string;
        };
        QuickReplyView: {
            /** Format: uuid */
            id: string;
            text: string;
        };
        ChatSettingsView: {
            awayEnabled: boolean;
            awayMessage: string;
            quickReplies: components["schemas"]["QuickReplyView"][];
            /** @example 12 */
            maxQuickReplies: number;
        };
        ChatSettingsRequest: {
            /** @description Answer buyers automatically while away */
            awayEnabled: boolean;
            awayMessage: string;
        };
        QuickReplyRequest: {
            /** @example Stok masih tersedia, silakan diorder */
            text: string;
        };
        /**
         * @description The client words it and links it to its screen
         * @enum {string}
         */
        NotificationKind: "new_order" | "order_paid" | "ship_by_soon" | "order_delivered" | "order_completed" | "funds_released" | "withdrawal_succeeded" | "withdrawal_failed" | "chat_message" | "late_payment_refunded" | "class_message";
        NotificationView: {
            /** @example 17 */
            id: string;
            /** @description The client words it and links it to its screen */
            kind: components["schemas"]["NotificationKind"];
            /**
             * @example {
             *       "orderId": "…",
             *       "invoiceNumber": "INV/20261128/PL/0001"
             *     }
             */
            params: {
                [key: string]: (string | number | boolean) | null;
            };
            read: boolean;
            /** @description Real time */
            createdAt: string;
            /** @description The class’s simulated time */
            simTime?: string | null;
        };
        NotificationListView: {
            /** @description Newest first */
            items: components["schemas"]["NotificationView"][];
            /** @description Pass as before for the next page; null on the last */
            nextBefore?: string | null;
            unread: number;
        };
        NotificationUnreadView: {
            unread: number;
        };
        /** @enum {string} */
        SimulatorChannel: "bca_va" | "bni_va" | "bri_va" | "mandiri_bill" | "cstore_alfamart" | "cstore_indomaret" | "qris" | "gopay";
        /**
         * @description pending: can be paid
         * @enum {string}
         */
        SimulatorStatus: "pending" | "settlement" | "expire" | "cancel";
        PayerBillView: {
            /** Format: uuid */
            transactionId: string;
            channel: components["schemas"]["SimulatorChannel"];
            /** @example 12708123456 */
            number: string;
            /** @example 36000 */
            amount: number;
            /** @example Pasar Latihan – Toko Sriyati */
            recipient: string;
            /** @description pending: can be paid */
            status: components["schemas"]["SimulatorStatus"];
            /**
             * @description Until when it can be paid, on the merchant's clock (metadata.class_clock of the charge) when it sent one, else real time
             * @example 2026-11-28T03:03:00.000Z
             */
            expiresAt: string;
        };
        PayRequest: {
            channel: components["schemas"]["SimulatorChannel"];
            /**
             * @description The VA number, bill key or payment code as typed (spaces and dashes are ignored)
             * @example 12708 123456
             */
            number: string;
            /**
             * @description Whole rupiah, exactly the bill (a closed-amount VA refuses anything else)
             * @example 36000
             */
            amount: number;
        };
        PayerReceiptView: {
            /** Format: uuid */
            transactionId: string;
            /** @enum {string} */
            status: "settlement";
            /** @example 36000 */
            amount: number;
            /** @example Pasar Latihan – Toko Sriyati */
            recipient: string;
            /**
             * @description When it was paid, on the merchant's clock when it sent one, else real time
             * @example 2026-11-28T03:01:00.000Z
             */
            paidAt: string;
            /** @description Whether the marketplace has accepted the payment notification yet (it is retried if not) */
            merchantNotified: boolean;
        };
        /** @enum {string} */
        MissionId: "shop_setup" | "product_with_photo" | "chat_answered" | "paid_order" | "shipped_on_time" | "order_completed" | "bank_account" | "withdrawal" | "fraud_drill";
        /** @enum {string} */
        MissionState: "done" | "todo" | "failed";
        MissingHintView: {
            /**
             * @description An i18n key; the client holds the words
             * @example missions.missing.shipPaidOrder
             */
            key: string;
            /**
             * @example {
             *       "invoiceNumber": "INV/20261128/PL/7"
             *     }
             */
            params: {
                [key: string]: string | number;
            };
        };
        MissionResultView: {
            id: components["schemas"]["MissionId"];
            state: components["schemas"]["MissionState"];
            /** @description What is missing (todo) or what went wrong (failed) */
            missing: components["schemas"]["MissingHintView"] | null;
            /**
             * @description The client path the mission’s button opens
             * @example /toko/pesanan?tab=perlu_dikirim
             */
            target: string;
        };
        MyMissionsView: {
            /** @description The class’s enabled missions, in its order */
            missions: components["schemas"]["MissionResultView"][];
            /** @example 3 */
            doneCount: number;
            /** @example 9 */
            total: number;
        };
        MissionSettingView: {
            id: components["schemas"]["MissionId"];
            enabled: boolean;
            /** @example 0 */
            position: number;
        };
        MissionSettingsView: {
            missions: components["schemas"]["MissionSettingView"][];
        };
        MissionSettingInput: {
            id: components["schemas"]["MissionId"];
            enabled: boolean;
        };
        UpdateMissionSettingsRequest: {
            /** @description Every mission exactly once, in the order the trainees see them */
            missions: components["schemas"]["MissionSettingInput"][];
        };
        GridMissionView: {
            id: components["schemas"]["MissionId"];
            /**
             * @description "18/30 sudah …": trainees who have done it
             * @example 18
             */
            doneCount: number;
            /**
             * @description Trainees who failed it (the fraud drill)
             * @example 1
             */
            failedCount: number;
            /** @example 30 */
            total: number;
        };
        GridCellView: {
            id: components["schemas"]["MissionId"];
            state: components["schemas"]["MissionState"];
        };
        GridTraineeView: {
            /** Format: uuid */
            participantId: string;
            /** @example Sriyati */
            name: string;
            /** Format: uuid */
            shopId: string;
            /** @example Toko Sriyati */
            shopName: string;
            /** @description One cell per enabled mission, in the class order */
            missions: components["schemas"]["GridCellView"][];
            /** @example 4 */
            doneCount: number;
            /**
             * Format: date-time
             * @description The trainee’s last recorded action (real time)
             */
            lastActivityAt: string | null;
            /**
             * Format: date-time
             * @description The last time the trainee’s phone called the API
             */
            lastSeenAt: string | null;
            /** Format: date-time */
            joinedAt: string;
            /**
             * @description Seconds since the last action (or since joining): "idle longest" sorts by it
             * @example 540
             */
            idleSeconds: number;
        };
        MissionGridView: {
            /** Format: date-time */
            generatedAt: string;
            /** @description The enabled missions in class order, with counters */
            missions: components["schemas"]["GridMissionView"][];
            /** @description In joining order */
            trainees: components["schemas"]["GridTraineeView"][];
            /** @description Up to 5 trainees, idle longest first */
            idleLongest: string[];
        };
        FeedTextView: {
            /**
             * @description An i18n key under feed.* (the event type; unknown types: use feed.unknown)
             * @example feed.product.created
             */
            key: string;
            /**
             * @example {
             *       "actor": "Sriyati",
             *       "title": "Gula Aren 1 kg"
             *     }
             */
            params: {
                [key: string]: unknown;
            };
        };
        FeedItemView: {
            /** @example 1234 */
            id: string;
            /** @example product.created */
            type: string;
            /** Format: date-time */
            occurredAt: string;
            /** Format: date-time */
            simTime: string | null;
            /** Format: uuid */
            actorId: string | null;
            /** @example Sriyati */
            actorName: string | null;
            /** Format: uuid */
            shopId: string | null;
            /** @example Toko Sriyati */
            shopName: string | null;
            /**
             * Format: uuid
             * @description The order it is about, when it is about one
             */
            orderId: string | null;
            text: components["schemas"]["FeedTextView"];
        };
        FeedPageView: {
            /** @description Newest first */
            items: components["schemas"]["FeedItemView"][];
            /** @description Pass as `before` for the next (older) page */
            nextBefore: string | null;
        };
        DrillProductView: {
            /** Format: uuid */
            id: string;
            title: string;
            price: number;
            stock: number;
            /** @enum {string} */
            status: "active" | "inactive";
            photoCount: number;
            /** @description The cover photo’s thumbnail URL */
            thumbnailUrl: string | null;
        };
        DrillOrderView: {
            /** Format: uuid */
            id: string;
            invoiceNumber: string;
            /** @example PAID */
            state: string;
            total: number;
            /** @example bca_va */
            paymentMethod: string;
            /** @example Bu Rahma */
            buyerName: string;
            /**
             * Format: date-time
             * @description Sim time
             */
            placedAt: string;
            /**
             * @description Set when a scenario placed it
             * @example fraud_drill
             */
            scenarioRole: string | null;
        };
        DrillConversationView: {
            /** Format: uuid */
            id: string;
            buyerName: string;
            /** Format: date-time */
            lastMessageAt: string | null;
            messageCount: number;
        };
        TraineeDrillView: {
            trainee: components["schemas"]["GridTraineeView"];
            shopDescription: string | null;
            missions: components["schemas"]["MissionResultView"][];
            products: components["schemas"]["DrillProductView"][];
            /** @description The shop’s 30 newest orders */
            orders: components["schemas"]["DrillOrderView"][];
            /** @description The shop’s conversations (empty until chat exists) */
            conversations: components["schemas"]["DrillConversationView"][];
            /** @description The trainee’s 20 latest feed rows */
            recent: components["schemas"]["FeedItemView"][];
        };
        DemoOrderRequest: {
            /**
             * Format: uuid
             * @description One trainee; leave out and set `all` for every trainee with an active product
             */
            participantId?: string;
            /** @description Every trainee with an active product in stock */
            all?: boolean;
            /**
             * Format: uuid
             * @description The demo buyer; the class’s first persona when left out (one is created if none)
             */
            personaId?: string;
            /** @default bca_va */
            paymentMethod: components["schemas"]["PaymentMethodCode"];
            /**
             * @description "Bayar langsung": pay at once in the payment simulator, as a real payer would
             * @default false
             */
            payNow: boolean;
        };
        DemoOrderResultView: {
            /** Format: uuid */
            participantId: string;
            /** @example Sriyati */
            traineeName: string;
            /** Format: uuid */
            shopId: string;
            /** Format: uuid */
            orderId: string | null;
            /** @example INV/20261128/PL/12 */
            invoiceNumber: string | null;
            /** @example PAID */
            state: string | null;
            /** @example 31000 */
            total: number | null;
            /** @example Gula Aren Asli 1 kg */
            productTitle: string | null;
            /**
             * @description Why this one failed (an error code), null when placed
             * @example NO_COURIER
             */
            errorCode: string | null;
        };
        DemoOrderBatchView: {
            /** Format: uuid */
            batchId: string;
            /** @description True when this Idempotency-Key was seen before: the same orders as then */
            replayed: boolean;
            /** Format: uuid */
            personaId: string;
            /** @example Bu Rahma (Bandar Lampung) */
            personaName: string;
            results: components["schemas"]["DemoOrderResultView"][];
        };
        /** @enum {string} */
        ScenarioId: "unpaid_order" | "fake_transfer_proof" | "far_perishable" | "failed_delivery" | "buyer_cancellation" | "closed_bank_account";
        ScenarioStepView: {
            /** @example placeOrder */
            do: string;
            /** @description The step’s data as written in the scenario */
            with: {
                [key: string]: unknown;
            };
        };
        ScenarioView: {
            id: components["schemas"]["ScenarioId"];
            /**
             * @description i18n key of the title; `.lesson` beside it
             * @example scenarios.fake_transfer_proof.title
             */
            titleKey: string;
            steps: components["schemas"]["ScenarioStepView"][];
        };
        StartScenarioRequest: {
            /**
             * Format: uuid
             * @description One trainee; or set `all`
             */
            participantId?: string;
            /** @description Every trainee (for order scenarios: every trainee with an active product) */
            all?: boolean;
            /** Format: uuid */
            personaId?: string;
        };
        ScenarioRunOrderView: {
            /** Format: uuid */
            orderId: string;
            invoiceNumber: string;
            /** @example fraud_drill */
            role: string;
            /** @example AWAITING_PAYMENT */
            state: string;
        };
        ScenarioRunView: {
            /** Format: uuid */
            id: string;
            scenarioId: components["schemas"]["ScenarioId"];
            /** Format: uuid */
            participantId: string;
            traineeName: string;
            /** Format: uuid */
            shopId: string;
            /** @enum {string} */
            status: "running" | "waiting" | "finished" | "failed";
            /** @description Steps done so far */
            nextStep: number;
            stepCount: number;
            /** @example NO_PERISHABLE_PRODUCT */
            errorCode: string | null;
            /** @description What each step did (e.g. the quote’s noOptionReason) */
            outcome: {
                [key: string]: unknown;
            }[];
            orders: components["schemas"]["ScenarioRunOrderView"][];
            /** Format: date-time */
            startedAt: string;
            /** Format: date-time */
            finishedAt: string | null;
        };
        /**
         * @description before: from joining; after: once a facilitator opened it
         * @enum {string}
         */
        LearningRound: "before" | "after";
        /** @enum {string} */
        LearningPicture: "pay-first" | "unpaid" | "transfer-photo" | "otp-pin" | "perishable" | "courier" | "money-after";
        LearningOptionView: {
            /** @example a */
            id: string;
            /** @example Pembeli bayar dulu, lalu penjual kirim */
            textId: string;
            /** @example The buyer pays, then the seller ships */
            textEn: string;
        };
        MyLearningQuestionView: {
            /** Format: uuid */
            id: string;
            picture: components["schemas"]["LearningPicture"];
            promptId: string;
            promptEn: string;
            options: components["schemas"]["LearningOptionView"][];
        };
        MyLearningCheckView: {
            /** @description before: from joining; after: once a facilitator opened it */
            round: components["schemas"]["LearningRound"];
            /** @description The class’s enabled questions, in its order */
            questions: components["schemas"]["MyLearningQuestionView"][];
            /** @description Questions already answered or skipped in this round */
            answeredIds: string[];
        };
        SubmitLearningAnswerRequest: {
            /**
             * Format: uuid
             * @description Made by the phone once per tap: a resend from the outbox is stored once
             */
            clientId: string;
            /** Format: uuid */
            questionId: string;
            round: components["schemas"]["LearningRound"];
            /** @description The chosen answer; null or absent: skipped */
            optionId?: string | null;
        };
        LearningAnswerView: {
            /** Format: uuid */
            clientId: string;
            /** Format: uuid */
            questionId: string;
            round: components["schemas"]["LearningRound"];
            /** @description The answer that counts (the first one given in the round) */
            optionId: string | null;
        };
        LearningQuestionView: {
            /** Format: uuid */
            id: string;
            /** @example pay_first */
            key: string;
            picture: components["schemas"]["LearningPicture"];
            position: number;
            enabled: boolean;
            promptId: string;
            promptEn: string;
            options: components["schemas"]["LearningOptionView"][];
            /** @example a */
            correctOption: string;
        };
        LearningCheckSettingsView: {
            /**
             * Format: date-time
             * @description When a facilitator opened the round after the lessons
             */
            afterOpenedAt: string | null;
            questions: components["schemas"]["LearningQuestionView"][];
        };
        LearningOptionInput: {
            /** @example a */
            id: string;
            textId: string;
            textEn: string;
        };
        LearningQuestionInput: {
            /** Format: uuid */
            id: string;
            enabled: boolean;
            promptId: string;
            promptEn: string;
            /** @description The question’s own answers (same ids), with new words */
            options: components["schemas"]["LearningOptionInput"][];
            /** @example a */
            correctOption: string;
        };
        UpdateLearningQuestionsRequest: {
            /** @description Every question of the class exactly once, in the order trainees see them */
            questions: components["schemas"]["LearningQuestionInput"][];
        };
        RoundShareView: {
            /** @description Trainees who chose an answer (skips not counted) */
            answered: number;
            correct: number;
            /** @description Whole percent right, null when nobody answered */
            percent: number | null;
        };
        LearningQuestionResultView: {
            /** Format: uuid */
            questionId: string;
            picture: components["schemas"]["LearningPicture"];
            promptId: string;
            promptEn: string;
            before: components["schemas"]["RoundShareView"];
            after: components["schemas"]["RoundShareView"];
            /** @description after − before, in percentage points */
            gain: number | null;
        };
        LearningTraineeAnswerView: {
            /** Format: uuid */
            questionId: string;
            round: components["schemas"]["LearningRound"];
            optionId: string | null;
            /** @description null: skipped */
            correct: boolean | null;
        };
        LearningTraineeResultView: {
            /** Format: uuid */
            participantId: string;
            name: string;
            /** @description Right answers before */
            beforeCorrect: number;
            beforeAnswered: number;
            afterCorrect: number;
            afterAnswered: number;
            answers: components["schemas"]["LearningTraineeAnswerView"][];
        };
        LearningResultsView: {
            /** Format: date-time */
            afterOpenedAt: string | null;
            /** @description The enabled questions, in class order */
            questions: components["schemas"]["LearningQuestionResultView"][];
            trainees: components["schemas"]["LearningTraineeResultView"][];
        };
        CertificateView: {
            /**
             * @description Printed under the QR; opens the public verification page
             * @example KMNPQR3479
             */
            code: string;
            name: string;
            className: string;
            place: string;
            /** @example Kab. Pringsewu */
            regencyLabel: string;
            /**
             * @description The day of the class, in its own zone
             * @example 2026-11-28
             */
            date: string;
            /** @description Missions done when it was issued, in class order */
            missions: components["schemas"]["MissionId"][];
            facilitators: string[];
            /** @example http://192.168.1.10:3000/sertifikat/KMNPQR3479 */
            verifyUrl: string;
            /** @description QR code of verifyUrl, as an SVG document */
            verifyQrSvg: string;
            /** Format: date-time */
            issuedAt: string;
        };
        CertificateVerificationView: {
            name: string;
            className: string;
            /** @example 2026-11-28 */
            date: string;
        };
        CertificateTraineeView: {
            /** Format: uuid */
            participantId: string;
            name: string;
            /** @description Required missions not done yet */
            missing: components["schemas"]["MissionId"][];
            /** @description The certificate’s code once the trainee opened it */
            code: string | null;
        };
        CertificateOverviewView: {
            /** @description The missions chosen; empty: every enabled mission */
            chosenMissions: components["schemas"]["MissionId"][];
            /** @description The missions a certificate needs now */
            requiredMissions: components["schemas"]["MissionId"][];
            trainees: components["schemas"]["CertificateTraineeView"][];
        };
        UpdateCertificateSettingsRequest: {
            /** @description The missions a certificate needs; empty: every enabled mission */
            requiredMissions: components["schemas"]["MissionId"][];
        };
        PracticeSettingsView: {
            enabled: boolean;
            /**
             * @description Days (class clock) the practice stays open from when it was switched on
             * @example 7
             */
            daysOpen: number;
            /**
             * @description Persona-buyer orders per trainee per simulated day
             * @example 2
             */
            ordersPerDay: number;
            /**
             * @description Share (%) of visits that order and do not pay
             * @example 20
             */
            unpaidPercent: number;
            /**
             * @description Share (%) of visits that try the fake transfer receipt
             * @example 10
             */
            fraudPercent: number;
            /**
             * Format: date-time
             * @description Class time the practice started
             */
            startsAt: string | null;
            /**
             * Format: date-time
             * @description Class time it ends
             */
            endsAt: string | null;
            /** @description Visits made so far (this period) */
            visitsDone: number;
            /** @description Visits that could not order (no product, no courier, …) */
            visitsFailed: number;
        };
        UpdatePracticeSettingsRequest: {
            enabled: boolean;
            daysOpen: number;
            ordersPerDay: number;
            unpaidPercent: number;
            fraudPercent: number;
        };
        PracticeFollowUpTraineeView: {
            /** Format: uuid */
            participantId: string;
            name: string;
            shopName: string;
            /** @description Missions done */
            missionsDone: number;
            /** @description Missions switched on in the class */
            missionsTotal: number;
            /** Format: date-time */
            lastActivityAt: string | null;
            /** @description She did something after the day of the class */
            activeSinceClass: boolean;
            /** @description Practice orders that came to her shop */
            practiceOrders: number;
            /** @description Practice orders she shipped (or that went further) */
            practiceHandled: number;
            /** @description Paid practice orders still waiting for her to ship */
            practiceWaiting: number;
        };
        PracticeFollowUpView: {
            /**
             * @description The day of the class
             * @example 2026-11-28
             */
            classDate: string;
            /** @description Trainees who did something after the day */
            activeCount: number;
            /** @description Those active since the day first, latest activity first */
            trainees: components["schemas"]["PracticeFollowUpTraineeView"][];
        };
        ClassMessageRequest: {
            /** @example Ibu-ibu, jangan lupa kirim pesanan yang sudah dibayar ya. */
            text: string;
        };
        ClassMessageView: {
            /** @description Trainees who got it as a notification */
            sent: number;
        };
        /** @enum {string} */
        PracticeNextStep: "ship" | "check_payment" | "wait_buyers" | "practice_over" | "add_product";
        MyPracticeWeekView: {
            /** @description Persona buyers still come */
            open: boolean;
            /** Format: date-time */
            endsAt: string | null;
            /** @description Practice orders that came in the last 7 class days */
            came: number;
            /** @description Paid, waiting for her to ship */
            toShip: number;
            /** @description Not paid (yet): do not ship */
            unpaid: number;
            /** @description Buyers who tried the fake transfer receipt */
            fraud: number;
            /** @description Completed: the money is in Saldo Penjual */
            completed: number;
            next: components["schemas"]["PracticeNextStep"];
        };
        ReportClassView: {
            /** Format: uuid */
            id: string;
            name: string;
            place: string;
            /** @example 2026-11-28 */
            date: string;
            /** @example Kab. Pringsewu */
            regencyLabel: string;
            /** @example Asia/Jakarta */
            timeZone: components["schemas"]["ClassTimeZone"];
            joinCode: string;
            /** @enum {string} */
            status: "open" | "closed" | "archived";
            facilitators: string[];
        };
        ReportCountsView: {
            productsPosted: number;
            orders: number;
            payments: number;
            shipments: number;
            completedOrders: number;
            withdrawals: number;
            /** @description Whole rupiah paid for the shop’s orders */
            salesRupiah: number;
            /** @description Whole rupiah withdrawn to a bank */
            withdrawnRupiah: number;
        };
        ReportTraineeView: {
            /** Format: uuid */
            participantId: string;
            name: string;
            village: string | null;
            shopName: string;
            /** Format: date-time */
            joinedAt: string;
            missions: components["schemas"]["GridCellView"][];
            doneCount: number;
            counts: components["schemas"]["ReportCountsView"];
        };
        ReportSeriesPointView: {
            /**
             * Format: date-time
             * @description End of the 10-minute slot
             */
            at: string;
            /** @description Missions completed so far, all trainees together */
            completed: number;
        };
        ReportTimelineItemView: {
            /** Format: date-time */
            at: string;
            /** Format: date-time */
            simTime: string | null;
            /** @example scenario.started */
            type: string;
            /** @description Key under feed.* with params, as in the live feed (firsts: feed.first.<type>) */
            text: components["schemas"]["FeedTextView"];
        };
        ReportPracticeView: {
            /** @description Actions the trainees themselves took after the class date (activity log; mission checks and joining excluded) */
            actions: number;
            /** @description Trainees with at least one such action */
            trainees: number;
            /** Format: date-time */
            lastAt: string | null;
        };
        ClassReportView: {
            class: components["schemas"]["ReportClassView"];
            /** Format: date-time */
            generatedAt: string;
            /** @description The enabled missions in class order */
            missionIds: components["schemas"]["MissionId"][];
            missions: components["schemas"]["GridMissionView"][];
            trainees: components["schemas"]["ReportTraineeView"][];
            totals: components["schemas"]["ReportCountsView"];
            /** @description Trainees who joined (personas excluded) */
            traineeCount: number;
            completionSeries: components["schemas"]["ReportSeriesPointView"][];
            /** @description Oldest first */
            timeline: components["schemas"]["ReportTimelineItemView"][];
            /** @description "Cek Pemahaman": per question the share right before and after and the gain; per trainee her answers */
            learningCheck: components["schemas"]["LearningResultsView"];
            practice: components["schemas"]["ReportPracticeView"];
            /** @example /api/classes/…/attendance.csv */
            attendanceCsvUrl: string;
            /** @example /api/classes/…/report.csv */
            reportCsvUrl: string;
        };
        ProgrammeQuery: {
            /**
             * @description Only the classes of this regency
             * @example 18.10
             */
            regency?: string;
            /**
             * @description Classes on or after this date (YYYY-MM-DD)
             * @example 2026-11-01
             */
            from?: string;
            /**
             * @description Classes on or before this date (YYYY-MM-DD)
             * @example 2026-11-30
             */
            to?: string;
        };
        ProgrammeRegencyView: {
            /** @example 18.10 */
            code: string;
            /** @example Kab. Pringsewu */
            label: string;
        };
        ProgrammeLearningView: {
            /** @description Answers given before the lessons (skips not counted), all questions together */
            beforeAnswered: number;
            beforeCorrect: number;
            /** @description Whole percent right before, null when nobody answered */
            beforePercent: number | null;
            afterAnswered: number;
            afterCorrect: number;
            afterPercent: number | null;
            /** @description after − before in percentage points */
            gain: number | null;
        };
        ProgrammePracticeView: {
            /** @description The trainees’ own actions after the class date */
            actions: number;
            /** @description Trainees who did something after the class date */
            trainees: number;
            /** Format: date-time */
            lastAt: string | null;
        };
        ProgrammeAttendeeView: {
            name: string;
            village: string | null;
            phone: string | null;
            /** @enum {string} */
            role: "trainee" | "buyer";
            /** Format: date-time */
            joinedAt: string;
        };
        ProgrammeClassView: {
            /** Format: uuid */
            classId: string;
            name: string;
            place: string;
            /** @example 2026-11-28 */
            date: string;
            /** @example 18.10 */
            regencyCode: string;
            /** @example Kab. Pringsewu */
            regencyLabel: string;
            /** @example Asia/Jakarta */
            timeZone: components["schemas"]["ClassTimeZone"];
            /** @enum {string} */
            status: "open" | "closed" | "archived";
            facilitators: string[];
            /** @description Trainees who joined (personas and demo buyers excluded) */
            participants: number;
            /** @description Missions enabled in the class */
            missionCount: number;
            /** @description Missions done, all trainees together */
            missionsCompleted: number;
            /** @description Trainees who finished every enabled mission */
            traineesAllMissions: number;
            learning: components["schemas"]["ProgrammeLearningView"];
            practice: components["schemas"]["ProgrammePracticeView"];
            orders: number;
            completedOrders: number;
            /** @description Whole rupiah paid for the trainees’ orders */
            salesRupiah: number;
            /** @description The attendance sheet (daftar hadir): everyone present, personas excluded */
            attendance: components["schemas"]["ProgrammeAttendeeView"][];
        };
        ProgrammeTotalsView: {
            classes: number;
            participants: number;
            missionsCompleted: number;
            traineesAllMissions: number;
            /** @description The answers of every class added up */
            learning: components["schemas"]["ProgrammeLearningView"];
            practiceActions: number;
            practiceTrainees: number;
            orders: number;
            completedOrders: number;
            salesRupiah: number;
            /** @description People on the attendance sheets */
            attendees: number;
        };
        ProgrammeView: {
            /** Format: date-time */
            generatedAt: string;
            /** @description The filter applied */
            filter: components["schemas"]["ProgrammeQuery"];
            /** @description Every regency that has a class, for the filter */
            regencies: components["schemas"]["ProgrammeRegencyView"][];
            /** @description Oldest class first */
            classes: components["schemas"]["ProgrammeClassView"][];
            totals: components["schemas"]["ProgrammeTotalsView"];
        };
        /**
         * @description Every stable error code the API answers with (api/src/openapi/error-codes.ts); the client translates each one.
         * @enum {string}
         */
        ErrorCode: "ACCOUNT_NUMBER_DIGITS" | "ACCOUNT_NUMBER_LENGTH" | "ALREADY_PAID" | "ALREADY_REVIEWED" | "AMOUNT_MISMATCH" | "BANK_ACCOUNT_NOT_FOUND" | "BANK_ACCOUNT_REJECTED" | "BANK_NAME_CHECK_CHANGED" | "BANK_OWNERSHIP_NOT_CONFIRMED" | "BELOW_MIN_ORDER" | "BODY_TOO_DEEP" | "CANCEL_REASON_REQUIRED" | "CART_EMPTY" | "CART_FULL" | "CERTIFICATES_FOR_TRAINEES" | "CERTIFICATE_MISSIONS_NOT_DONE" | "CERTIFICATE_NOT_FOUND" | "CHAT_CLIENT_ID_REUSED" | "CHAT_IMAGE_NOT_FOUND" | "CHAT_MESSAGE_EMPTY" | "CHAT_ORDER_NOT_IN_CONVERSATION" | "CHAT_OWN_SHOP" | "CHAT_PRODUCT_NOT_IN_SHOP" | "CHAT_READ_ONLY" | "CLASS_CLOSED" | "CLASS_NOT_FOUND" | "CLASS_OWNER_NOT_REMOVABLE" | "CLASS_OWNER_ONLY" | "CLOCK_CHANGED" | "COD_NOT_AVAILABLE" | "CONFLICT" | "CONVERSATION_NOT_FOUND" | "COURIER_NOT_AVAILABLE" | "COURIER_REQUIRED" | "DATABASE_UNAVAILABLE" | "DEADLINE_NOT_REACHED" | "DELIVERY_ALREADY_ENDED" | "DEMO_PAYMENT_REFUSED" | "DESCRIPTION_TOO_LONG" | "DROP_POINT_REQUIRED" | "EMAIL_TAKEN" | "FACILITATOR_NOT_FOUND" | "FORBIDDEN" | "HEADERS_TOO_LARGE" | "HOLDER_NAME_INVALID" | "IDEMPOTENCY_CONFLICT" | "IDEMPOTENCY_KEY_INVALID" | "IDEMPOTENCY_KEY_REQUIRED" | "IDEMPOTENCY_KEY_REUSED" | "IMAGE_REQUIRED" | "IMAGE_TOO_LARGE" | "IMAGE_TOO_MANY_PIXELS" | "INSUFFICIENT_BALANCE" | "INTERNAL_ERROR" | "INVALID_CERTIFICATE_SETTINGS" | "INVALID_CLASS_STATUS_CHANGE" | "INVALID_CLOCK_JUMP" | "INVALID_CLOCK_SPEED" | "INVALID_CREDENTIALS" | "INVALID_CURSOR" | "INVALID_DIMENSIONS" | "INVALID_JOIN_BASE" | "INVALID_LEARNING_QUESTIONS" | "INVALID_MIN_ORDER" | "INVALID_MISSION_SETTINGS" | "INVALID_ORDER_SETTINGS" | "INVALID_PIN" | "INVALID_PRACTICE_SETTINGS" | "INVALID_PRICE" | "INVALID_RESI" | "INVALID_SHELF_LIFE" | "INVALID_SIGNATURE" | "INVALID_STOCK" | "INVALID_TEXT" | "INVALID_TRANSITION" | "INVALID_WALLET_SETTINGS" | "INVALID_WEIGHT" | "JOIN_CODE_UNAVAILABLE" | "JOIN_CODE_UNKNOWN" | "LEARNING_CHECK_FOR_TRAINEES" | "LEARNING_QUESTION_NOT_FOUND" | "LEARNING_ROUND_NOT_OPEN" | "MALFORMED_REQUEST" | "MEDIA_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "MISSIONS_FOR_TRAINEES" | "NOTHING_TO_PAY" | "NOTIFICATION_NOT_FOUND" | "NOT_ALLOWED" | "NOT_AN_IMAGE" | "NOT_FOUND" | "NOT_PAID" | "NO_ACTIVE_PRODUCT" | "NO_BANK_ACCOUNT" | "NO_COURIER" | "NO_PERISHABLE_PRODUCT" | "NO_TARGETS" | "ORDER_NOT_FOUND" | "OUT_OF_STOCK" | "OWN_PRODUCT" | "PARTICIPANT_NOT_FOUND" | "PAYER_SIMULATOR_UNAVAILABLE" | "PAYLOAD_TOO_LARGE" | "PAYMENT_GATEWAY_UNAVAILABLE" | "PAYMENT_NOT_CONFIRMED" | "PAY_NOW_UNAVAILABLE" | "PERSONA_NOT_FOUND" | "PHOTO_NOT_FOUND" | "PHOTO_REQUIRED" | "PRACTICE_FOR_TRAINEES" | "PRACTICE_NO_TRAINEES" | "PRODUCT_NOT_AVAILABLE" | "PRODUCT_NOT_FOUND" | "PRODUCT_NOT_IN_ORDER" | "PROGRAMME_DATE_RANGE_INVALID" | "PROHIBITED_PRODUCT" | "PROMOTION_ALREADY_ACTIVE" | "PROMOTION_PRODUCT_INACTIVE" | "QUICK_REPLY_INVALID" | "QUICK_REPLY_LIMIT" | "QUICK_REPLY_NOT_FOUND" | "RATE_LIMITED" | "RATING_OUT_OF_RANGE" | "REQUEST_TIMEOUT" | "RESET_NOT_CONFIRMED" | "RESI_NOT_FOUND" | "REVIEW_NOT_YET" | "REVIEW_TEXT_TOO_LONG" | "REVIEW_TEXT_TOO_SHORT" | "SCENARIO_ALREADY_RUNNING" | "SCENARIO_INTERRUPTED" | "SCENARIO_NOT_FOUND" | "SCENARIO_STEP_FAILED" | "SERVER_BUSY" | "SERVICE_UNAVAILABLE" | "SHELF_LIFE_REQUIRED" | "SHIPMENT_NOT_ARRANGED" | "SHOP_NOT_FOUND" | "SHOP_NOT_IN_CHECKOUT" | "TARGET_REQUIRED" | "TITLE_TOO_LONG" | "TITLE_TOO_SHORT" | "TOO_MANY_ATTEMPTS" | "TOO_MANY_PHOTOS" | "TOO_MANY_REQUESTS" | "TOO_MANY_TARGETS" | "UNAUTHENTICATED" | "UNKNOWN_BANK" | "UNKNOWN_DROP_POINT" | "UNKNOWN_PROVINCE" | "UNKNOWN_REGENCY" | "UNSUPPORTED_IMAGE_TYPE" | "UNSUPPORTED_MEDIA_TYPE" | "VALIDATION_FAILED" | "VA_CLOSED" | "VA_EXPIRED" | "VA_NOT_FOUND" | "WITHDRAWAL_BELOW_MINIMUM";
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponse"];
                };
            };
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeResponse"];
                };
            };
        };
    };
    FacilitatorsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FacilitatorView"][];
                };
            };
        };
    };
    FacilitatorsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateFacilitatorRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FacilitatorView"];
                };
            };
        };
    };
    HealthController_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The app and its database are up. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthResponse"];
                };
            };
            /** @description DATABASE_UNAVAILABLE, with a Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RegionsController_listProvinces: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All provinces, in official order. */
            200: {
                headers: {
                    /** @description public, max-age=86400 */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProvinceResponse"][];
                };
            };
        };
    };
    RegionsController_listRegencies: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The province's regencies, in official order. */
            200: {
                headers: {
                    /** @description public, max-age=86400 */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegencyResponse"][];
                };
            };
            /** @description UNKNOWN_PROVINCE */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RegionsController_searchRegencies: {
        parameters: {
            query: {
                /** @description Part of the name, any case. */
                q: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Regencies whose name contains the query. */
            200: {
                headers: {
                    /** @description public, max-age=86400 */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegencyResponse"][];
                };
            };
            /** @description VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RegionsController_getRegency: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description public, max-age=86400 */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegencyResponse"];
                };
            };
            /** @description UNKNOWN_REGENCY */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RegionsController_attribution: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Source and licence of the region data (ODbL). */
            200: {
                headers: {
                    /** @description public, max-age=86400 */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttributionResponse"];
                };
            };
        };
    };
    ClockController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                classId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClockResponse"];
                };
            };
        };
    };
    ClockController_change: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                classId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeClockRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClockResponse"];
                };
            };
        };
    };
    MediaController_upload: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description JPEG, PNG, WebP (or AVIF/HEIF); at most 8 MB
                     */
                    file: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MediaView"];
                };
            };
            /** @description IMAGE_TOO_LARGE: the file is over 8 MB (refused by Content-Length before the body is read) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVER_BUSY (photo queue full) or DATABASE_UNAVAILABLE, with a Retry-After header */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ShopsController_mine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShopView"];
                };
            };
        };
    };
    ShopsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateShopRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShopView"];
                };
            };
        };
    };
    ShopsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                classId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShopView"][];
                };
            };
        };
    };
    ShopsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                classId: string;
                shopId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShopView"];
                };
            };
        };
    };
    ProductsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description 8 to 100 visible ASCII characters, e.g. a UUID made when the post was queued */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProductRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductSaved"];
                };
            };
        };
    };
    ProductsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                productId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProductRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductSaved"];
                };
            };
        };
    };
    ProductsController_changeStock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                productId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeStockRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductDetail"];
                };
            };
        };
    };
    ProductsController_mine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductDetail"][];
                };
            };
        };
    };
    StorefrontController_list: {
        parameters: {
            query?: {
                /** @description Words to find in the title or description; each may be the start of a word */
                q?: string;
                category?: components["schemas"]["ProductCategory"];
                sort?: components["schemas"]["StorefrontSort"];
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                classId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StorefrontPage"];
                };
            };
        };
    };
    StorefrontController_detail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                classId: string;
                productId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductDetail"];
                };
            };
        };
    };
    StorefrontController_shopProducts: {
        parameters: {
            query?: {
                /** @description Words to find in the title or description; each may be the start of a word */
                q?: string;
                category?: components["schemas"]["ProductCategory"];
                sort?: components["schemas"]["StorefrontSort"];
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                classId: string;
                shopId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StorefrontPage"];
                };
            };
        };
    };
    ClassesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClassView"][];
                };
            };
        };
    };
    ClassesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateClassRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClassView"];
                };
            };
        };
    };
    ClassesController_detail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                classId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClassDetailView"];
                };
            };
        };
    };
    ClassesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                classId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateClassRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClassView"];
                };
            };
        };
    };
    ClassesController_joinLink: {
        parameters: {
            query: {
                /** @description The address phones use, chosen or typed by the facilitator: http://192.168.1.10:3000 */
                base: unknown;
            };
            header?: never;
            path: {
                classId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JoinLinkView"];
                };
            };
        };
    };
    ClassesController_addFacilitator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                classId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddFacilitatorRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string[];
                };
            };
        };
    };
    ClassesController_removeFacilitator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                classId: string;
                facilitatorId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Names of the facilitators who run the class now */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string[];
                };
            };
        };
    };
    ClassesController_participants: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                classId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipantView"][];
                };
            };
        };
    };
    ClassesController_issuePin: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                classId: string;
                participantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PinView"];
                };
            };
        };
    };
    ClassesController_createPersona: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                classId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePersonaRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipantView"];
                };
            };
        };
    };
    ClassesController_updatePersona: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                classId: string;
                personaId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePersonaRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipantView"];
                };
            };
        };
    };
    ClassesController_attendance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                classId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Daftar hadir as CSV (UTF-8 with BOM) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
        };
    };
    JoinController_lookup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JoinLookupView"];
                };
            };
        };
    };
    JoinController_join: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JoinRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JoinResponse"];
                };
            };
        };
    };
    JoinController_pinLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PinLoginRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JoinResponse"];
                };
            };
        };
    };
    ClassLifecycleController_reset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                classId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResetClassRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResetClassView"];
                };
            };
        };
    };
    ClassLifecycleController_clone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                classId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloneClassRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClassView"];
                };
            };
        };
    };
    ShippingController_services: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CourierServiceView"][];
                };
            };
        };
    };
    FulfilmentController_track: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                resi: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicTrackingView"];
                };
            };
        };
    };
    PaymentsController_notification: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationAck"];
                };
            };
        };
    };
    PaymentsController_payNow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                classId: string;
                orderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayNowView"];
                };
            };
        };
    };
    CartController_view: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CartView"];
                };
            };
        };
    };
    CartController_clear: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CartView"];
                };
            };
        };
    };
    CartController_set: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                productId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetCartQuantityRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CartView"];
                };
            };
        };
    };
    CartController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                productId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CartView"];
                };
            };
        };
    };
    CheckoutController_quote: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QuoteRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckoutQuoteView"];
                };
            };
        };
    };
    CheckoutController_place: {
        parameters: {
            query?: never;
            header: {
                /** @description 8 to 100 visible ASCII characters, e.g. a UUID made when the checkout page opened */
                "Idempotency-Key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlaceOrderRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckoutResultView"];
                };
            };
        };
    };
    OrdersController_mine: {
        parameters: {
            query?: {
                state?: components["schemas"]["OrderState"];
                /** @description A seller tab’s states (ignored when state is given) */
                tab?: components["schemas"]["SellerTab"];
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderListView"];
                };
            };
        };
    };
    OrdersController_shopOrders: {
        parameters: {
            query?: {
                state?: components["schemas"]["OrderState"];
                /** @description A seller tab’s states (ignored when state is given) */
                tab?: components["schemas"]["SellerTab"];
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderListView"];
                };
            };
        };
    };
    OrdersController_counts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderCountsView"];
                };
            };
        };
    };
    OrdersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderDetailView"];
                };
            };
        };
    };
    OrdersController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderDetailView"];
                };
            };
        };
    };
    OrdersController_refuse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orderId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefuseOrderRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderDetailView"];
                };
            };
        };
    };
    OrdersController_retryPayment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderDetailView"];
                };
            };
        };
    };
    ClassOrdersController_failDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                classId: string;
                orderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FailedDeliveryView"];
                };
            };
        };
    };
    ClassOrdersController_list: {
        parameters: {
            query?: {
                state?: components["schemas"]["OrderState"];
                /** @description A seller tab’s states (ignored when state is given) */
                tab?: components["schemas"]["SellerTab"];
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                classId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderListView"];
                };
            };
        };
    };
    ClassOrdersController_getSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                classId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderSettingsView"];
                };
            };
        };
    };
    ClassOrdersController_updateSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                classId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOrderSettingsRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderSettingsView"];
                };
            };
        };
    };
    FulfilmentController_dropPoints: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DropPointView"][];
                };
            };
        };
    };
    FulfilmentController_arrange: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orderId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ArrangeShipmentRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderDetailView"];
                };
            };
        };
    };
    FulfilmentController_ship: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orderId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ShipOrderRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderDetailView"];
                };
            };
        };
    };
    FulfilmentController_label: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShippingLabelView"];
                };
            };
        };
    };
    FulfilmentController_received: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderDetailView"];
                };
            };
        };
    };
    OrderReviewsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewView"][];
                };
            };
        };
    };
    OrderReviewsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orderId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateReviewRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewView"];
                };
            };
        };
    };
    ProductReviewsController_list: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path: {
                classId: string;
                productId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductReviewsView"];
                };
            };
        };
    };
    WalletController_view: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WalletView"];
                };
            };
        };
    };
    WalletController_banks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankView"][];
                };
            };
        };
    };
    WalletController_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BankAccountCheckRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankAccountCheckView"];
                };
            };
        };
    };
    WalletController_account: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankAccountView"];
                };
            };
        };
    };
    WalletController_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterBankAccountRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankAccountView"];
                };
            };
        };
    };
    WalletController_withdrawals: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WithdrawalView"][];
                };
            };
        };
    };
    WalletController_withdraw: {
        parameters: {
            query?: never;
            header: {
                /** @description 8 to 100 visible ASCII characters, e.g. a UUID made when the form opened */
                "Idempotency-Key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WithdrawalView"];
                };
            };
        };
    };
    WalletController_listPromotions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PromotionsView"];
                };
            };
        };
    };
    WalletController_promote: {
        parameters: {
            query?: never;
            header: {
                /** @description 8 to 100 visible ASCII characters, e.g. a UUID made when the form opened */
                "Idempotency-Key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PromoteRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PromotionView"];
                };
            };
        };
    };
    ClassWalletController_getSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                classId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WalletSettingsView"];
                };
            };
        };
    };
    ClassWalletController_updateSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                classId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWalletSettingsRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WalletSettingsView"];
                };
            };
        };
    };
    ClassWalletController_check: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                classId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerCheckView"];
                };
            };
        };
    };
    ClassWalletController_wallets: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                classId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShopWalletSummary"][];
                };
            };
        };
    };
    ClassWalletController_closeBankAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                classId: string;
                shopId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CloseBankAccountView"];
                };
            };
        };
    };
    ChatController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationListView"];
                };
            };
        };
    };
    ChatController_open: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenConversationRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationView"];
                };
            };
        };
    };
    ChatController_unread: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatUnreadView"];
                };
            };
        };
    };
    ChatController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                conversationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationView"];
                };
            };
        };
    };
    ChatController_messages: {
        parameters: {
            query?: {
                /** @description Only messages after this id, oldest first (resync after a reconnect) */
                after?: string;
                /** @description Only messages before this id (older pages) */
                before?: string;
                limit?: number;
            };
            header?: never;
            path: {
                conversationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatMessageListView"];
                };
            };
        };
    };
    ChatController_send: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                conversationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendMessageRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatMessageView"];
                };
            };
        };
    };
    ChatController_delivered: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                conversationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MarkMessagesRequest"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ChatController_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                conversationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MarkMessagesRequest"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ChatController_orders: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                conversationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatOrderCardView"][];
                };
            };
        };
    };
    ChatController_settings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatSettingsView"];
                };
            };
        };
    };
    ChatController_updateSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChatSettingsRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatSettingsView"];
                };
            };
        };
    };
    ChatController_addQuickReply: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QuickReplyRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatSettingsView"];
                };
            };
        };
    };
    ChatController_deleteQuickReply: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                quickReplyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatSettingsView"];
                };
            };
        };
    };
    ChatController_updateQuickReply: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                quickReplyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QuickReplyRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatSettingsView"];
                };
            };
        };
    };
    ClassConversationsController_list: {
        parameters: {
            query?: {
                /** @description Only this trainee’s conversations (as buyer or as seller) */
                participantId?: string;
            };
            header?: never;
            path: {
                classId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationListView"];
                };
            };
        };
    };
    NotificationsController_list: {
        parameters: {
            query?: {
                /** @description nextBefore of the previous page */
                before?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationListView"];
                };
            };
        };
    };
    NotificationsController_unread: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationUnreadView"];
                };
            };
        };
    };
    NotificationsController_readAll: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    NotificationsController_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                notificationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SimulatorPayerController_lookup: {
        parameters: {
            query: {
                channel: components["schemas"]["SimulatorChannel"];
                /** @description The VA number, bill key or payment code as typed (spaces and dashes are ignored) */
                number: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayerBillView"];
                };
            };
        };
    };
    SimulatorPayerController_qr: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayerBillView"];
                };
            };
        };
    };
    SimulatorPayerController_pay: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PayRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayerReceiptView"];
                };
            };
        };
    };
    MyMissionsController_mine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyMissionsView"];
                };
            };
        };
    };
    ConsoleController_settings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                classId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MissionSettingsView"];
                };
            };
        };
    };
    ConsoleController_updateSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                classId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMissionSettingsRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MissionSettingsView"];
                };
            };
        };
    };
    ConsoleController_grid: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                classId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MissionGridView"];
                };
            };
        };
    };
    ConsoleController_feed: {
        parameters: {
            query?: {
                /** @description Activity id: only older rows (the previous page’s nextBefore) */
                before?: string;
                limit?: number;
                /** @description Only this trainee’s rows (as actor, or about their shop) */
                participantId?: string;
            };
            header?: never;
            path: {
                classId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedPageView"];
                };
            };
        };
    };
    ConsoleController_trainee: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                classId: string;
                participantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TraineeDrillView"];
                };
            };
        };
    };
    ScenariosController_demo: {
        parameters: {
            query?: never;
            header: {
                /** @description 8 to 100 visible ASCII characters, made when the button was shown (a UUID) */
                "Idempotency-Key": string;
            };
            path: {
                classId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DemoOrderRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemoOrderBatchView"];
                };
            };
        };
    };
    ScenariosController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                classId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScenarioView"][];
                };
            };
        };
    };
    ScenariosController_start: {
        parameters: {
            query?: never;
            header: {
                /** @description 8 to 100 visible ASCII characters, made when the button was shown (a UUID) */
                "Idempotency-Key": string;
            };
            path: {
                classId: string;
                scenarioId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartScenarioRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScenarioRunView"][];
                };
            };
        };
    };
    ScenariosController_runs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                classId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScenarioRunView"][];
                };
            };
        };
    };
    MyLearningCheckController_mine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyLearningCheckView"];
                };
            };
        };
    };
    MyLearningCheckController_answer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitLearningAnswerRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearningAnswerView"];
                };
            };
        };
    };
    ClassLearningCheckController_settings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                classId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearningCheckSettingsView"];
                };
            };
        };
    };
    ClassLearningCheckController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                classId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateLearningQuestionsRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearningCheckSettingsView"];
                };
            };
        };
    };
    ClassLearningCheckController_openAfter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                classId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearningCheckSettingsView"];
                };
            };
        };
    };
    ClassLearningCheckController_results: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                classId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearningResultsView"];
                };
            };
        };
    };
    CertificatesController_mine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateView"];
                };
            };
        };
    };
    CertificatesController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                certificateCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateVerificationView"];
                };
            };
        };
    };
    ClassCertificatesController_overview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                classId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateOverviewView"];
                };
            };
        };
    };
    ClassCertificatesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                classId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCertificateSettingsRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateOverviewView"];
                };
            };
        };
    };
    ClassPracticeController_settings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                classId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PracticeSettingsView"];
                };
            };
        };
    };
    ClassPracticeController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                classId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePracticeSettingsRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PracticeSettingsView"];
                };
            };
        };
    };
    ClassPracticeController_followUp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                classId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PracticeFollowUpView"];
                };
            };
        };
    };
    ClassPracticeController_message: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                classId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClassMessageRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClassMessageView"];
                };
            };
        };
    };
    PracticeController_mine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyPracticeWeekView"];
                };
            };
        };
    };
    ReportsController_report: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                classId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClassReportView"];
                };
            };
        };
    };
    ReportsController_csv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                classId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Laporan kegiatan as CSV (UTF-8 with BOM, Indonesian headers) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
        };
    };
    ProgrammeController_classes: {
        parameters: {
            query?: {
                /** @description Only the classes of this regency */
                regency?: string;
                /** @description Classes on or after this date (YYYY-MM-DD) */
                from?: string;
                /** @description Classes on or before this date (YYYY-MM-DD) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeView"];
                };
            };
        };
    };
    ProgrammeController_csv: {
        parameters: {
            query?: {
                /** @description Only the classes of this regency */
                regency?: string;
                /** @description Classes on or after this date (YYYY-MM-DD) */
                from?: string;
                /** @description Classes on or before this date (YYYY-MM-DD) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ringkasan program as CSV (UTF-8 with BOM): one line per class, the total, then the attendance sheets */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
        };
    };
}
