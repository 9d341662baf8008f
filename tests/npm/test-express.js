// express 4 on cathode's node:http: routing, params, JSON bodies
// (express.json, through body-parser and depd's V8 CallSites), query
// strings, headers, status codes, a 404 and an error handler, driven by
// node:http's client.
'use strict';
const { check, eq, ok } = require('./support/check');
const http = require('http');
const express = require('express');

const app = express();
app.use(express.json());
app.get('/users/:id', (req, res) => res.json({ id: req.params.id, q: req.query.q || null }));
app.post('/echo', (req, res) => res.status(201).set('X-Seen', 'yes').json({ got: req.body }));
app.get('/boom', () => { throw new Error('kaboom'); });
app.use((err, req, res, next) => { void next; res.status(500).send(`handled: ${err.message}`); });

function call(port, method, path, body) {
  return new Promise((resolve, reject) => {
    const data = body === undefined ? undefined : JSON.stringify(body);
    const req = http.request({ host: '127.0.0.1', port, method, path,
      headers: data ? { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(data) } : {} }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { text += d; });
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, text }));
    });
    req.on('error', reject);
    req.end(data);
  });
}

let server;
const listening = new Promise((resolve) => { server = app.listen(0, '127.0.0.1', resolve); });
const port = () => server.address().port;

check('route params and query', async () => {
  await listening;
  const a = await call(port(), 'GET', '/users/42?q=hi');
  eq(a.status, 200);
  ok(/^application\/json/.test(a.headers['content-type']), 'json content type');
  eq(JSON.parse(a.text), { id: '42', q: 'hi' });
});
check('JSON body, status and header', async () => {
  const b = await call(port(), 'POST', '/echo', { n: [1, 2] });
  eq(b.status, 201);
  eq(b.headers['x-seen'], 'yes');
  eq(JSON.parse(b.text), { got: { n: [1, 2] } });
});
check('404 and the error handler', async () => {
  eq((await call(port(), 'GET', '/nowhere')).status, 404);
  const d = await call(port(), 'GET', '/boom');
  eq([d.status, d.text], [500, 'handled: kaboom']);
  server.close();
});
