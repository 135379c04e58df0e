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
            /**
             * @description Stable code that the client translates.
             * @example VALIDATION_FAILED
             */
            code: string;
            /**
             * @description For developers and logs; not shown to users as is.
             * @example name must be a string
             */
            message: string;
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
             * @description 1280 px on the long side: the gallery
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
             * @example 1280
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
            /** @example KMNPQR */
            joinCode: string;
            /** @enum {string} */
            status: "open" | "closed" | "archived";
            participantCount: number;
            /** Format: date-time */
            createdAt: string;
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
            /** @example KMNPQR */
            joinCode: string;
            /** @enum {string} */
            status: "open" | "closed" | "archived";
            participantCount: number;
            /** Format: date-time */
            createdAt: string;
            /**
             * @description What the QR code opens
             * @example http://192.168.1.10:3000/gabung/KMNPQR
             */
            joinUrl: string;
            /** @description QR code of joinUrl, as an SVG document */
            joinQrSvg: string;
            /** @description Names of the facilitators who run the class */
            facilitators: string[];
        };
        UpdateClassRequest: {
            name?: string;
            place?: string;
            date?: string;
            regencyCode?: string;
            /** @enum {string} */
            status?: "open" | "closed" | "archived";
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
            /** @description DATABASE_UNREACHABLE */
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
            header?: never;
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
}
