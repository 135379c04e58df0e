// Generated from the API's OpenAPI document by `npm run gen:api`. Do not edit by hand.
export type paths = {
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
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: {
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
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
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
}
