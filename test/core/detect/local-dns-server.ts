import dgram from 'node:dgram';

/** The records the server knows, by name (lower case, no trailing dot). */
export interface DnsZone {
  [name: string]: { MX?: { preference: number; exchange: string }[]; CNAME?: string };
}

export interface LocalDnsServer {
  /** "127.0.0.1:<port>", as Resolver.setServers takes it. */
  address: string;
  /** Every question asked, as "<TYPE> <name>". */
  questions: string[];
  close: () => Promise<void>;
}

const TYPE = { CNAME: 5, MX: 15 } as const;
const TYPE_NAMES: Record<number, string> = { 1: 'A', 5: 'CNAME', 15: 'MX', 28: 'AAAA' };

function encodeName(name: string): Buffer {
  const labels = name.split('.').filter((label) => label !== '');
  return Buffer.concat([
    ...labels.map((label) => Buffer.concat([Buffer.from([label.length]), Buffer.from(label, 'ascii')])),
    Buffer.from([0]),
  ]);
}

/** The question's name and type, and where the question ends. */
function readQuestion(packet: Buffer): { name: string; type: number; end: number } {
  const labels: string[] = [];
  let offset = 12;
  // Bounded by the packet: a length byte past its end stops the loop.
  while (offset < packet.length && packet[offset] !== 0) {
    const length = packet[offset] as number;
    labels.push(packet.subarray(offset + 1, offset + 1 + length).toString('ascii'));
    offset += 1 + length;
  }
  const type = packet.readUInt16BE(offset + 1);
  return { name: labels.join('.').toLowerCase(), type, end: offset + 5 };
}

function answer(type: number, rdata: Buffer): Buffer {
  const fixed = Buffer.alloc(10);
  fixed.writeUInt16BE(type, 0);
  fixed.writeUInt16BE(1, 2); // IN
  fixed.writeUInt32BE(300, 4);
  fixed.writeUInt16BE(rdata.length, 8);
  // 0xC00C: the name is the question's (a pointer to offset 12).
  return Buffer.concat([Buffer.from([0xc0, 0x0c]), fixed, rdata]);
}

function answersFor(zone: DnsZone, name: string, type: number): Buffer[] {
  const entry = zone[name];
  if (!entry) return [];
  if (type === TYPE.MX)
    return (entry.MX ?? []).map((mx) => {
      const preference = Buffer.alloc(2);
      preference.writeUInt16BE(mx.preference);
      return answer(TYPE.MX, Buffer.concat([preference, encodeName(mx.exchange)]));
    });
  if (type === TYPE.CNAME && entry.CNAME) return [answer(TYPE.CNAME, encodeName(entry.CNAME))];
  return [];
}

/**
 * A DNS server on loopback answering MX and CNAME questions from `zone` (NXDOMAIN for names it
 * does not know), so detection's lookups of a domain's records run for real without leaving the
 * machine. `silent` makes it read questions and never answer: a DNS server that is not there.
 */
export async function startLocalDnsServer(zone: DnsZone, options: { silent?: boolean } = {}): Promise<LocalDnsServer> {
  const socket = dgram.createSocket('udp4');
  const questions: string[] = [];
  socket.on('message', (packet, peer) => {
    const question = readQuestion(packet);
    questions.push(`${TYPE_NAMES[question.type] ?? question.type} ${question.name}`);
    if (options.silent) return;
    const answers = answersFor(zone, question.name, question.type);
    const header = Buffer.alloc(12);
    packet.copy(header, 0, 0, 2); // the id
    const known = zone[question.name] !== undefined;
    header.writeUInt16BE(0x8180 | (known ? 0 : 3), 2); // response, recursion available; NXDOMAIN if unknown
    header.writeUInt16BE(1, 4);
    header.writeUInt16BE(answers.length, 6);
    socket.send(Buffer.concat([header, packet.subarray(12, question.end), ...answers]), peer.port, peer.address);
  });
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  return {
    address: `127.0.0.1:${socket.address().port}`,
    questions,
    close: () => new Promise<void>((resolve) => socket.close(() => resolve())),
  };
}
