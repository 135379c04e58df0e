// The app's own address, as another part of the same process reaches it over HTTP (the payment simulator is an
// outside party: the marketplace calls it, and it calls the marketplace's webhook, through real HTTP requests).
import type { AddressInfo } from 'node:net';
import { Injectable } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';

/** `http://127.0.0.1:3000` for a server listening on every interface; its own address otherwise. */
export function loopbackBaseUrl(address: AddressInfo | string | null): string {
  if (!address || typeof address === 'string') throw new Error('The HTTP server is not listening on a TCP port yet');
  const host = address.address === '0.0.0.0' || address.address === '::' || address.address === '' ? '127.0.0.1' : address.address;
  return `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
}

/** Resolved at call time, because the port is only known once the app listens (tests listen on port 0). */
@Injectable()
export class SelfUrl {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  base(): string {
    const server = this.adapterHost.httpAdapter.getHttpServer() as { address(): AddressInfo | string | null };
    return loopbackBaseUrl(server.address());
  }
}
