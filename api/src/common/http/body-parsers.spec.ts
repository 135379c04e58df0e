import { DomainError } from '../errors/domain-error.js';
import { type JsonBodyRules, parseJsonBody } from './body-parsers.js';

const rules: JsonBodyRules = { limit: 1024 * 1024, smallerLimits: { '/api/payments/notifications': 16 }, lenientUnder: ['/api/simulator/v2'] };

describe('parseJsonBody: JSON as Express strict parser read it', () => {
  it.each<[string, string, string, unknown]>([
    ['an object', '/api/probe', '{"name":"Gula aren"}', { name: 'Gula aren' }],
    ['an array', '/api/probe', ' [1, 2]', [1, 2]],
    ['an empty body is an empty object', '/api/probe', '', {}],
    ['only whitespace is an empty object', '/api/probe', ' \n\t', {}],
    ['a literal null on the gateway (midtrans-client cancels with it)', '/api/simulator/v2/order-1/cancel', 'null', null],
    ['a string on the gateway', '/api/simulator/v2/charge', '"x"', 'x'],
    ['a small webhook body', '/api/payments/notifications', '{"a":1}', { a: 1 }],
  ])('takes %s', (_case, path, text, expected) => {
    expect(parseJsonBody(text, path, rules)).toEqual(expected);
  });

  it.each<[string, string, string, number, string]>([
    ['a literal null elsewhere', '/api/probe', 'null', 400, 'MALFORMED_REQUEST'],
    ['a bare number', '/api/probe', '42', 400, 'MALFORMED_REQUEST'],
    ['a string', '/api/probe', '"Gula aren"', 400, 'MALFORMED_REQUEST'],
    ['a path that only starts like the gateway', '/api/simulator/v2x', 'null', 400, 'MALFORMED_REQUEST'],
    ['JSON cut short', '/api/probe', '{"name": ', 400, 'MALFORMED_REQUEST'],
    ['a webhook body over its own limit', '/api/payments/notifications', '{"a":"12345678901"}', 413, 'PAYLOAD_TOO_LARGE'],
    ['a webhook body over its limit on the path with a trailing slash', '/api/payments/notifications/', '{"a":"12345678901"}', 413, 'PAYLOAD_TOO_LARGE'],
    ['bytes, not characters, against the limit', '/api/payments/notifications', '{"a":"ééééééé"}', 413, 'PAYLOAD_TOO_LARGE'],
  ])('refuses %s', (_case, path, text, statusCode, code) => {
    let thrown: unknown;
    try {
      parseJsonBody(text, path, rules);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DomainError);
    expect(thrown).toMatchObject({ statusCode, code });
  });
});
