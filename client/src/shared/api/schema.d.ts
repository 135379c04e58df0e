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
}
