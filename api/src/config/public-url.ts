import fs from 'node:fs';
import os from 'node:os';

/**
 * Which address phones in the hall use: the rule behind join links, QR codes and the start-up message.
 * Pure functions over their inputs (interfaces, container flag, request), so every case has a table test.
 */

export interface InterfaceAddress {
  /** Interface name: wlan0, eth0, docker0, br-1a2b…, utun3, … */
  name: string;
  address: string;
}

/** Interface names of Docker, VM and VPN bridges: phones on the hall's Wi-Fi never reach these. */
const VIRTUAL_INTERFACE = /^(docker\d*|br-|veth|virbr|vboxnet|vmnet|tun|tap|wg|tailscale|zt|utun|cni|flannel|cali|kube|lxc|lxd|podman|vEthernet)/i;

/** This machine's IPv4 interface addresses, loopback left out. */
export function interfaceAddresses(): InterfaceAddress[] {
  return Object.entries(os.networkInterfaces()).flatMap(([name, nets]) =>
    (nets ?? []).filter((net) => net.family === 'IPv4' && !net.internal).map((net) => ({ name, address: net.address })),
  );
}

/** True inside a Docker/Podman/Kubernetes container: its own interfaces are bridge addresses that phones cannot reach. */
export function runningInContainer(): boolean {
  if (fs.existsSync('/.dockerenv') || fs.existsSync('/run/.containerenv')) return true;
  try {
    return /docker|containerd|kubepods|libpod/.test(fs.readFileSync('/proc/1/cgroup', 'utf8'));
  } catch {
    return false;
  }
}

function octets(address: string): number[] | undefined {
  const parts = address.split('.').map(Number);
  return parts.length === 4 && parts.every((n) => Number.isInteger(n) && n >= 0 && n <= 255) ? parts : undefined;
}

function isPrivate(address: string): boolean {
  const o = octets(address);
  if (!o) return false;
  return o[0] === 10 || (o[0] === 172 && o[1] >= 16 && o[1] <= 31) || (o[0] === 192 && o[1] === 168);
}

/**
 * Addresses phones may use, best first; an empty list in a container. Virtual interfaces are left out;
 * 172.17–31.x (Docker's default ranges) and link-local addresses rank after other private addresses.
 */
export function lanCandidates(interfaces: InterfaceAddress[], inContainer: boolean): string[] {
  if (inContainer) return [];
  const score = ({ name, address }: InterfaceAddress): number => {
    const o = octets(address)!;
    let s = 0;
    if (!isPrivate(address)) s += o[0] === 169 && o[1] === 254 ? 30 : 10; // link-local is the worst; public is possible
    if (o[0] === 172 && o[1] >= 17 && o[1] <= 31) s += 5; // weak hint: Docker's default bridge ranges
    if (/^(wl|wifi|wi-fi)/i.test(name)) s -= 2; // the hall's phones are on Wi-Fi
    else if (/^(en|eth)/i.test(name)) s -= 1;
    return s;
  };
  return interfaces
    .filter((net) => octets(net.address) && !VIRTUAL_INTERFACE.test(net.name))
    .map((net) => ({ net, s: score(net) }))
    .sort((a, b) => a.s - b.s)
    .map(({ net }) => net.address)
    .filter((address, i, all) => all.indexOf(address) === i);
}

export interface PublicBase {
  /** The base URL for join links, without a trailing slash. */
  url: string;
  /** False when the app cannot know that phones reach `url`: the facilitator should choose or type the address. */
  sure: boolean;
  /** Base URLs to choose from when not sure (detected LAN addresses with the request's port). */
  candidates: string[];
  /** Where `url` came from. */
  source: 'PUBLIC_URL' | 'request' | 'lan' | 'unsure';
}

export interface PublicBaseInput {
  publicUrl?: string;
  /** Host (with port) the facilitator's browser used; behind a trusted proxy, its X-Forwarded-Host. */
  requestHost?: string;
  /** http or https: the request's protocol; behind a trusted proxy, its X-Forwarded-Proto. */
  requestProtocol?: string;
  interfaces: InterfaceAddress[];
  inContainer: boolean;
}

function splitHost(host: string): { hostname: string; port: string | undefined } {
  const match = /^(\[[^\]]+\]|[^:/]+)(?::(\d+))?$/.exec(host.trim());
  return { hostname: (match?.[1] ?? 'localhost').toLowerCase(), port: match?.[2] };
}

export function isLoopbackHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname.endsWith('.localhost') || hostname.startsWith('127.') || hostname === '[::1]' || hostname === '0.0.0.0';
}

