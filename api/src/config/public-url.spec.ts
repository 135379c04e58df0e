import { INTERFACES_KEPT_MS, type InterfaceAddress, lanCandidates, machineAddressReader, parseChosenBase, resolvePublicBase, startupAddressLines } from './public-url.js';

const wifi = { name: 'wlan0', address: '192.168.1.10' };
const eth = { name: 'enp3s0', address: '10.0.0.5' };
const docker0 = { name: 'docker0', address: '172.17.0.1' };
const composeBridge = { name: 'br-3f2a9c1d7e4b', address: '172.18.0.1' };
const vbox = { name: 'vboxnet0', address: '192.168.56.1' };
const wireguard = { name: 'wg0', address: '10.8.0.2' };
const tailscale = { name: 'tailscale0', address: '100.101.102.103' };
const containerEth = { name: 'eth0', address: '172.18.0.3' };

type Row = [label: string, input: { publicUrl?: string; host?: string; proto?: string; nets: InterfaceAddress[]; container?: boolean }, url: string, sure: boolean, choices: string[]];

describe('resolvePublicBase: the address phones use', () => {
  it.each<Row>([
    ['PUBLIC_URL wins', { publicUrl: 'https://pasar.example.id', host: 'localhost:3000', nets: [wifi] }, 'https://pasar.example.id', true, []],
    ['a LAN address the browser used is kept', { host: '192.168.1.10:3000', nets: [wifi, docker0] }, 'http://192.168.1.10:3000', true, []],
    ['a host name the browser used is kept', { host: 'pasar.lan', nets: [wifi] }, 'http://pasar.lan', true, []],
    ['localhost on a laptop with only Wi-Fi: the Wi-Fi address', { host: 'localhost:3000', nets: [wifi] }, 'http://192.168.1.10:3000', true, ['http://192.168.1.10:3000']],
    ['127.0.0.1 keeps its port', { host: '127.0.0.1:8080', nets: [eth] }, 'http://10.0.0.5:8080', true, ['http://10.0.0.5:8080']],
    [
      'laptop whose FIRST interface is the Docker bridge: the Wi-Fi, never 172.17.0.1',
      { host: 'localhost:3000', nets: [docker0, composeBridge, wifi] },
      'http://192.168.1.10:3000',
      true,
      ['http://192.168.1.10:3000'],
    ],
    ['VirtualBox, WireGuard and Tailscale are left out', { host: 'localhost:3000', nets: [vbox, wireguard, tailscale, wifi] }, 'http://192.168.1.10:3000', true, ['http://192.168.1.10:3000']],
    [
      'Wi-Fi and Ethernet: best guess first, not sure, both offered',
      { host: 'localhost:3000', nets: [eth, wifi] },
      'http://192.168.1.10:3000',
      false,
      ['http://192.168.1.10:3000', 'http://10.0.0.5:3000'],
    ],
    [
      'an unnamed 172.17–31 address ranks after a 192.168 one (weak Docker hint)',
      { host: 'localhost:3000', nets: [{ name: 'ens5', address: '172.20.0.4' }, { name: 'ens6', address: '192.168.0.7' }] },
      'http://192.168.0.7:3000',
      false,
      ['http://192.168.0.7:3000', 'http://172.20.0.4:3000'],
    ],
    ['only bridges: not sure, nothing offered', { host: 'localhost:3000', nets: [docker0, composeBridge] }, 'http://localhost:3000', false, []],
    ['no network at all', { host: 'localhost:3000', nets: [] }, 'http://localhost:3000', false, []],
    [
      'compose: in a container, opened as localhost, the bridge address is never offered',
      { host: 'localhost:3000', nets: [containerEth], container: true },
      'http://localhost:3000',
      false,
      [],
    ],
    ['compose: in a container, opened at the host LAN address: that address', { host: '192.168.1.10:3000', nets: [containerEth], container: true }, 'http://192.168.1.10:3000', true, []],
    [
      'behind nginx (X-Forwarded-Host/-Proto from a trusted proxy reach the rule as host and protocol)',
      { host: 'pasar.example.id', proto: 'https', nets: [containerEth], container: true },
      'https://pasar.example.id',
      true,
      [],
    ],
    ['behind nginx on a port', { host: '192.168.1.10:8080', proto: 'http', nets: [containerEth], container: true }, 'http://192.168.1.10:8080', true, []],
  ])('%s', (_label, input, url, sure, choices) => {
    const base = resolvePublicBase({
      publicUrl: input.publicUrl,
      requestHost: input.host,
      requestProtocol: input.proto,
      interfaces: input.nets,
      inContainer: input.container ?? false,
    });
    expect(base).toEqual(expect.objectContaining({ url, sure, candidates: choices }));
  });
});

describe('lanCandidates', () => {
  it('drops veth, virbr, vmnet, tun, zt interfaces and duplicates', () => {
    const nets = ['veth12ab', 'virbr0', 'vmnet8', 'tun0', 'ztabcdef'].map((name, i) => ({ name, address: `10.9.${i}.1` }));
    expect(lanCandidates([...nets, wifi, { name: 'wlan1', address: wifi.address }], false)).toEqual(['192.168.1.10']);
  });
});

describe('parseChosenBase', () => {
  it.each([
    ['http://192.168.1.10:3000', 'http://192.168.1.10:3000'],
    ['192.168.1.10:3000', 'http://192.168.1.10:3000'],
    ['https://pasar.example.id/', 'https://pasar.example.id'],
    ['ftp://192.168.1.10', undefined],
    ['http://192.168.1.10:3000/gabung/ABC', undefined],
    ['http://user:pw@host', undefined],
    ['http://host/?x=1', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%s → %s', (value, expected) => {
    expect(parseChosenBase(value)).toBe(expected);
  });
});

describe('startup message', () => {
  it('in a container it says how to find the address phones use, and never prints the bridge address as the phone address', () => {
    const text = startupAddressLines(3000, undefined, [containerEth], true).join('\n');
    expect(text).toMatch(/container/);
    expect(text).toMatch(/ip -4 addr/);
    expect(text).not.toMatch(/http:\/\/172\.18\.0\.3/);
  });
  it('on a laptop it lists the Wi-Fi, not the bridge', () => {
    expect(startupAddressLines(3000, undefined, [docker0, wifi], false)).toEqual(['  On phones (LAN):   http://192.168.1.10:3000']);
  });
});

describe("this machine's addresses, read for every join link and gateway answer", () => {
  it('reads the interfaces once per INTERFACES_KEPT_MS and the container check once, and shows a new Wi-Fi address after it', () => {
    let address = '192.168.1.10';
    let clock = 1_000_000;
    const reads: string[] = [];
    let containerChecks = 0;
    const addresses = machineAddressReader(
      () => {
        reads.push(address);
        return [{ name: 'wlan0', address }];
      },
      () => {
        containerChecks += 1;
        return false;
      },
      () => clock,
    );
    const base = () => resolvePublicBase({ requestHost: 'localhost:3000', ...addresses() }).url;
    expect(base()).toBe('http://192.168.1.10:3000');
    address = '10.0.0.7'; // the laptop joined another network
    clock += INTERFACES_KEPT_MS - 1;
    expect(base()).toBe('http://192.168.1.10:3000');
    clock += 1;
    expect(base()).toBe('http://10.0.0.7:3000');
    expect(reads).toEqual(['192.168.1.10', '10.0.0.7']);
    expect(containerChecks).toBe(1);
  });
});
