// Every app URL has one name here; links and routes use these, never string literals.
export const appPaths = {
  home: '/',
  join: '/gabung',
  /** What the class QR code opens: /gabung/KMNPQR */
  joinWithCode: '/gabung/:code',
  shop: '/toko',
  facilitatorLogin: '/fasilitator/masuk',
  facilitatorHome: '/fasilitator',
  facilitatorClass: '/fasilitator/kelas/:classId',
  facilitatorProjector: '/fasilitator/kelas/:classId/proyektor',
  facilitatorAttendance: '/fasilitator/kelas/:classId/daftar-hadir',
} as const;

/** Builders for the paths that carry a parameter. */
export const linkTo = {
  joinWithCode: (code: string) => `/gabung/${encodeURIComponent(code)}`,
  facilitatorClass: (classId: string) => `/fasilitator/kelas/${encodeURIComponent(classId)}`,
  facilitatorProjector: (classId: string) => `/fasilitator/kelas/${encodeURIComponent(classId)}/proyektor`,
  facilitatorAttendance: (classId: string) => `/fasilitator/kelas/${encodeURIComponent(classId)}/daftar-hadir`,
};

/** Query parameter an older class link may carry, e.g. /gabung?kode=AB12CD */
export const JOIN_CODE_PARAM = 'kode';

/** /gabung/KODE?peran=pembeli lets a demo buyer join (trainees never see this choice). */
export const JOIN_ROLE_PARAM = 'peran';
export const JOIN_ROLE_BUYER = 'pembeli';
