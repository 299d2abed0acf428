import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { serveDirectory } from '../test/support/static-server';

/**
 * The built renderer, served from a thread of its own. Electron loads the window's files from disk
 * in its browser process, never on main's JavaScript thread; served on the bench's own event loop,
 * they would queue behind the test bridge's replies (a thousand accounts' list is half a megabyte of
 * JSON through playwright), which Electron's IPC never delays them with.
 */
export async function serveDirectoryOnOwnThread(root: string): Promise<{ url: string; close: () => Promise<void> }> {
  const worker = new Worker(new URL(import.meta.url), { workerData: { root } });
  const url = await new Promise<string>((resolve, reject) => {
    worker.once('message', (message: { url: string }) => resolve(message.url));
    worker.once('error', reject);
  });
  return {
    url,
    close: async () => {
      await worker.terminate();
    },
  };
}

if (!isMainThread && parentPort) {
  const site = await serveDirectory((workerData as { root: string }).root);
  parentPort.postMessage({ url: site.url });
}
