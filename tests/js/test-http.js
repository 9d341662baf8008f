// node:http over node:net: a server and the client talking GET, POST with a
// chunked body, chunked and Content-Length responses, HEAD and 204 without
// bodies, two requests on one keep-alive connection, multi-valued headers,
// and Node's header errors.
'use strict';
const assert = require('assert');
const http = require('http');
const net = require('net');

function collect(stream) {
  return new Promise((resolve, reject) => {
    const parts = [];
    stream.on('data', (d) => parts.push(Buffer.from(d)));
    stream.on('end', () => resolve(Buffer.concat(parts).toString()));
    stream.on('error', reject);
  });
}

const big = 'x'.repeat(300000);
const server = http.createServer(async (req, res) => {
  const body = await collect(req);
  if (req.url === '/head' || req.url === '/nocontent') {
    res.writeHead(req.url === '/head' ? 200 : 204, { 'X-Kind': 'empty' });
    res.end(req.url === '/head' ? 'never sent' : undefined);
    return;
  }
  if (req.url === '/big') {
    res.end(big);
    return;
  }
  if (req.url === '/cookies') {
    res.setHeader('Set-Cookie', ['a=1', 'b=2']);
    res.setHeader('X-Multi', 'one');
    res.end('c');
    return;
  }
  res.setHeader('Content-Type', 'application/json');
  assert.throws(() => res.setHeader('bad name', 'x'), { code: 'ERR_INVALID_HTTP_TOKEN' });
  res.write(JSON.stringify({ method: req.method, url: req.url, body, te: req.headers['transfer-encoding'] || null }));
  res.end();
  assert.throws(() => res.setHeader('late', '1'), {
    code: 'ERR_HTTP_HEADERS_SENT', message: 'Cannot set headers after they are sent to the client',
  });
});

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  const go = (options, body) => new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, ...options }, async (res) => {
      resolve({ res, text: await collect(res) });
    });
    req.on('error', reject);
    if (body) for (const part of body) req.write(part);
    req.end();
  });

  const a = await go({ path: '/a?b=c' });
  assert.strictEqual(a.res.statusCode, 200);
  assert.strictEqual(a.res.headers['transfer-encoding'], 'chunked');
  assert.deepStrictEqual(JSON.parse(a.text), { method: 'GET', url: '/a?b=c', body: '', te: null });

  const p = await go({ path: '/post', method: 'POST' }, ['one,', 'two']);
  assert.deepStrictEqual(JSON.parse(p.text), { method: 'POST', url: '/post', body: 'one,two', te: 'chunked' });

  const h = await go({ path: '/head', method: 'HEAD' });
  assert.strictEqual(h.text, '');
  assert.strictEqual(h.res.headers['x-kind'], 'empty');
  const n = await go({ path: '/nocontent' });
  assert.strictEqual(n.res.statusCode, 204);
  assert.strictEqual(n.text, '');

  const b = await go({ path: '/big' });
  assert.strictEqual(b.text.length, big.length);
  assert.strictEqual(b.res.headers['content-length'], String(big.length));

  const c = await go({ path: '/cookies' });
  assert.deepStrictEqual(c.res.headers['set-cookie'], ['a=1', 'b=2']);
  assert.ok(c.res.rawHeaders.includes('X-Multi'));

  // two requests on one keep-alive connection, written at once
  const raw = net.connect(port, '127.0.0.1');
  raw.write('GET /k1 HTTP/1.1\r\nHost: x\r\n\r\nGET /k2 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  const both = await collect(raw);
  assert.strictEqual((both.match(/HTTP\/1\.1 200 OK/g) || []).length, 2, both);
  assert.ok(both.indexOf('/k1') < both.indexOf('/k2'));

  // a bad request gets a 400
  const bad = net.connect(port, '127.0.0.1');
  bad.write('NOT HTTP\r\n\r\n');
  assert.match(await collect(bad), /^HTTP\/1\.1 400 Bad Request/);

  http.get({ host: '127.0.0.1', port: 1 }).on('error', (err) => {
    assert.strictEqual(err.code, 'ECONNREFUSED');
    server.close();
  });
});

assert.throws(() => http.request('https://example.invalid/'), {
  code: 'ERR_INVALID_PROTOCOL', message: 'Protocol "https:" not supported. Expected "http:"',
});
assert.strictEqual(http.STATUS_CODES[404], 'Not Found');
assert.ok(http.METHODS.includes('PATCH'));
