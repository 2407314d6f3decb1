// The benchmark's own HTTP reads, on connections of their own (no keep-alive pool).
import { request as httpRequest } from 'node:http';

/** The bytes an answer takes on the wire with an encoding (no decompression, unlike fetch). */
export function wireBytes(url, encoding) {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { agent: false, headers: encoding ? { 'accept-encoding': encoding } : {} }, (res) => {
      let n = 0;
      res.on('data', (d) => (n += d.length));
      res.on('end', () => resolve({ bytes: n, encoding: res.headers['content-encoding'] ?? 'none' }));
    });
    req.on('error', reject);
    req.end();
  });
}

/**
 * A GET on a connection of its own: the services restart between the two cities, and a pooled
 * keep-alive connection (fetch's) to the stopped one would fail.
 */
export function getText(url) {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { agent: false }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (text += d));
      res.on('end', () => (res.statusCode === 200 ? resolve(text) : reject(new Error(`${url} answered ${res.statusCode}`))));
    });
    req.on('error', reject);
    req.end();
  });
}
