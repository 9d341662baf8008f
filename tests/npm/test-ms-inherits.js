// ms and inherits: two tiny packages; inherits picks util.inherits when util loads.
'use strict';
const { check, eq } = require('./support/check');

check('ms', () => {
  const ms = require('ms');
  eq(ms('2 days'), 172800000);
  eq(ms('1.5h'), 5400000);
  eq(ms(60000), '1m');
  eq(ms(2 * 60000, { long: true }), '2 minutes');
  eq(ms('nope'), undefined);
});
check('inherits', () => {
  const inherits = require('inherits');
  const { EventEmitter } = require('events');
  function Thing() { EventEmitter.call(this); }
  inherits(Thing, EventEmitter);
  const t = new Thing();
  let got = 0;
  t.on('x', (n) => { got = n; });
  t.emit('x', 3);
  eq(got, 3);
  eq(Thing.super_ === EventEmitter, true);
  eq(Object.getPrototypeOf(Thing.prototype) === EventEmitter.prototype, true);
});
check('path-browserify as an ordinary package', () => {
  const pb = require('path-browserify');
  eq(pb.join('/a/b', '../c', './d'), '/a/c/d');
  eq(pb.relative('/data/a/b', '/data/c'), '../../c');
  eq(pb.parse('/home/u/f.txt'), { root: '/', dir: '/home/u', base: 'f.txt', ext: '.txt', name: 'f' });
});
