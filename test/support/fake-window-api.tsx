import type { MailboxConnectApi } from '../../src/shared/ipc';

/**
 * A typed stand-in for the preload's window.api: the methods a test gives, plus setLocale (the
 * I18nProvider waits for it) and the two subscriptions, which hear nothing unless a test gives its own. Any other method rejects with its name, so an unexpected call fails
 * the test instead of hanging it.
 */
export function installFakeApi(methods: Partial<MailboxConnectApi>): MailboxConnectApi {
  const given: Partial<MailboxConnectApi> = {
    setLocale: async (locale) => ({ ok: true, value: { locale } }),
    onMenuCommand: () => () => undefined,
    onAppEvent: () => () => undefined,
    ...methods,
  };
  const api = new Proxy(given, {
    get: (target, name: string) =>
      target[name as keyof MailboxConnectApi] ??
      (() => Promise.reject(new Error(`window.api.${name} was not expected in this test`))),
  }) as MailboxConnectApi;
  Object.defineProperty(window, 'api', { value: api, configurable: true, writable: true });
  return api;
}

/** A promise the test settles when it wants: to look at the window while main is still working. */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}