/**
 * The rule:
 * 1. PUBLIC_URL, when set.
 * 2. The address the facilitator's browser used, when it is not loopback (a LAN address, a name, the proxy's address).
 * 3. Loopback (the projector laptop itself): the best LAN address, sure only when there is exactly one
 *    candidate after Docker/VM/VPN bridges are left out. In a container there is none (its addresses are bridge
 *    addresses): not sure, and the facilitator chooses or types the address phones use.
 */
export function resolvePublicBase(input: PublicBaseInput): PublicBase {
  if (input.publicUrl) return { url: input.publicUrl, sure: true, candidates: [], source: 'PUBLIC_URL' };
  const protocol = input.requestProtocol === 'https' ? 'https' : 'http';
  const { hostname, port } = splitHost(input.requestHost ?? 'localhost:3000');
  const withPort = (host: string) => `${protocol}://${host}${port ? `:${port}` : ''}`;
  if (!isLoopbackHost(hostname)) return { url: withPort(hostname), sure: true, candidates: [], source: 'request' };
  const candidates = lanCandidates(input.interfaces, input.inContainer).map(withPort);
  if (candidates.length === 1) return { url: candidates[0], sure: true, candidates, source: 'lan' };
  if (candidates.length > 1) return { url: candidates[0], sure: false, candidates, source: 'unsure' };
  return { url: withPort(hostname), sure: false, candidates, source: 'unsure' };
}

/** How long this machine's interfaces, once read, stand for them: a laptop that joins another Wi-Fi shows its new
 * address in join links this long after. Asking the kernel on every call cost about 1 % of the app's CPU under the
 * checkout load (two gateway answers a checkout carry the payer page's link). */
export const INTERFACES_KEPT_MS = 5_000;

/** This machine's interfaces as last read (again once `keptMs` have passed), and whether it is a container (asked once). */
export function machineAddressReader(
  read: () => InterfaceAddress[] = interfaceAddresses,
  inContainer: () => boolean = runningInContainer,
  now: () => number = Date.now,
  keptMs = INTERFACES_KEPT_MS,
): () => { interfaces: InterfaceAddress[]; inContainer: boolean } {
  let last: { at: number; interfaces: InterfaceAddress[] } | undefined;
  let container: boolean | undefined;
  return () => {
    const at = now();
    if (!last || at - last.at >= keptMs || at < last.at) last = { at, interfaces: read() };
    container ??= inContainer();
    return { interfaces: last.interfaces, inContainer: container };
  };
}

const machineAddresses = machineAddressReader();

/** resolvePublicBase with this machine's interfaces; `publicBaseUrl` keeps the older call sites short. */
export function publicBase(publicUrl: string | undefined, requestHost: string | undefined, requestProtocol?: string): PublicBase {
  return resolvePublicBase({ publicUrl, requestHost, requestProtocol, ...machineAddresses() });
}

export function publicBaseUrl(publicUrl: string | undefined, requestHost: string | undefined, requestProtocol?: string): string {
  return publicBase(publicUrl, requestHost, requestProtocol).url;
}

/**
 * A base URL the facilitator chose or typed (`?base=`): http(s) with a host, optional port, nothing else.
 * Returns it normalised, or undefined when it is not such a URL.
 */
export function parseChosenBase(value: string | undefined): string | undefined {
  if (!value || value.length > 200) return undefined;
  let url: URL;
  try {
    url = new URL(/^https?:\/\//i.test(value) ? value : `http://${value}`);
  } catch {
    return undefined;
  }
  if (!['http:', 'https:'].includes(url.protocol) || url.username || url.password || url.search || url.hash) return undefined;
  if (url.pathname !== '/' && url.pathname !== '') return undefined;
  return `${url.protocol}//${url.host}`;
}

/** The start-up lines about phones. */
export function startupAddressLines(port: number, publicUrl: string | undefined, interfaces: InterfaceAddress[], inContainer: boolean): string[] {
  if (publicUrl) return [`  On phones:         ${publicUrl}`];
  if (inContainer) {
    return [
      `  On phones:         this app runs in a container; its own addresses (${interfaces.map((i) => i.address).join(', ') || 'none'})`,
      `                     are not reachable from phones. Use the host's Wi-Fi/LAN address and the published port,`,
      `                     e.g. http://192.168.1.10:${port} (find it with \`ip -4 addr\`, \`ipconfig\` or the Wi-Fi settings),`,
      `                     or set PUBLIC_URL. The projector page lets you choose the address as well.`,
    ];
  }
  const lan = lanCandidates(interfaces, false).map((address) => `http://${address}:${port}`);
  if (!lan.length) return [`  On phones:         no Wi-Fi/LAN address found; connect to the hall's Wi-Fi or set PUBLIC_URL`];
  return lan.map((url, i) => `  On phones (LAN):   ${url}${lan.length > 1 && i === 0 ? '  (best guess; the projector page lets you choose)' : ''}`);
}
