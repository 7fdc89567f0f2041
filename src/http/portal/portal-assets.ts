// Portal stylesheets, read once at start-up and served at /static/<name>.<hash>.css (cached for a
// year: a new build changes the hash) and at /static/<name>.css (revalidated by ETag).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Context } from 'hono';
import { sourceFile } from '../../core/repo-paths.ts';

export type AssetName = 'portal.css' | 'large-text.css';

interface Asset {
  body: string;
  etag: string;
  hashedName: string;
}

const NAMES: AssetName[] = ['portal.css', 'large-text.css'];

function loadAsset(name: AssetName): Asset {
  const body = readFileSync(sourceFile(`http/portal/assets/${name}`), 'utf8');
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
  return { body, etag: `"${hash}"`, hashedName: name.replace(/\.css$/, `.${hash}.css`) };
}

const byName = new Map<AssetName, Asset>(NAMES.map((name) => [name, loadAsset(name)]));
const byFile = new Map<string, { asset: Asset; isHashed: boolean }>();
for (const [name, asset] of byName) {
  byFile.set(name, { asset, isHashed: false });
  byFile.set(asset.hashedName, { asset, isHashed: true });
}

/** The cache-busting URL of a stylesheet, for <link href>. */
export function assetHref(name: AssetName): string {
  return `/static/${(byName.get(name) as Asset).hashedName}`;
}

/** Serves one stylesheet, or returns undefined when there is no such file. */
export function serveAsset(c: Context, file: string): Response | undefined {
  const found = byFile.get(file);
  if (!found) return undefined;
  const { asset, isHashed } = found;
  const headers = {
    'content-type': 'text/css; charset=utf-8',
    'cache-control': isHashed ? 'public, max-age=31536000, immutable' : 'public, no-cache',
    // Weak: it may go out gzip-compressed (node-listener.ts).
    etag: `W/${asset.etag}`,
  };
  const ifNoneMatch = c.req.header('if-none-match') ?? '';
  if (ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === asset.etag))
    return c.body(null, 304, headers);
  return c.body(asset.body, 200, headers);
}
