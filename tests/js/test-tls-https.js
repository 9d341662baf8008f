// node:tls and node:https on OpenSSL: a TLS server and client (TLS 1.3,
// SNI, peer certificate), Node's certificate errors (self-signed without a
// ca, a host name the certificate does not name) and rejectUnauthorized:
// false, then HTTPS requests to an https server, with a body.
'use strict';
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tls = require('tls');
const https = require('https');

const dir = path.join(__dirname, 'fixtures', 'tls');
const key = fs.readFileSync(path.join(dir, 'localhost-key.pem'));
const cert = fs.readFileSync(path.join(dir, 'localhost-cert.pem'));

function connectOnce(options) {
  return new Promise((resolve) => {
    const c = tls.connect(options, () => {
      let text = '';
      c.on('data', (d) => { text += d; });
      c.on('end', () => resolve({ ok: true, socket: c, text }));
    });
    c.on('error', (err) => resolve({ ok: false, err }));
  });
}

const server = tls.createServer({ key, cert }, (s) => {
  assert.strictEqual(s.encrypted, true);
  s.end(`hello ${s.getProtocol()}`);
});

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;

  const noCa = await connectOnce({ port, host: '127.0.0.1' });
  assert.strictEqual(noCa.ok, false);
  assert.strictEqual(noCa.err.code, 'DEPTH_ZERO_SELF_SIGNED_CERT');
  assert.strictEqual(noCa.err.message, 'self-signed certificate');

  const good = await connectOnce({ port, host: '127.0.0.1', servername: 'localhost', ca: cert });
  assert.strictEqual(good.ok, true);
  assert.strictEqual(good.socket.authorized, true);
  assert.match(good.text, /^hello TLSv1\.[23]$/);
  const peer = good.socket.getPeerCertificate();
  assert.strictEqual(peer.subject.CN, 'localhost');
  assert.match(peer.subjectaltname, /DNS:localhost/);
  assert.match(peer.fingerprint256, /^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);

  const wrongName = await connectOnce({ port, host: '127.0.0.1', servername: 'example.com', ca: cert });
  assert.strictEqual(wrongName.ok, false);
  assert.strictEqual(wrongName.err.code, 'ERR_TLS_CERT_ALTNAME_INVALID');
  assert.match(wrongName.err.message, /^Hostname\/IP does not match certificate's altnames: Host: example\.com\. is not in the cert's altnames: DNS:localhost/);

  const lax = await connectOnce({ port, host: '127.0.0.1', rejectUnauthorized: false });
  assert.strictEqual(lax.ok, true);
  assert.strictEqual(lax.socket.authorized, false);
  assert.strictEqual(lax.socket.authorizationError, 'DEPTH_ZERO_SELF_SIGNED_CERT');
  server.close();

  const web = https.createServer({ key, cert }, (req, res) => {
    let body = '';
    req.on('data', (d) => { body += d; });
    req.on('end', () => res.end(`secure ${req.method} ${req.url} ${body}`));
  }).listen(0, '127.0.0.1', () => {
    const wport = web.address().port;
    const req = https.request(`https://localhost:${wport}/upload?x=1`, { method: 'POST', ca: cert }, (res) => {
      let text = '';
      res.on('data', (d) => { text += d; });
      res.on('end', () => {
        assert.strictEqual(res.statusCode, 200);
        assert.strictEqual(text, 'secure POST /upload?x=1 payload');
        https.get(`https://127.0.0.1:${wport}/`).on('error', (err) => {
          assert.strictEqual(err.code, 'DEPTH_ZERO_SELF_SIGNED_CERT');
          web.close();
        });
      });
    });
    req.end('payload');
  });
});

assert.strictEqual(tls.checkServerIdentity('localhost', { subjectaltname: 'DNS:localhost' }), undefined);
assert.strictEqual(tls.checkServerIdentity('a.example.com', { subjectaltname: 'DNS:*.example.com' }), undefined);
assert.strictEqual(tls.checkServerIdentity('other', { subjectaltname: 'DNS:localhost' }).code, 'ERR_TLS_CERT_ALTNAME_INVALID');
assert.throws(() => https.request('http://x/'), { code: 'ERR_INVALID_PROTOCOL' });
