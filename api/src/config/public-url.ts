import os from 'node:os';

/** This machine's LAN addresses: what phones in the hall type or scan. */
export function lanAddresses(): string[] {
  return Object.values(os.networkInterfaces())
    .flat()
    .filter((net): net is os.NetworkInterfaceInfo => !!net && net.family === 'IPv4' && !net.internal)
    .map((net) => net.address);
}

/**
 * The base URL that a phone can open: PUBLIC_URL when set; otherwise the host the facilitator used,
 * except that "localhost" (the projector laptop itself) is swapped for the LAN address.
 */
export function publicBaseUrl(publicUrl: string | undefined, requestHost: string | undefined, lan = lanAddresses()): string {
  if (publicUrl) return publicUrl;
  const host = requestHost ?? 'localhost:3000';
  const match = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(host);
  const hostname = match?.[1] ?? 'localhost';
  const port = match?.[2];
  const isLoopback = hostname === 'localhost' || hostname.startsWith('127.') || hostname === '[::1]';
  const reachable = isLoopback && lan[0] ? lan[0] : hostname;
  return `http://${reachable}${port ? `:${port}` : ''}`;
}
