// A named import: the bundle carries these two fields, not the whole package.json, and the CLI never
// looks for a file next to itself that the packaged app may not ship.
import { name, version } from '../../package.json';

/** What `--version` prints: `mailbox-connect 0.1.0`. */
export const VERSION_TEXT = `${name} ${version}`;
