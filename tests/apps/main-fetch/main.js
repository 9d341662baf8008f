// fetch() in the main process (and electron.net.fetch) against a tiny HTTP
// server on a local socket: status, headers, JSON, a POST body, a redirect
// followed and one refused, gzip decoding, abort, a bad URL, data: URLs.
const { app, net } = require('electron');
const nodeNet = require('net');
const zlib = require('zlib');

function reply(sock, status, headers, body) {
  const b = Buffer.isBuffer(body) ? body : Buffer.from(body);
  let head = `HTTP/1.1 ${status}\r\nContent-Length: ${b.length}\r\nConnection: close\r\n`;
  for (const [k, v] of Object.entries(headers)) head += `${k}: ${v}\r\n`;
  sock.end(Buffer.concat([Buffer.from(head + '\r\n'), b]));
}

const server = nodeNet.createServer((sock) => {
  let data = '';
  sock.on('data', (d) => {
    data += d.toString('latin1');
    const end = data.indexOf('\r\n\r\n');
    if (end < 0) return;
    const [line, ...hs] = data.slice(0, end).split('\r\n');
    const [method, path] = line.split(' ');
    const headers = Object.fromEntries(hs.map((h) => [h.slice(0, h.indexOf(':')).toLowerCase(), h.slice(h.indexOf(':') + 1).trim()]));
    const len = Number(headers['content-length'] || 0);
    if (data.length - end - 4 < len) return;
    const body = data.slice(end + 4, end + 4 + len);
    if (path === '/json') reply(sock, '200 OK', { 'Content-Type': 'application/json', 'X-Test': 'yes' }, '{"hello":"world"}');
    else if (path === '/echo') reply(sock, '201 Created', { 'Content-Type': 'text/plain' }, `${method} ${headers['x-custom']} ${body}`);
    else if (path === '/redirect') reply(sock, '302 Found', { Location: '/json' }, '');
    else if (path === '/gzip') reply(sock, '200 OK', { 'Content-Encoding': 'gzip' }, zlib.gzipSync('compressed text'));
    else if (path === '/slow') setTimeout(() => reply(sock, '200 OK', {}, 'late'), 2000);
    else reply(sock, '404 Not Found', {}, 'nope');
  });
});

app.whenReady().then(() => server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const r = await fetch(`${base}/json`);
  console.log(`status ${r.status} ${r.ok} ${r.statusText} type ${r.headers.get('content-type')} x-test ${r.headers.get('x-test')}`);
  console.log(`json ${JSON.stringify(await r.json())} bodyUsed ${r.bodyUsed}`);
  const e = await net.fetch(`${base}/echo`, { method: 'POST', body: 'payload', headers: { 'X-Custom': 'abc' } });
  console.log(`echo ${e.status} ${await e.text()}`);
  const rd = await fetch(`${base}/redirect`);
  console.log(`redirected ${rd.redirected} ${new URL(rd.url).pathname} ${rd.status}`);
  const manual = await fetch(`${base}/redirect`, { redirect: 'manual' });
  console.log(`manual ${manual.status} ${manual.headers.get('location')}`);
  try { await fetch(`${base}/redirect`, { redirect: 'error' }); } catch (err) { console.log(`redirect error: ${err.message}`); }
  console.log(`gzip ${await (await fetch(`${base}/gzip`)).text()}`);
  console.log(`404 ${(await fetch(`${base}/missing`)).status}`);
  const ac = new AbortController();
  setTimeout(() => ac.abort(), 50);
  try { await fetch(`${base}/slow`, { signal: ac.signal }); } catch (err) { console.log(`aborted: ${err.name}`); }
  try { await fetch('not a url'); } catch (err) { console.log(`bad url: ${err.name}`); }
  try { await fetch('http://127.0.0.1:1/'); } catch (err) { console.log(`refused: ${err.message}`); }
  console.log(`data: ${await (await fetch('data:text/plain,hi%20there')).text()}`);
  const h = new Headers({ 'A': '1' });
  h.append('a', '2');
  console.log(`headers ${h.get('a')} ${[...h.keys()].join()}`);
  console.log(`Response.json ${(await Response.json({ x: 1 }).json()).x} online ${typeof net.isOnline()}`);
  // node:https in main goes through libsoup: a server that does not speak
  // TLS fails the handshake with an error event
  const https = require('https');
  const plain = nodeNet.createServer((s) => s.end('not tls\r\n')).listen(0, '127.0.0.1', () => {
    const req = https.get(`https://127.0.0.1:${plain.address().port}/`, () => console.log('https: unexpected response'));
    req.on('error', (err) => {
      console.log(`https error: ${typeof err.code} ${err.message.length > 0}`);
      plain.close();
      server.close();
      app.quit();
    });
  });
}));
