import { accountNumberProblem, BANKS, bankHolderName, findBank, holderNameOk, maskAccountNumber, normaliseAccountNumber } from './bank-rules.js';

describe('banks and account numbers', () => {
  it('lists the banks trainees use, each with its length rule', () => {
    expect(BANKS.map((bank) => bank.code)).toEqual(expect.arrayContaining(['bca', 'bri', 'bni', 'mandiri', 'bsi', 'cimb', 'btn', 'seabank']));
    expect(new Set(BANKS.map((bank) => bank.code)).size).toBe(BANKS.length);
  });

  it.each([
    ['bca', '1234567890', null],
    ['bca', '123456789', 'ACCOUNT_NUMBER_LENGTH'],
    ['bca', '12345678901', 'ACCOUNT_NUMBER_LENGTH'],
    ['bri', '123401000123567', null],
    ['bri', '1234567890', 'ACCOUNT_NUMBER_LENGTH'],
    ['bni', '0123456789', null],
    ['mandiri', '1230012345678', null],
    ['mandiri', '123001234567', 'ACCOUNT_NUMBER_LENGTH'],
    ['bsi', '7123456789', null],
    ['cimb', '7001234567890', null],
    ['cimb', '70012345678901', null],
    ['cimb', '700123456789', 'ACCOUNT_NUMBER_LENGTH'],
    ['btn', '0012301500012345', null],
    ['seabank', '901234567890', null],
    ['bca', '12345a7890', 'ACCOUNT_NUMBER_DIGITS'],
  ])('%s %s → %s', (code, number, problem) => {
    expect(accountNumberProblem(findBank(code)!, number)).toBe(problem);
  });

  it('takes out the spaces, dots and dashes people type', () => {
    expect(normaliseAccountNumber(' 123-456.789 0 ')).toBe('1234567890');
  });

  it('knows no bank by an unknown code', () => {
    expect(findBank('bank-palsu')).toBeUndefined();
  });
});

describe('the simulated name check (cek rekening)', () => {
  it.each([
    ['Sriyati', 30, 'SRIYATI'],
    ['  sri   wahyuni  ', 30, 'SRI WAHYUNI'],
    ['Sriyati, S.Pd.', 30, 'SRIYATI SPD'],
    ['Siti Nur’aini', 30, 'SITI NURAINI'],
    ['Bu Ratna Dewi Kusumawardhani Setyaningrum', 20, 'BU RATNA DEWI KUSUMA'],
    ['Ni Ketut Ayu Saraswati', 20, 'NI KETUT AYU SARASWA'],
    ['José', 30, 'JOSE'],
  ])('%j as the bank prints it (max %i) is %j', (typed, max, shown) => {
    expect(bankHolderName(typed, max)).toBe(shown);
  });

  it('refuses a holder name without letters', () => {
    expect(holderNameOk('12 3')).toBe(false);
    expect(holderNameOk('Sri')).toBe(true);
  });

  it('masks the number to its last four digits', () => {
    expect(maskAccountNumber('1234567890')).toBe('•••• 7890');
  });
});
