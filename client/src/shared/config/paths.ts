// Every app URL has one name here; links and routes use these, never string literals.
export const appPaths = {
  home: '/',
  join: '/gabung',
  facilitatorLogin: '/fasilitator/masuk',
} as const;

/** Query parameter a class QR code carries, e.g. /gabung?kode=AB12CD */
export const JOIN_CODE_PARAM = 'kode';
