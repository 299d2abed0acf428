import { X509Certificate, createPrivateKey, type KeyObject } from 'node:crypto';
import forge from 'node-forge';
import type { MessageKey } from '../../shared/i18n/en';
import { message, type Message } from '../../shared/i18n/message';

/**
 * Why a PFX did not open. `password-needed` and `password-wrong` are for the caller to ask for the
 * password (again); `invalid` is a file that no password opens.
 */
export type PfxProblem = 'password-needed' | 'password-wrong' | 'invalid';

export type PfxConversion = { ok: true; pem: string } | { ok: false; reason: PfxProblem; problem: Message };

// forge's MAC check says this when the password does not fit; a file without integrity MAC fails in decryption.
const WRONG_PASSWORD = /MAC could not be verified|Invalid password|PKCS#12 MAC/i;

function refused(reason: PfxProblem, key: MessageKey & `pfx.${string}`): PfxConversion {
  return { ok: false, reason, problem: message(key) };
}

function bagsOf(pfx: forge.pkcs12.Pkcs12Pfx, bagType: string): forge.pkcs12.Bag[] {
  return pfx.getBags({ bagType })[bagType] ?? [];
}

/** The key as PKCS#8 DER: forge decodes RSA keys itself and keeps any other key (EC) as ASN.1. */
function keyOf(bag: forge.pkcs12.Bag): KeyObject {
  const asn1 = bag.key ? forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(bag.key)) : bag.asn1;
  if (!asn1) throw new Error('no key');
  const der = Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
  return createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
}

function certificateOf(bag: forge.pkcs12.Bag): X509Certificate {
  const asn1 = bag.cert ? forge.pki.certificateToAsn1(bag.cert) : bag.asn1;
  if (!asn1) throw new Error('no certificate');
  return new X509Certificate(Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary'));
}

/**
 * Converts a PFX (PKCS#12) into the PEM the account seals: the private key (PKCS#8), the certificate
 * it belongs to, then the rest of the chain. node:crypto cannot read PKCS#12, hence node-forge. The
 * password is only used here, never kept: the PEM is the account's secret. No problem quotes forge's
 * or Node's error text, so neither the password nor a part of the key can travel with it.
 */
export function pfxToPem(content: Uint8Array, password?: string): PfxConversion {
  let asn1: forge.asn1.Asn1;
  try {
    asn1 = forge.asn1.fromDer(forge.util.createBuffer(Buffer.from(content).toString('binary')));
  } catch {
    return refused('invalid', 'pfx.notPfx');
  }
  let pfx: forge.pkcs12.Pkcs12Pfx;
  try {
    // PKCS#12 "no password" is the empty one: what Windows' and OpenSSL's passwordless export write.
    pfx = forge.pkcs12.pkcs12FromAsn1(asn1, true, password ?? '');
  } catch (error) {
    const text = error instanceof Error ? error.message : '';
    if (/Cannot read PKCS#12 PFX|Too few bytes|ASN\.1/i.test(text)) return refused('invalid', 'pfx.notPfx');
    if (WRONG_PASSWORD.test(text) || /decrypt|padding/i.test(text))
      return password
        ? refused('password-wrong', 'pfx.passwordWrong')
        : refused('password-needed', 'pfx.passwordNeeded');
    return refused('invalid', 'pfx.unsupported');
  }
  const keyBags = [
    ...bagsOf(pfx, forge.pki.oids.pkcs8ShroudedKeyBag ?? ''),
    ...bagsOf(pfx, forge.pki.oids.keyBag ?? ''),
  ];
  const certificateBags = bagsOf(pfx, forge.pki.oids.certBag ?? '');
  if (keyBags.length === 0) return refused('invalid', 'pfx.noKey');
  if (certificateBags.length === 0) return refused('invalid', 'pfx.noCertificate');
  let key: KeyObject;
  let certificates: X509Certificate[];
  try {
    key = keyOf(keyBags[0] as forge.pkcs12.Bag);
  } catch {
    return refused('invalid', 'pfx.keyUnreadable');
  }
  try {
    certificates = certificateBags.map(certificateOf);
  } catch {
    return refused('invalid', 'pfx.noCertificate');
  }
  const leaf = certificates.find((certificate) => certificate.checkPrivateKey(key));
  if (!leaf) return refused('invalid', 'pfx.mismatch');
  const pem = [
    key.export({ type: 'pkcs8', format: 'pem' }).toString(),
    leaf.toString(),
    ...certificates.filter((certificate) => certificate !== leaf).map((certificate) => certificate.toString()),
  ].join('');
  return { ok: true, pem };
}

/** Whether a certificate file is PEM text; anything else is taken for a PFX, whatever its name says. */
export function isPemText(content: Uint8Array): boolean {
  return Buffer.from(content.subarray(0, 64 * 1024))
    .toString('latin1')
    .includes('-----BEGIN ');
}
