import { createRequire } from 'node:module';
import { defaultCompareMediaQueries, type CSSRulesByBucket } from '@griffel/core';
import type { Plugin } from 'vite';

// Fluent UI ships its styles precompiled as `__styles(classes, cssRules)`. At run time Griffel inserts
// every rule into a <style> element the first time a component renders: on the start-up path that is
// hundreds of insertRule calls and the CSS text parsed as JavaScript. Griffel's own extraction (the
// Babel plugin of @griffel/webpack-extraction-plugin, which this reuses) rewrites each call to
// `__css(classes)` and hands back the rules; this plugin writes them, sorted the way Griffel's runtime
// orders its buckets, to one stylesheet that index.html links. The package has no Vite plugin and no
// "exports" map, so its two building blocks are required by path.
const require = createRequire(import.meta.url);
const { transformSync } = require('@griffel/webpack-extraction-plugin/src/transformSync.js') as {
  transformSync: (
    code: string,
    options: { filename: string; inputSourceMap: undefined; enableSourceMaps: boolean },
  ) => { code: string; cssRulesByBucket: CSSRulesByBucket | undefined };
};
const { sortCSSRules } = require('@griffel/webpack-extraction-plugin/src/sortCSSRules.js') as {
  sortCSSRules: (sets: CSSRulesByBucket[], compare: typeof defaultCompareMediaQueries) => string;
};

const GRIFFEL_CALL = /\b__(?:styles|resetStyles|staticStyles)\b/;
const SCRIPT = /\.[cm]?[jt]sx?$/;

export function griffelCssExtraction(): Plugin {
  const rulesByModule = new Map<string, CSSRulesByBucket>();
  return {
    name: 'mailbox-connect:griffel-css-extraction',
    apply: 'build',
    // After the React and TypeScript transforms, so Babel sees plain JavaScript.
    enforce: 'post',
    buildStart() {
      rulesByModule.clear();
    },
    transform(code, id) {
      const path = id.split('?')[0] ?? id;
      if (!SCRIPT.test(path) || !GRIFFEL_CALL.test(code)) return null;
      const result = transformSync(code, { filename: path, inputSourceMap: undefined, enableSourceMaps: false });
      if (result.cssRulesByBucket !== undefined) rulesByModule.set(id, result.cssRulesByBucket);
      return { code: result.code, map: null };
    },
    generateBundle(_options, bundle) {
      const page = bundle['index.html'];
      if (page?.type !== 'asset' || typeof page.source !== 'string') {
        this.error('griffel-css-extraction: index.html is not in the bundle, so the stylesheet cannot be linked');
      }
      // Sorted by module id so the file (and its hash) does not depend on the order transforms finished.
      const sets = [...rulesByModule.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, rules]) => rules);
      const reference = this.emitFile({
        type: 'asset',
        name: 'griffel.css',
        source: sortCSSRules(sets, defaultCompareMediaQueries),
      });
      const link = `<link rel="stylesheet" href="./${this.getFileName(reference)}">`;
      page.source = page.source.replace('</head>', `  ${link}\n  </head>`);
    },
  };
}
