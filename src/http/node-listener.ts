// The Node.js side of the web surface: security headers and response compression are applied
// here, on Node's own response object, rather than as Hono middleware. As middleware they had to
// read the finished web Response back (which turns Hono's light response into a full one and, for
// compression, pipes every body — a 15-byte /healthz included — through a CompressionStream); here
// they cost a few header writes and compress only bodies of 1 KB or more, off the main thread.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { constants as zlibConstants } from 'node:zlib';
import { getRequestListener } from '@hono/node-server';
import compression from 'compression';

const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

/** Sent with every response; a route may still set its own value of any of them. */
export const SECURITY_HEADERS: readonly [string, string][] = [
  ['content-security-policy', CONTENT_SECURITY_POLICY],
  ['cross-origin-opener-policy', 'same-origin'],
  ['cross-origin-resource-policy', 'same-origin'],
  ['origin-agent-cluster', '?1'],
  ['referrer-policy', 'no-referrer'],
  ['strict-transport-security', 'max-age=15552000; includeSubDomains'],
  ['x-content-type-options', 'nosniff'],
  ['x-dns-prefetch-control', 'off'],
  ['x-download-options', 'noopen'],
  ['x-frame-options', 'SAMEORIGIN'],
  ['x-permitted-cross-domain-policies', 'none'],
  ['x-xss-protection', '0'],
];

/** Bodies smaller than this go out as they are: compressing them costs more than it saves. */
export const COMPRESSION_THRESHOLD_BYTES = 1024;

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

/** Wraps the app's request listener: security headers, then gzip/deflate where the client accepts it. */
export function withSecurityAndCompression(handle: Listener): Listener {
  const compress = compression({
    threshold: COMPRESSION_THRESHOLD_BYTES,
    // Brotli's default quality (11) is meant for files compressed once; 4 is as fast as gzip and smaller.
    brotli: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 4 } },
  });
  return (req, res) => {
    for (const [name, value] of SECURITY_HEADERS) res.setHeader(name, value);
    // compression's types are Express's; it only uses the Node objects underneath.
    compress(req as never, res as never, () => {
      showContentLength(res);
      handle(req, res);
    });
  };
}

/**
 * Hono's Node adapter passes a known body length to Node internally (`_contentLength`) rather than
 * as a header, so compression would see no length and compress even a 15-byte body. Writing it as
 * the header first lets compression apply its threshold (it drops the header when it compresses).
 */
function showContentLength(res: ServerResponse): void {
  const writeHead = res.writeHead;
  res.writeHead = function (this: ServerResponse, ...args: Parameters<ServerResponse['writeHead']>) {
    const length = (this as unknown as { _contentLength: number | null })._contentLength;
    if (typeof length === 'number' && !this.hasHeader('content-length')) this.setHeader('content-length', length);
    return writeHead.apply(this, args);
  } as ServerResponse['writeHead'];
}

/** Node's HTTP server for the app (listen on it to serve). */
export function createAppServer(app: { fetch: Parameters<typeof getRequestListener>[0] }, hostname?: string): Server {
  return createServer(withSecurityAndCompression(getRequestListener(app.fetch, { hostname })));
}
