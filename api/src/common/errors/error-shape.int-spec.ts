import http from 'node:http';
import { Body, Controller, Get, Module, Post } from '@nestjs/common';
import { Public } from '../../auth/access.decorators.js';
import { IsInt, IsString, Max, Min, MinLength } from 'class-validator';
import request from 'supertest';
import { bootApp, type BootedApp } from '../../../test/boot-app.js';
import { DomainError } from './domain-error.js';

class ProbeBody {
  @IsString()
  @MinLength(3)
  name!: string;

  @IsInt()
  @Min(1)
  @Max(1000)
  quantity!: number;
}

// A probe controller that only this test mounts, to exercise the global pipe and filter.
@Public()
@Controller('probe')
class ProbeController {
  @Post()
  create(@Body() body: ProbeBody) {
    return body;
  }

  @Get('domain-error')
  domainError() {
    throw new DomainError(409, 'OUT_OF_STOCK', 'Stok tidak cukup');
  }

  @Get('crash')
  crash() {
    throw new Error('connection to 10.0.0.5 refused; secret=hunter2');
  }
}

@Module({ controllers: [ProbeController] })
class ProbeModule {}

describe('error shape', () => {
  let booted: BootedApp;
  beforeAll(async () => {
    booted = await bootApp({ extraModules: [ProbeModule] });
  });
  afterAll(() => booted.close());

  const expectShape = (body: unknown, statusCode: number, code: string) => {
    expect(body).toEqual({ statusCode, code, message: expect.any(String) });
  };

  it('accepts a valid body', async () => {
    const res = await request(booted.baseUrl).post('/api/probe').send({ name: 'Gula aren', quantity: 2 });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ name: 'Gula aren', quantity: 2 });
  });

  it('refuses a body that breaks the rules with VALIDATION_FAILED, naming the fields', async () => {
    const res = await request(booted.baseUrl).post('/api/probe').send({ name: 'ab', quantity: 0 });
    expect(res.status).toBe(400);
    expectShape(res.body, 400, 'VALIDATION_FAILED');
    expect(res.body.message).toMatch(/name/);
    expect(res.body.message).toMatch(/quantity/);
  });

  it('refuses unknown fields instead of ignoring them', async () => {
    const res = await request(booted.baseUrl).post('/api/probe').send({ name: 'Gula aren', quantity: 2, isAdmin: true });
    expect(res.status).toBe(400);
    expectShape(res.body, 400, 'VALIDATION_FAILED');
    expect(res.body.message).toMatch(/isAdmin/);
  });

  it('answers malformed JSON with MALFORMED_REQUEST, not a 500', async () => {
    const res = await request(booted.baseUrl).post('/api/probe').set('content-type', 'application/json').send('{"name": ');
    expect(res.status).toBe(400);
    expectShape(res.body, 400, 'MALFORMED_REQUEST');
  });

  it('answers an oversized body with PAYLOAD_TOO_LARGE', async () => {
    const res = await request(booted.baseUrl).post('/api/probe').send({ name: 'x'.repeat(2 * 1024 * 1024), quantity: 1 });
    expect(res.status).toBe(413);
    expectShape(res.body, 413, 'PAYLOAD_TOO_LARGE');
  });

  it.each(['null', '42', '"Gula aren"'])('answers JSON whose top level is not an object or a list (%s) with MALFORMED_REQUEST, as Express did', async (text) => {
    const res = await request(booted.baseUrl).post('/api/probe').set('content-type', 'application/json').send(text);
    expect(res.status).toBe(400);
    expectShape(res.body, 400, 'MALFORMED_REQUEST');
  });

  it('reads a body of another type and drops it, so validation says what is missing', async () => {
    const res = await request(booted.baseUrl).post('/api/probe').set('content-type', 'text/plain').send('name=Gula aren');
    expect(res.status).toBe(400);
    expectShape(res.body, 400, 'VALIDATION_FAILED');
    expect(res.body.message).toMatch(/name/);
  });

  it('answers an oversized body sent in chunks (no Content-Length to refuse it by) with PAYLOAD_TOO_LARGE', async () => {
    const answer = await new Promise<{ status: number; body: unknown }>((resolve, reject) => {
      const req = http.request(`${booted.baseUrl}/api/probe`, { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(text) }));
      });
      // The server may close its side once it has answered; what it answered is what counts.
      req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error)));
      req.write(`{"name":"${'x'.repeat(1024 * 1024)}`);
      req.end('","quantity":1}');
    });
    expect(answer.status).toBe(413);
    expectShape(answer.body, 413, 'PAYLOAD_TOO_LARGE');
  });

  it('answers a path whose escapes are not UTF-8 with MALFORMED_REQUEST, before any route', async () => {
    const res = await request(booted.baseUrl).get('/api/classes/%ED%A0%80/order-settings');
    expect(res.status).toBe(400);
    expectShape(res.body, 400, 'MALFORMED_REQUEST');
  });

  it.each(['get', 'post', 'delete'] as const)('answers an unknown /api route (%s) with NOT_FOUND in the same shape', async (method) => {
    const res = await request(booted.baseUrl)[method]('/api/does-not-exist');
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    expectShape(res.body, 404, 'NOT_FOUND');
  });

  it('passes a domain error through with its own code', async () => {
    const res = await request(booted.baseUrl).get('/api/probe/domain-error');
    expect(res.status).toBe(409);
    expect(res.body).toEqual({ statusCode: 409, code: 'OUT_OF_STOCK', message: 'Stok tidak cukup' });
  });

  it('hides a crash behind INTERNAL_ERROR with no stack or detail', async () => {
    const res = await request(booted.baseUrl).get('/api/probe/crash');
    expect(res.status).toBe(500);
    expect(res.body).toEqual({ statusCode: 500, code: 'INTERNAL_ERROR', message: 'Internal server error' });
    expect(res.text).not.toMatch(/hunter2|at .*\.ts|Error:/);
  });
});
